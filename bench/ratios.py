#!/usr/bin/env python3
"""Prints our benchmark figures next to numpy's and PyTorch's from the same run, with the ratios and the issue's
targets.   usage: ratios.py OURS.json REFERENCE.json [OURS_GPU.json [TORCH_CUDA.json]]"""
import json, sys

HIGHER = {"gflops", "gbps"}  # bigger is better; for times (ms, us_per_node) smaller is better

# (workload, compared with, target test on ours/theirs as 'how many times theirs', description)
TARGETS = [
    ("matmul-f32-1024", "numpy", lambda r: r >= 0.8, ">= 0.8x numpy's GFLOP/s"),
    ("mlp-784-64-10-step-b64", "torch", lambda r: r <= 0.7, "<= 0.7x PyTorch's time"),
    ("scalar-graph-1000", "torch", lambda r: r <= 1 / 20, "<= 1/20 of PyTorch's time per node"),
    ("landscape-512", "numpy", lambda r: r <= 1.0, "<= 1x numpy's time"),
]


def load(path):
    with open(path) as f:
        return json.load(f)


def unit_value(entry):
    for k, v in entry.items():
        if k not in ("median_s", "runs"):
            return k, v
    return None, None


def ratio(ours, theirs):
    unit, a = unit_value(ours)
    _, b = unit_value(theirs)
    return unit, a, b, a / b


def main(argv):
    ours = load(argv[0])
    ref = load(argv[1])
    print(f"# ours: {ours.get('device_description', ours.get('device'))}")
    print(f"# numpy {ref['info']['numpy']} ({', '.join(ref['info'].get('blas', []))}), "
          f"torch {ref['info']['torch']}, {ref['info']['threads']} threads")
    print(f"{'workload':28} {'unit':12} {'adjoint':>10} {'numpy':>10} {'torch':>10} {'vs numpy':>9} {'vs torch':>9}")
    for name, entry in ours.items():
        if not isinstance(entry, dict):
            continue
        unit, a = unit_value(entry)
        row = f"{name:28} {unit:12} {a:10.4g}"
        ratios = []
        for engine in ("numpy", "torch"):
            theirs = ref.get(engine, {}).get(name)
            if theirs:
                _, b = unit_value(theirs)
                row += f" {b:10.4g}"
                ratios.append(f"{a / b:8.3g}x")
            else:
                row += f" {'-':>10}"
                ratios.append(f"{'-':>9}")
        print(row + " " + " ".join(ratios))
    print()
    print("targets (a ratio is ours / theirs in each figure's own unit):")
    for name, engine, ok, text in TARGETS:
        if name in ours and name in ref.get(engine, {}):
            _, a, b, r = ratio(ours[name], ref[engine][name])
            print(f"  {name:28} {r:8.3g}x {engine:6} target {text}: {'REACHED' if ok(r) else 'missed'}")
    if len(argv) >= 3:
        gpu = load(argv[2])
        print(f"\n# gpu: {gpu.get('device_description')}")
        for name, entry in gpu.items():
            if isinstance(entry, dict):
                unit, a = unit_value(entry)
                print(f"  {name:28} {unit:12} {a:10.4g}")
        if len(argv) >= 4:
            cuda = load(argv[3])
            print(f"# torch CUDA ({cuda['info'].get('gpu')}, TF32 off)")
            for name, entry in cuda.get("torch_cuda", {}).items():
                unit, b = unit_value(entry)
                line = f"  {name:28} {unit:12} {b:10.4g}"
                if name in gpu:
                    _, a = unit_value(gpu[name])
                    line += f"   ours/torch {a / b:.3g}x"
                print(line)
            m = "matmul-f32-4096"
            if m in gpu and m in cuda.get("torch_cuda", {}):
                r = unit_value(gpu[m])[1] / unit_value(cuda["torch_cuda"][m])[1]
                print(f"  target {m} >= 0.5x torch cuBLAS FP32: {r:.3g}x {'REACHED' if r >= 0.5 else 'missed'}")
        b = "mlp-784-64-10-step-b1024"
        if b in gpu and b in ours:
            g, s = unit_value(gpu[b])[1], unit_value(ours[b])[1]
            print(f"  target {b} faster on the GPU than on SIMD: gpu {g:.4g} ms vs simd {s:.4g} ms: "
                  f"{'REACHED' if g < s else 'missed'}")


if __name__ == "__main__":
    main(sys.argv[1:])
