"""Shared helpers for the PyTorch oracle generators (see README.md).

Run with Debian's torch:  /usr/bin/python3 generate.py
"""
import json
import math
import os

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
TORCH_VERSION = torch.__version__


def enc_scalar(v):
    """JSON-safe scalar: bool/int as is, finite float as float (repr, full precision),
    non-finite floats as the strings "nan", "inf", "-inf"."""
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return v
    if isinstance(v, complex):
        raise TypeError("complex not supported")
    return v


def dtype_name(dt):
    return str(dt).replace("torch.", "")


def T(t):
    """Encode a tensor as {"dtype", "shape", "data"}; data is FLAT, row-major (C order)."""
    if t is None:
        return None
    t = t.detach()
    data = [enc_scalar(v) for v in t.reshape(-1).tolist()]
    return {"dtype": dtype_name(t.dtype), "shape": list(t.shape), "data": data}


def enc(obj):
    """Recursively encode python objects (tensors, tuples, floats, dtypes ...)."""
    if isinstance(obj, torch.Tensor):
        return T(obj)
    if isinstance(obj, torch.dtype):
        return dtype_name(obj)
    if isinstance(obj, torch.Size):
        return list(obj)
    if isinstance(obj, dict):
        return {str(k): enc(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [enc(v) for v in obj]
    return enc_scalar(obj)


def rnd(*shape, scale=1.0, dtype=torch.float64):
    """Random normal data rounded to 3 decimals (so the Java side can type them exactly).
    Values are k/1000 computed as round(x*1000)/1000 in float64 => nearest double to k/1000.
    Negative zeros are normalised to +0.0."""
    x = torch.randn(*shape, dtype=torch.float64) * scale
    x = torch.round(x * 1000) / 1000 + 0.0
    return x.to(dtype)


def rnd_uniform(*shape, low=0.0, high=1.0, dtype=torch.float64):
    x = torch.rand(*shape, dtype=torch.float64) * (high - low) + low
    x = torch.round(x * 1000) / 1000 + 0.0
    return x.to(dtype)


def _dumps(v):
    return json.dumps(v, allow_nan=False, separators=(",", ":"))


def write(name, payload):
    """Write {"torch_version": ..., **payload}. Top-level lists of objects are written
    one element per line (diff-friendly); everything else compact."""
    body = {"torch_version": TORCH_VERSION}
    body.update(payload)
    body = enc(body)
    parts = []
    for k, v in body.items():
        if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
            inner = ",\n".join("  " + _dumps(x) for x in v)
            parts.append(" " + _dumps(k) + ": [\n" + inner + "\n ]")
        else:
            parts.append(" " + _dumps(k) + ": " + _dumps(v))
    text = "{\n" + ",\n".join(parts) + "\n}\n"
    json.loads(text)  # sanity
    path = os.path.join(HERE, name)
    with open(path, "w") as f:
        f.write(text)
    size = os.path.getsize(path)
    print(f"wrote {name}: {size} bytes")
    assert size < 300_000, f"{name} too large"


def err_record(e):
    return {"error_type": type(e).__name__, "error": str(e)}
