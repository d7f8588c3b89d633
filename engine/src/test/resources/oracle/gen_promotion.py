"""promotion.json: dtype promotion results (torch.result_type and a+b, a-b, a*b, a/b)."""
import torch

from oracle_common import T, dtype_name, err_record, write

KINDS = {
    # dimensioned tensors (shape [2])
    "tensor_bool": lambda: torch.tensor([True, False]),
    "tensor_int64": lambda: torch.tensor([3, 4], dtype=torch.int64),
    "tensor_float32": lambda: torch.tensor([1.5, 2.5], dtype=torch.float32),
    "tensor_float64": lambda: torch.tensor([1.5, 2.5], dtype=torch.float64),
    # 0-d tensors
    "zerodim_bool": lambda: torch.tensor(True),
    "zerodim_int64": lambda: torch.tensor(3, dtype=torch.int64),
    "zerodim_float32": lambda: torch.tensor(1.5, dtype=torch.float32),
    "zerodim_float64": lambda: torch.tensor(1.5, dtype=torch.float64),
    # Python scalars
    "scalar_bool": lambda: True,
    "scalar_int": lambda: 2,
    "scalar_float": lambda: 2.5,
}

OPS = {
    "result_type": lambda a, b: torch.result_type(a, b),
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
}

EXTRAS = [
    ("sum_int64", "torch.tensor([1, 2, 3]).sum()"),
    ("sum_bool", "torch.tensor([True, True, False]).sum()"),
    ("sum_float32", "torch.tensor([1.0, 2.0], dtype=torch.float32).sum()"),
    ("sum_int64_dim", "torch.tensor([[1, 2], [3, 4]]).sum(dim=0)"),
    ("mean_int64", "torch.tensor([1, 2, 3]).mean()"),
    ("mean_int64_dtype_float64", "torch.tensor([1, 2, 3]).mean(dtype=torch.float64)"),
    ("mean_bool", "torch.tensor([True, False]).mean()"),
    ("div_int64_int64", "torch.tensor([3, 4]) / torch.tensor([2, 8])"),
    ("div_int64_scalar_int", "torch.tensor([3, 4]) / 2"),
    ("truediv_fn_int64", "torch.div(torch.tensor([7, -7]), torch.tensor([2, 2]))"),
    ("div_floor_int64", "torch.div(torch.tensor([7, -7]), torch.tensor([2, 2]), rounding_mode='floor')"),
    ("div_trunc_int64", "torch.div(torch.tensor([7, -7]), torch.tensor([2, 2]), rounding_mode='trunc')"),
    ("floordiv_op_int64", "torch.tensor([7, -7]) // torch.tensor([2, 2])"),
    ("gt_int64_float32", "torch.tensor([1, 2]) > torch.tensor([1.5, 1.5], dtype=torch.float32)"),
    ("eq_float64_scalar", "torch.tensor([1.0, 2.0], dtype=torch.float64) == 1"),
    ("lt_bool_int", "torch.tensor([True, False]) < torch.tensor([1, 1])"),
    ("where_int64_float32", "torch.where(torch.tensor([True, False]), torch.tensor([1, 2]), "
                            "torch.tensor([0.5, 0.25], dtype=torch.float32))"),
    ("where_int64_float64", "torch.where(torch.tensor([True, False]), torch.tensor([1, 2]), "
                            "torch.tensor([0.5, 0.25], dtype=torch.float64))"),
    ("where_int64_zerodim_float64", "torch.where(torch.tensor([True, False]), torch.tensor([1, 2]), "
                                    "torch.tensor(0.5, dtype=torch.float64))"),
    ("where_scalar_int_scalar_float", "torch.where(torch.tensor([True, False]), 1, 2.5)"),
    ("where_int64_scalar_float", "torch.where(torch.tensor([True, False]), torch.tensor([1, 2]), 2.5)"),
    ("where_float32_scalar_int", "torch.where(torch.tensor([True, False]), "
                                 "torch.tensor([1.5, 2.5], dtype=torch.float32), 2)"),
    ("tensor_literal_float", "torch.tensor(1.5)"),
    ("tensor_literal_int", "torch.tensor(1)"),
    ("tensor_literal_bool", "torch.tensor(True)"),
    ("tensor_literal_mixed", "torch.tensor([1, 2.5])"),
    ("bool_add_bool", "torch.tensor([True, True, False]) + torch.tensor([True, False, False])"),
    ("bool_mul_bool", "torch.tensor([True, True, False]) * torch.tensor([True, False, False])"),
    ("bool_sub_bool", "torch.tensor([True, False]) - torch.tensor([True, True])"),
    ("neg_bool", "-torch.tensor([True, False])"),
    ("int64_pow_neg_int", "torch.tensor([2, 3]) ** -1"),
    ("int64_pow_float", "torch.tensor([2, 3]) ** 0.5"),
    ("int64_pow_int", "torch.tensor([2, 3]) ** 2"),
    ("sqrt_int64", "torch.sqrt(torch.tensor([4, 9]))"),
    ("exp_int64", "torch.exp(torch.tensor([0, 1]))"),
    ("abs_int64", "torch.abs(torch.tensor([-2, 3]))"),
    ("sigmoid_bool", "torch.sigmoid(torch.tensor([True, False]))"),
    ("matmul_int64_float32", "torch.tensor([[1, 2]]) @ torch.tensor([[1.0], [2.0]])"),
    ("float32_add_float64_zerodim", "torch.tensor([1.5], dtype=torch.float32) + torch.tensor(2.5, dtype=torch.float64)"),
    ("int64_add_float64_zerodim", "torch.tensor([1]) + torch.tensor(2.5, dtype=torch.float64)"),
    ("int64_add_float32_zerodim", "torch.tensor([1]) + torch.tensor(2.5, dtype=torch.float32)"),
    ("zerodim_int64_add_zerodim_float32", "torch.tensor(1) + torch.tensor(2.5, dtype=torch.float32)"),
    ("inplace_int64_add_float_error", "torch.tensor([1, 2]).add_(0.5)"),
    ("inplace_float32_add_float64", "torch.tensor([1.0, 2.0], dtype=torch.float32).add_("
                                    "torch.tensor([0.5, 0.5], dtype=torch.float64))"),
]


def record_result(res):
    if isinstance(res, torch.dtype):
        return {"dtype": dtype_name(res)}
    if isinstance(res, torch.Tensor):
        return {"dtype": dtype_name(res.dtype), "value": T(res)}
    return {"python_type": type(res).__name__, "value": res}


def main():
    pairs = []
    extras = []
    names = list(KINDS)
    for default in [torch.float32, torch.float64]:
        torch.set_default_dtype(default)
        for na in names:
            for nb in names:
                if na.startswith("scalar") and nb.startswith("scalar"):
                    continue  # plain Python arithmetic, not torch
                rec = {"default_dtype": dtype_name(default), "a": na, "b": nb}
                for op, fn in OPS.items():
                    try:
                        res = fn(KINDS[na](), KINDS[nb]())
                        rec[op] = dtype_name(res) if isinstance(res, torch.dtype) else dtype_name(res.dtype)
                    except Exception as e:
                        rec[op] = {"error": str(e), "error_type": type(e).__name__}
                pairs.append(rec)
        for eid, code in EXTRAS:
            rec = {"id": eid, "default_dtype": dtype_name(default), "code": code}
            try:
                rec.update(record_result(eval(code, {"torch": torch})))
            except Exception as e:
                rec.update({"error": str(e), "error_type": type(e).__name__})
            extras.append(rec)
    torch.set_default_dtype(torch.float32)
    write("promotion.json", {
        "description": "Type promotion. kinds: tensor_* = shape [2] tensor, zerodim_* = 0-d tensor, "
                       "scalar_* = Python scalar. Each pair entry gives the result dtype of "
                       "torch.result_type(a,b), a+b, a-b, a*b, a/b (or {error}). Scalar-scalar pairs omitted.",
        "kinds": {
            "tensor_bool": "torch.tensor([True, False])",
            "tensor_int64": "torch.tensor([3, 4])",
            "tensor_float32": "torch.tensor([1.5, 2.5], dtype=torch.float32)",
            "tensor_float64": "torch.tensor([1.5, 2.5], dtype=torch.float64)",
            "zerodim_bool": "torch.tensor(True)",
            "zerodim_int64": "torch.tensor(3)",
            "zerodim_float32": "torch.tensor(1.5, dtype=torch.float32)",
            "zerodim_float64": "torch.tensor(1.5, dtype=torch.float64)",
            "scalar_bool": "True",
            "scalar_int": "2",
            "scalar_float": "2.5",
        },
        "pairs": pairs,
        "extras": extras,
    })


if __name__ == "__main__":
    main()
