"""ops.json: forward values and gradients (out.backward(gradient=G)) of individual ops."""
import warnings

import torch
import torch.nn.functional as F

from oracle_common import T, enc, err_record, rnd, write

CASES = []


def tensor(data, dtype=torch.float64):
    return torch.tensor(data, dtype=dtype)


VIEW_PROBES = {"is_view": "out._is_view()", "is_contiguous": "out.is_contiguous()",
               "stride": "list(out.stride())", "storage_offset": "out.storage_offset()"}


def case(cid, op, inputs, code, args=None, note=None, out_names=None, probes=None):
    """inputs: name -> tensor (float inputs get requires_grad). code: python expression
    evaluated with the inputs bound to their names (and torch, F)."""
    rec = {"id": cid, "op": op, "code": code,
           "inputs": {k: T(v) for k, v in inputs.items()},
           "args": enc(args or {})}
    leaves = {k: v.clone().requires_grad_(v.is_floating_point()) for k, v in inputs.items()}
    env = {"torch": torch, "F": F}
    env.update(leaves)
    with warnings.catch_warnings(record=True) as wlist:
        warnings.simplefilter("always")
        try:
            out = eval(code, env)
        except Exception as e:  # expected error case
            rec.update(err_record(e))
            rec["error_stage"] = "forward"
            if note:
                rec["note"] = note
            CASES.append(rec)
            return rec
        extras = {}
        if isinstance(out, tuple):
            names = out_names or [f"out{i}" for i in range(len(out))]
            for n, o in zip(names[1:], out[1:]):
                extras[n] = T(o)
            out = out[0]
        rec["expect"] = T(out)
        if probes:
            penv = dict(env)
            penv["out"] = out
            rec["probes"] = {k: enc(eval(v, penv)) for k, v in probes.items()}
        if extras:
            rec["expect_extra"] = extras
        grads = {k: None for k in inputs}
        if out.requires_grad:
            G = rnd(*out.shape) if out.dim() > 0 else rnd(())
            rec["upstream"] = T(G)
            try:
                out.backward(gradient=G)
                for k, leaf in leaves.items():
                    if leaf.is_floating_point():
                        grads[k] = T(leaf.grad) if leaf.grad is not None else None
            except Exception as e:
                rec.update(err_record(e))
                rec["error_stage"] = "backward"
        else:
            rec["upstream"] = None
        rec["grads"] = grads
        if wlist:
            rec["warnings"] = [str(w.message) for w in wlist]
    if note:
        rec["note"] = note
    CASES.append(rec)
    return rec


def main():
    torch.manual_seed(7)

    # ---------------- argmax / argmin (ties: first occurrence)
    xt = tensor([[1., 3., 3.], [2., 2., 0.], [5., 1., 5.]])
    case("argmax_all_ties", "argmax", {"x": xt}, "torch.argmax(x)", {"dim": None},
         note="dim=None -> index into the flattened tensor; ties -> first occurrence")
    case("argmax_dim1_keepdim_ties", "argmax", {"x": xt}, "torch.argmax(x, dim=1, keepdim=True)",
         {"dim": 1, "keepdim": True})
    case("argmax_dim0_ties", "argmax", {"x": xt}, "torch.argmax(x, dim=0)", {"dim": 0, "keepdim": False})
    case("argmin_dim1_ties", "argmin", {"x": xt}, "torch.argmin(x, dim=1)", {"dim": 1, "keepdim": False})
    xr = rnd(3, 4)
    case("argmax_dim1_random", "argmax", {"x": xr}, "torch.argmax(x, dim=1)", {"dim": 1, "keepdim": False})

    # ---------------- where with broadcasting
    cond = torch.tensor([[True, False, True], [False, False, True]])
    case("where_broadcast", "where", {"cond": cond, "a": rnd(3), "b": rnd(2, 1)},
         "torch.where(cond, a, b)", note="cond [2,3], a [3], b [2,1] -> [2,3]; grads reduced to input shapes")
    case("where_same_shape", "where", {"cond": cond, "a": rnd(2, 3), "b": rnd(2, 3)}, "torch.where(cond, a, b)")

    # ---------------- comparisons (values only, bool result)
    ca = tensor([[1.0, 2.0, float("nan")], [0.5, -1.0, 3.0]])
    cb = tensor([[1.0, 3.0, float("nan")], [0.25, -1.0, 2.0]])
    for op in ["gt", "lt", "ge", "le", "eq", "ne"]:
        case(f"{op}_same_shape", op, {"a": ca, "b": cb}, f"torch.{op}(a, b)",
             note="includes equal values and NaN (NaN compares false except ne)")
        case(f"{op}_broadcast_row", op, {"a": ca, "b": tensor([1.0, -1.0, 3.0])}, f"torch.{op}(a, b)")
        case(f"{op}_scalar", op, {"a": ca}, f"torch.{op}(a, 1.0)", {"other": 1.0})
    case("gt_float_vs_int64", "gt", {"a": ca, "b": torch.tensor([1, 2, 3])}, "torch.gt(a, b)")

    # ---------------- cat / stack
    case("cat_dim0", "cat", {"a": rnd(2, 3), "b": rnd(1, 3)}, "torch.cat([a, b], dim=0)", {"dim": 0})
    case("cat_dim1", "cat", {"a": rnd(2, 3), "b": rnd(2, 2)}, "torch.cat([a, b], dim=1)", {"dim": 1})
    case("cat_dim_neg1", "cat", {"a": rnd(2, 1), "b": rnd(2, 2)}, "torch.cat([a, b], dim=-1)", {"dim": -1})
    case("cat_mismatch_error", "cat", {"a": rnd(2, 3), "b": rnd(2, 2)}, "torch.cat([a, b], dim=0)", {"dim": 0})
    case("stack_dim0", "stack", {"a": rnd(2, 3), "b": rnd(2, 3), "c": rnd(2, 3)},
         "torch.stack([a, b, c], dim=0)", {"dim": 0})
    case("stack_dim1", "stack", {"a": rnd(2, 3), "b": rnd(2, 3), "c": rnd(2, 3)},
         "torch.stack([a, b, c], dim=1)", {"dim": 1})
    case("stack_mismatch_error", "stack", {"a": rnd(2, 3), "b": rnd(3, 2)}, "torch.stack([a, b], dim=0)",
         {"dim": 0})

    # ---------------- var
    xv = rnd(3, 4)
    case("var_all_correction1", "var", {"x": xv}, "torch.var(x)", {"dim": None, "correction": 1})
    case("var_all_correction0", "var", {"x": xv}, "torch.var(x, unbiased=False)", {"dim": None, "correction": 0})
    case("var_dim1_correction1", "var", {"x": xv}, "torch.var(x, dim=1)",
         {"dim": 1, "correction": 1, "keepdim": False})
    case("var_dim1_correction0_keepdim", "var", {"x": xv}, "torch.var(x, dim=1, unbiased=False, keepdim=True)",
         {"dim": 1, "correction": 0, "keepdim": True})
    case("var_dim0_correction1_keepdim", "var", {"x": xv}, "torch.var(x, dim=0, correction=1, keepdim=True)",
         {"dim": 0, "correction": 1, "keepdim": True})
    case("var_dim_size1_correction1", "var", {"x": rnd(3, 1)}, "torch.var(x, dim=1)",
         {"dim": 1, "correction": 1, "keepdim": False}, note="N - correction = 0 -> nan")

    # ---------------- unary elementwise
    case("log1p", "log1p", {"x": tensor([-0.5, 0.0, 0.25, 3.0, -1.0])}, "torch.log1p(x)",
         note="x=-1 -> -inf, grad = G/(1+x) = inf*sign")
    case("exp2", "exp2", {"x": tensor([-2.0, 0.0, 0.5, 3.0, -0.125])}, "torch.exp2(x)")
    case("tan", "tan", {"x": tensor([-1.2, 0.0, 0.3, 1.0, 1.5])}, "torch.tan(x)")
    case("sqrt_at_zero", "sqrt", {"x": tensor([0.0, 0.25, 4.0, 2.0])}, "torch.sqrt(x)",
         note="grad at 0 = G/(2*0) = +-inf")
    case("relu_at_zero", "relu", {"x": tensor([-1.0, 0.0, 0.5, -0.0, 2.0])}, "torch.relu(x)",
         note="grad at exactly 0 is 0")
    case("abs_at_zero", "abs", {"x": tensor([-1.5, 0.0, 2.0, -0.0])}, "torch.abs(x)",
         note="grad = G*sgn(x), sgn(0)=0")
    case("leaky_relu_default", "leaky_relu", {"x": tensor([-2.0, -0.5, 0.0, 0.5, 3.0])}, "F.leaky_relu(x)",
         {"negative_slope": 0.01}, note="grad at exactly 0 uses the negative slope (x > 0 ? 1 : slope)")
    case("leaky_relu_0.2", "leaky_relu", {"x": tensor([-2.0, -0.5, 0.0, 0.5, 3.0])},
         "F.leaky_relu(x, negative_slope=0.2)", {"negative_slope": 0.2})
    xg = tensor([-3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.5])
    case("gelu_none", "gelu", {"x": xg}, "F.gelu(x)", {"approximate": "none"})
    case("gelu_tanh", "gelu", {"x": xg}, "F.gelu(x, approximate='tanh')", {"approximate": "tanh"})
    xs = tensor([-30.0, -1.0, 0.0, 1.0, 10.0, 10.5, 20.0, 20.5, 25.0])
    case("softplus_default", "softplus", {"x": xs}, "F.softplus(x)", {"beta": 1, "threshold": 20},
         note="linear (x) where beta*x > threshold")
    case("softplus_beta2", "softplus", {"x": xs}, "F.softplus(x, beta=2)", {"beta": 2, "threshold": 20},
         note="softplus = log1p(exp(beta*x))/beta, linear where beta*x > 20 (strict)")
    xd = rnd(2, 3)
    case("dropout_eval", "dropout", {"x": xd}, "F.dropout(x, p=0.5, training=False)",
         {"p": 0.5, "training": False}, note="identity in eval mode")
    case("dropout_p0_train", "dropout", {"x": xd}, "F.dropout(x, p=0.0, training=True)",
         {"p": 0.0, "training": True}, note="identity")
    case("dropout_p1_train", "dropout", {"x": xd}, "F.dropout(x, p=1.0, training=True)",
         {"p": 1.0, "training": True}, note="all zeros, grad zeros")
    xc = tensor([-2.0, -1.0, -0.5, 0.0, 1.0, 1.5])
    case("clamp_at_bounds", "clamp", {"x": xc}, "torch.clamp(x, min=-1.0, max=1.0)", {"min": -1.0, "max": 1.0},
         note="gradient passes where min <= x <= max, i.e. also exactly at the bounds")
    case("clamp_min_only", "clamp", {"x": xc}, "torch.clamp(x, min=0.0)", {"min": 0.0, "max": None})
    case("clamp_max_only", "clamp", {"x": xc}, "torch.clamp(x, max=1.0)", {"min": None, "max": 1.0})
    case("sigmoid", "sigmoid", {"x": tensor([-50.0, -1.0, 0.0, 2.0, 50.0])}, "torch.sigmoid(x)")
    case("tanh", "tanh", {"x": tensor([-20.0, -1.0, 0.0, 0.5, 20.0])}, "torch.tanh(x)")
    case("log_at_zero", "log", {"x": tensor([0.0, 1.0, 2.0])}, "torch.log(x)")
    case("exp", "exp", {"x": tensor([-1.0, 0.0, 1.5, 710.0])}, "torch.exp(x)", note="exp(710) overflows to inf")

    # ---------------- maximum / minimum with ties, max/min/amax reductions
    ma = tensor([[1.0, 2.0, 3.0], [4.0, -1.0, 0.0]])
    mb = tensor([[1.0, 5.0, 2.0], [4.0, -1.0, 1.0]])
    case("maximum_ties", "maximum", {"a": ma, "b": mb}, "torch.maximum(a, b)",
         note="where a == b the gradient is split G/2 to each")
    case("minimum_ties", "minimum", {"a": ma, "b": mb}, "torch.minimum(a, b)")
    case("maximum_broadcast", "maximum", {"a": ma, "b": tensor([1.0, 2.0, 0.0])}, "torch.maximum(a, b)")
    xm = tensor([[1.0, 3.0, 3.0, 0.0], [2.0, 2.0, 2.0, -1.0], [-1.0, 5.0, 4.0, 5.0]])
    case("max_dim1_ties", "max", {"x": xm}, "torch.max(x, dim=1)", {"dim": 1, "keepdim": False},
         note="indices = first occurrence; grad flows only to the returned index",
         out_names=["values", "indices"])
    case("max_dim0_keepdim_ties", "max", {"x": xm}, "torch.max(x, dim=0, keepdim=True)",
         {"dim": 0, "keepdim": True}, out_names=["values", "indices"])
    case("min_dim1_ties", "min", {"x": xm}, "torch.min(x, dim=1)", {"dim": 1, "keepdim": False},
         out_names=["values", "indices"])
    case("max_full_ties", "max", {"x": xm}, "torch.max(x)", {"dim": None},
         note="full reduction: grad split evenly among all tied maxima")
    case("amax_full_ties", "amax", {"x": xm}, "torch.amax(x)", {"dim": None},
         note="amax: grad split evenly among ties")
    case("amax_dim1_ties", "amax", {"x": xm}, "torch.amax(x, dim=1)", {"dim": 1, "keepdim": False})
    case("amax_dims01_keepdim", "amax", {"x": xm}, "torch.amax(x, dim=(0, 1), keepdim=True)",
         {"dim": [0, 1], "keepdim": True})
    case("amin_full_ties", "amin", {"x": xm}, "torch.amin(x)", {"dim": None})

    # ---------------- softmax / log_softmax on 3-D
    x3 = rnd(2, 3, 4)
    for d in [0, -1, 1]:
        case(f"softmax_3d_dim{d}", "softmax", {"x": x3}, f"torch.softmax(x, dim={d})", {"dim": d})
        case(f"log_softmax_3d_dim{d}", "log_softmax", {"x": x3}, f"torch.log_softmax(x, dim={d})", {"dim": d})
    case("softmax_large", "softmax", {"x": tensor([[1000.0, 0.0, -1000.0], [1.0, 1.0, 1.0]])},
         "torch.softmax(x, dim=1)", {"dim": 1})
    case("log_softmax_large", "log_softmax", {"x": tensor([[1000.0, 0.0, -1000.0], [1.0, 1.0, 1.0]])},
         "torch.log_softmax(x, dim=1)", {"dim": 1})

    # ---------------- sum / mean with dims
    for fn in ["sum", "mean"]:
        case(f"{fn}_all", fn, {"x": x3}, f"torch.{fn}(x)", {"dim": None})
        case(f"{fn}_dims02", fn, {"x": x3}, f"torch.{fn}(x, dim=(0, 2))", {"dim": [0, 2], "keepdim": False})
        case(f"{fn}_dims02_keepdim", fn, {"x": x3}, f"torch.{fn}(x, dim=(0, 2), keepdim=True)",
             {"dim": [0, 2], "keepdim": True})
        case(f"{fn}_dim_neg1", fn, {"x": x3}, f"torch.{fn}(x, dim=-1)", {"dim": -1, "keepdim": False})
    case("sum_int64", "sum", {"x": torch.tensor([[1, 2], [3, 4]])}, "torch.sum(x)", note="int64 -> int64")
    case("mean_int64_error", "mean", {"x": torch.tensor([[1, 2], [3, 4]])}, "torch.mean(x)")

    # ---------------- norm
    case("norm_vector", "norm", {"x": tensor([3.0, -4.0, 12.0])}, "torch.norm(x)", {"p": 2})
    case("norm_matrix_fro", "norm", {"x": rnd(2, 3)}, "torch.norm(x)", {"p": "fro"},
         note="default norm of a matrix = Frobenius = 2-norm of flattened")
    case("norm_zero_vector", "norm", {"x": tensor([0.0, 0.0, 0.0])}, "torch.norm(x)", {"p": 2},
         note="grad at zero vector is 0 (not nan)")
    case("norm_p1_vector", "norm", {"x": tensor([3.0, 0.0, -2.0])}, "torch.norm(x, p=1)", {"p": 1})
    case("norm_dim1", "norm", {"x": rnd(2, 3)}, "torch.norm(x, dim=1)", {"p": 2, "dim": 1})

    # ---------------- pow
    case("pow_neg_base_int_exp3", "pow", {"x": tensor([-2.0, -1.5, 0.0, 1.5])}, "torch.pow(x, 3)", {"exponent": 3})
    case("pow_neg_base_int_exp2", "pow", {"x": tensor([-2.0, -0.5, 0.0, 3.0])}, "torch.pow(x, 2)", {"exponent": 2})
    case("pow_neg_base_exp_neg1", "pow", {"x": tensor([-2.0, -0.5, 4.0])}, "torch.pow(x, -1)", {"exponent": -1})
    case("pow_neg_base_frac_exp", "pow", {"x": tensor([-2.0, 4.0])}, "torch.pow(x, 0.5)", {"exponent": 0.5},
         note="negative base with non-integer exponent -> nan")
    case("pow_tensor_exp_neg_base", "pow", {"x": tensor([-2.0, -1.5, -3.0]), "e": tensor([3.0, 2.0, 0.0])},
         "torch.pow(x, e)", note="d/de = out*log(x): log of a negative base is nan")
    case("pow_tensor_exp_zero_base", "pow",
         {"x": tensor([0.0, 0.0, 0.0, 0.0, 2.0]), "e": tensor([2.0, 0.0, 0.5, -1.0, 1.0])},
         "torch.pow(x, e)", note="base 0: torch masks d/de to 0 where base==0 and e>=0")
    case("pow_scalar_base_tensor_exp", "pow", {"e": tensor([0.0, 1.0, -1.5])}, "torch.pow(2.0, e)", {"self": 2.0})
    case("pow_zero_base_scalar0_exp", "pow", {"x": tensor([0.0, 2.0])}, "torch.pow(x, 0)", {"exponent": 0})

    # ---------------- shape ops
    xs2 = rnd(2, 3)
    case("transpose", "transpose", {"x": xs2}, "x.transpose(0, 1)", {"dim0": 0, "dim1": 1}, probes=VIEW_PROBES)
    case("permute", "permute", {"x": x3}, "x.permute(2, 0, 1)", {"dims": [2, 0, 1]}, probes=VIEW_PROBES)
    case("expand_row", "expand", {"x": rnd(1, 3)}, "x.expand(4, 3)", {"size": [4, 3]}, probes=VIEW_PROBES)
    case("expand_new_dims", "expand", {"x": rnd(3)}, "x.expand(2, 4, 3)", {"size": [2, 4, 3]}, probes=VIEW_PROBES)
    case("expand_minus1", "expand", {"x": rnd(2, 1)}, "x.expand(-1, 3)", {"size": [-1, 3]}, probes=VIEW_PROBES)
    case("slice_negative_step_error", "slice", {"x": xs2}, "x[::-1]", {"dim": 0, "step": -1},
         note="PyTorch forbids negative slice steps")
    x6 = rnd(6, 5)
    case("slice_step2", "slice", {"x": x6}, "x[::2]", {"dim": 0, "start": None, "end": None, "step": 2}, probes=VIEW_PROBES)
    case("slice_step2_2d", "slice", {"x": x6}, "x[1:, ::2]",
         {"slices": [[1, None, 1], [None, None, 2]]}, probes=VIEW_PROBES)
    case("slice_step3_offset", "slice", {"x": x6}, "x[1:5:3, 4:0:1]",
         {"slices": [[1, 5, 3], [4, 0, 1]]}, note="empty second dim (start >= end)", probes=VIEW_PROBES)
    case("index_int_then_slice", "select+slice", {"x": x6}, "x[2, 1:4]", {"index": 2, "slice": [1, 4, 1]}, probes=VIEW_PROBES)
    case("unsqueeze", "unsqueeze", {"x": xs2}, "x.unsqueeze(1)", {"dim": 1}, probes=VIEW_PROBES)
    case("unsqueeze_neg", "unsqueeze", {"x": xs2}, "x.unsqueeze(-1)", {"dim": -1}, probes=VIEW_PROBES)
    xq = rnd(1, 3, 1)
    case("squeeze_all", "squeeze", {"x": xq}, "x.squeeze()", {"dim": None}, probes=VIEW_PROBES)
    case("squeeze_dim0", "squeeze", {"x": xq}, "x.squeeze(0)", {"dim": 0}, probes=VIEW_PROBES)
    case("squeeze_non1_noop", "squeeze", {"x": xq}, "x.squeeze(1)", {"dim": 1}, note="no-op: size 3 != 1", probes=VIEW_PROBES)
    case("view_noncontig_error", "view", {"x": xs2}, "x.t().view(6)", {"pre": "t()", "size": [6]})
    case("view_contig", "view", {"x": xs2}, "x.view(3, 2)", {"size": [3, 2]}, probes=VIEW_PROBES)
    case("reshape_noncontig_copies", "reshape", {"x": xs2}, "x.t().reshape(6)", {"pre": "t()", "size": [6]},
         note="reshape of a non-contiguous tensor returns a copy (not a view)", probes=VIEW_PROBES)
    case("view_minus1", "view", {"x": x3}, "x.view(-1, 4)", {"size": [-1, 4]}, probes=VIEW_PROBES)
    case("view_bad_size_error", "view", {"x": xs2}, "x.view(4, 2)", {"size": [4, 2]})

    # ---------------- matmul
    case("matmul_1d_1d", "matmul", {"a": rnd(3), "b": rnd(3)}, "torch.matmul(a, b)", note="0-d result")
    case("matmul_1d_2d", "matmul", {"a": rnd(3), "b": rnd(3, 2)}, "torch.matmul(a, b)")
    case("matmul_2d_1d", "matmul", {"a": rnd(2, 3), "b": rnd(3)}, "torch.matmul(a, b)")
    case("matmul_2d_2d", "matmul", {"a": rnd(2, 3), "b": rnd(3, 4)}, "torch.matmul(a, b)")
    case("matmul_3d_2d", "matmul", {"a": rnd(2, 2, 3), "b": rnd(3, 4)}, "torch.matmul(a, b)")
    case("matmul_2d_3d", "matmul", {"a": rnd(2, 3), "b": rnd(2, 3, 4)}, "torch.matmul(a, b)")
    case("matmul_1d_3d", "matmul", {"a": rnd(3), "b": rnd(2, 3, 4)}, "torch.matmul(a, b)")
    case("matmul_3d_1d", "matmul", {"a": rnd(2, 4, 3), "b": rnd(3)}, "torch.matmul(a, b)")
    case("matmul_3d_3d_broadcast", "matmul", {"a": rnd(1, 2, 3), "b": rnd(4, 3, 2)}, "torch.matmul(a, b)",
         note="(1,2,3)@(4,3,2) -> (4,2,2)")
    case("matmul_4d_3d_broadcast", "matmul", {"a": rnd(2, 1, 2, 3), "b": rnd(3, 3, 2)}, "torch.matmul(a, b)")
    case("matmul_mismatch_error", "matmul", {"a": rnd(2, 3), "b": rnd(4, 2)}, "torch.matmul(a, b)")
    case("matmul_1d_mismatch_error", "matmul", {"a": rnd(3), "b": rnd(4)}, "torch.matmul(a, b)")

    # ---------------- embedding / gather
    case("embedding_repeated", "embedding",
         {"idx": torch.tensor([[0, 2, 0], [4, 2, 2]]), "weight": rnd(5, 3)},
         "F.embedding(idx, weight)", note="repeated indices accumulate into weight.grad")
    xg2 = rnd(3, 4)
    case("gather_dim1_repeated", "gather", {"x": xg2, "idx": torch.tensor([[0, 0], [3, 1], [2, 2]])},
         "torch.gather(x, 1, idx)", {"dim": 1})
    case("gather_dim0", "gather", {"x": xg2, "idx": torch.tensor([[2, 0, 1, 2], [0, 0, 0, 1]])},
         "torch.gather(x, 0, idx)", {"dim": 0})

    # ---------------- binary arithmetic edge cases
    case("div_by_zero", "div", {"a": tensor([1.0, -1.0, 0.0]), "b": tensor([0.0, 0.0, 0.0])}, "a / b",
         note="1/0=inf, -1/0=-inf, 0/0=nan")
    case("add_broadcast", "add", {"a": rnd(2, 1, 3), "b": rnd(4, 1)}, "a + b")
    case("mul_broadcast_0d", "mul", {"a": rnd(2, 3), "b": rnd(())}, "a * b")
    case("sub_alpha", "sub", {"a": rnd(3), "b": rnd(3)}, "torch.sub(a, b, alpha=2)", {"alpha": 2})

    write("ops.json", {
        "description": "Per-op forward values and grads (float64 unless the dtype says otherwise). "
                       "grads[name] = d(sum(out*upstream))/d input via out.backward(gradient=upstream); "
                       "null for non-float inputs.",
        "cases": CASES,
    })


if __name__ == "__main__":
    main()
