"""losses.json: loss values and input gradients for reductions mean/sum/none."""
import torch
import torch.nn as nn

from oracle_common import T, enc, rnd, rnd_uniform, write

REDUCTIONS = ["mean", "sum", "none"]


def hinge(s, y, reduction):
    v = torch.clamp(1 - y * s, min=0)
    return {"mean": v.mean(), "sum": v.sum(), "none": v}[reduction]


def squared_hinge(s, y, reduction):
    v = torch.clamp(1 - y * s, min=0) ** 2
    return {"mean": v.mean(), "sum": v.sum(), "none": v}[reduction]


FORMULAS = {
    "Hinge": ("torch.clamp(1 - target*input, min=0) then reduce (mean/sum/none); "
              "target in {-1,+1}", hinge),
    "SquaredHinge": ("torch.clamp(1 - target*input, min=0)**2 then reduce (mean/sum/none); "
                     "target in {-1,+1}", squared_hinge),
}


def run_case(cases, cid, loss, inp, target, kwargs=None, extra_inputs=None, note=None):
    """kwargs: constructor kwargs (JSON-able). extra_inputs: tensor-valued constructor kwargs
    (weight, pos_weight) -- recorded under "inputs"."""
    kwargs = kwargs or {}
    extra_inputs = extra_inputs or {}
    for red in REDUCTIONS:
        x = inp.clone().requires_grad_(True)
        rec = {"id": f"{cid}_{red}", "loss": loss, "reduction": red, "kwargs": enc(kwargs)}
        if loss in FORMULAS:
            desc, fn = FORMULAS[loss]
            out = fn(x, target, red)
            rec["formula"] = desc
        else:
            mod = getattr(nn, loss)(reduction=red, **kwargs, **extra_inputs)
            out = mod(x, target)
        if red == "none":
            out.sum().backward()
            rec["grad_from"] = "loss.sum().backward()"
        else:
            out.backward()
            rec["grad_from"] = "loss.backward()"
        inputs = {"input": T(inp), "target": T(target)}
        for k, v in extra_inputs.items():
            inputs[k] = T(v)
        rec["inputs"] = inputs
        rec["expect"] = T(out)
        rec["grad_input"] = T(x.grad)
        if note:
            rec["note"] = note
        cases.append(rec)


def main():
    torch.manual_seed(2024)
    cases = []

    # ---- MSE / L1 (one exact tie input==target to pin the L1 subgradient sign(0)=0)
    a, b = rnd(2, 3), rnd(2, 3)
    b[0, 0] = a[0, 0]
    run_case(cases, "mse", "MSELoss", a, b)
    run_case(cases, "l1", "L1Loss", a, b, note="input[0,0]==target[0,0]: L1 grad there is sign(0)=0")

    # ---- CrossEntropy with class-index targets
    logits = rnd(4, 3, scale=2.0)
    tgt = torch.tensor([0, 2, 1, 2], dtype=torch.int64)
    w = torch.tensor([0.2, 1.0, 1.7], dtype=torch.float64)
    tgt_ign = tgt.clone()
    tgt_ign[2] = -100
    run_case(cases, "ce", "CrossEntropyLoss", logits, tgt)
    run_case(cases, "ce_label_smoothing", "CrossEntropyLoss", logits, tgt, {"label_smoothing": 0.1})
    run_case(cases, "ce_weight", "CrossEntropyLoss", logits, tgt, extra_inputs={"weight": w})
    run_case(cases, "ce_ignore_index", "CrossEntropyLoss", logits, tgt_ign, {"ignore_index": -100},
             note="target[2] == -100 is ignored: zero loss, zero grad row, excluded from mean")
    run_case(cases, "ce_weight_ignore_index", "CrossEntropyLoss", logits, tgt_ign, {"ignore_index": -100},
             extra_inputs={"weight": w},
             note="mean = sum(w[t_i]*l_i) / sum(w[t_i]) over non-ignored i")
    run_case(cases, "ce_weight_label_smoothing", "CrossEntropyLoss", logits, tgt, {"label_smoothing": 0.1},
             extra_inputs={"weight": w})
    run_case(cases, "ce_label_smoothing_ignore_index", "CrossEntropyLoss", logits, tgt_ign,
             {"label_smoothing": 0.1, "ignore_index": -100})
    ext = torch.tensor([[1000., -1000., 0.], [-1000., 1000., 1000.], [0., 0., -1000.],
                        [1000., 1000., 1000.]], dtype=torch.float64)
    run_case(cases, "ce_extreme_logits", "CrossEntropyLoss", ext, torch.tensor([1, 2, 2, 0]),
             note="logits +-1000: must use log-sum-exp; row0 target logit -1000 => loss 2000")
    all_ign = torch.full((4,), -100, dtype=torch.int64)
    run_case(cases, "ce_all_ignored", "CrossEntropyLoss", logits, all_ign,
             note="every target ignored: mean is 0/0")

    # ---- NLL (input = arbitrary log-probabilities)
    lp = torch.round((-rnd(4, 3).abs() - 0.001) * 1000) / 1000  # keep exact 3-decimal values
    run_case(cases, "nll", "NLLLoss", lp, tgt)
    run_case(cases, "nll_weight", "NLLLoss", lp, tgt, extra_inputs={"weight": w})
    run_case(cases, "nll_weight_ignore_index", "NLLLoss", lp, tgt_ign, {"ignore_index": -100},
             extra_inputs={"weight": w})

    # ---- BCE (probabilities)
    p = rnd_uniform(2, 3, low=0.02, high=0.98)
    y = torch.tensor([[1., 0., 1.], [0., 0.3, 1.]], dtype=torch.float64)
    bw = torch.tensor([0.5, 1.0, 2.0], dtype=torch.float64)
    run_case(cases, "bce", "BCELoss", p, y, note="target 0.3 is a soft label")
    run_case(cases, "bce_weight", "BCELoss", p, y, extra_inputs={"weight": bw},
             note="weight shape [3] broadcasts over the batch dim")
    pe = torch.tensor([0.0, 1.0, 0.0, 1.0, 0.5], dtype=torch.float64)
    ye = torch.tensor([0.0, 1.0, 1.0, 0.0, 1.0], dtype=torch.float64)
    run_case(cases, "bce_extreme_probs", "BCELoss", pe, ye,
             note="torch clamps log(x) and log(1-x) at >= -100; grad = (x-y)/max(x*(1-x), 1e-12)")

    # ---- BCEWithLogits
    z = rnd(2, 3, scale=2.0)
    pw = torch.tensor([1.0, 2.0, 0.5], dtype=torch.float64)
    run_case(cases, "bce_logits", "BCEWithLogitsLoss", z, y)
    run_case(cases, "bce_logits_pos_weight", "BCEWithLogitsLoss", z, y, extra_inputs={"pos_weight": pw})
    ze = torch.tensor([60., -60., 60., -60., 0., 1000.], dtype=torch.float64)
    ye2 = torch.tensor([1., 0., 0., 1., 0.5, 0.], dtype=torch.float64)
    run_case(cases, "bce_logits_extreme", "BCEWithLogitsLoss", ze, ye2)
    run_case(cases, "bce_logits_extreme_pos_weight", "BCEWithLogitsLoss", ze, ye2,
             extra_inputs={"pos_weight": torch.tensor([3.0], dtype=torch.float64)})

    # ---- SVM-style hinge (formula, computed in torch) and SoftMarginLoss
    s = torch.cat([rnd(6, scale=1.5), torch.tensor([1.0, -1.0, 0.0], dtype=torch.float64)])
    ys = torch.tensor([1., -1., 1., -1., 1., -1., 1., -1., 1.], dtype=torch.float64)
    note = ("elements 6,7 have margin 1-y*s == 0 exactly; torch.clamp(min=0) passes the gradient "
            "at the boundary (mask is x >= min)")
    run_case(cases, "hinge", "Hinge", s, ys, note=note)
    run_case(cases, "squared_hinge", "SquaredHinge", s, ys, note=note)
    run_case(cases, "soft_margin", "SoftMarginLoss", rnd(2, 3), torch.tensor([[1., -1., 1.], [-1., -1., 1.]],
                                                                                dtype=torch.float64))

    write("losses.json", {
        "description": "torch.nn losses (float64). expect = loss (0-d for mean/sum); grad_input = d/d input "
                       "(loss.sum().backward() for reduction none).",
        "cases": cases,
    })


if __name__ == "__main__":
    main()
