"""nn.json: small torch.nn modules with given (rounded) weights."""
import math

import torch
import torch.nn as nn

from oracle_common import T, enc, rnd, write


def set_params(module, values):
    with torch.no_grad():
        for (name, p) in module.named_parameters():
            p.copy_(values[name])


def params_dict(module):
    return {name: T(p) for name, p in module.named_parameters()}


def grads_dict(module):
    return {name: T(p.grad) for name, p in module.named_parameters()}


def forward_backward_case(cid, module_desc, module, x, note=None, x_requires_grad=True):
    xin = x.clone().requires_grad_(x_requires_grad and x.is_floating_point())
    params_before = params_dict(module)
    out = module(xin)
    G = rnd(*out.shape)
    out.backward(gradient=G)
    rec = {"id": cid, "module": module_desc, "training": module.training,
           "param_names": [n for n, _ in module.named_parameters()],
           "params": params_before, "input": T(x), "output": T(out), "upstream": T(G),
           "grad_input": T(xin.grad) if xin.requires_grad else None,
           "grad_params": grads_dict(module)}
    if note:
        rec["note"] = note
    return rec


def main():
    torch.manual_seed(99)
    cases = []

    # Linear(3, 2)
    lin = nn.Linear(3, 2).double()
    set_params(lin, {"weight": rnd(2, 3), "bias": rnd(2)})
    cases.append(forward_backward_case("linear_3_2", "Linear(3, 2)", lin, rnd(4, 3),
                                       note="y = x @ W.T + b; weight shape [out, in]"))

    # Linear on a 3-D input (batch dims broadcast)
    cases.append(forward_backward_case("linear_3_2_batched3d", "Linear(3, 2)", lin, rnd(2, 2, 3)))

    # Linear without bias
    lin_nb = nn.Linear(3, 2, bias=False).double()
    set_params(lin_nb, {"weight": rnd(2, 3)})
    cases.append(forward_backward_case("linear_3_2_nobias", "Linear(3, 2, bias=False)", lin_nb, rnd(4, 3)))

    # Embedding(5, 3) with repeated indices
    emb = nn.Embedding(5, 3).double()
    set_params(emb, {"weight": rnd(5, 3)})
    idx = torch.tensor([[0, 2, 0, 4], [2, 2, 1, 0]])
    cases.append(forward_backward_case("embedding_5_3", "Embedding(5, 3)", emb, idx,
                                       note="grad of weight accumulates over repeated indices; row 3 unused",
                                       x_requires_grad=False))
    emb_pad = nn.Embedding(5, 3, padding_idx=0).double()
    set_params(emb_pad, {"weight": rnd(5, 3)})
    cases.append(forward_backward_case("embedding_5_3_padding_idx0", "Embedding(5, 3, padding_idx=0)", emb_pad,
                                       idx, note="padding_idx row gets zero gradient", x_requires_grad=False))

    # Softmax / LogSoftmax(dim=1)
    xs = rnd(3, 4)
    cases.append(forward_backward_case("softmax_dim1", "Softmax(dim=1)", nn.Softmax(dim=1), xs))
    cases.append(forward_backward_case("log_softmax_dim1", "LogSoftmax(dim=1)", nn.LogSoftmax(dim=1), xs))
    cases.append(forward_backward_case("relu", "ReLU()", nn.ReLU(), torch.tensor(
        [[-1.0, 0.0, 2.0], [0.5, -0.25, 0.0]], dtype=torch.float64)))

    # Flatten (default start_dim=1, end_dim=-1)
    cases.append(forward_backward_case("flatten_default_3d", "Flatten()", nn.Flatten(), rnd(2, 3, 4)))
    cases.append(forward_backward_case("flatten_default_4d", "Flatten()", nn.Flatten(), rnd(2, 3, 2, 2)))
    cases.append(forward_backward_case("flatten_start0", "Flatten(start_dim=0)", nn.Flatten(start_dim=0),
                                       rnd(2, 3)))

    # Dropout in eval mode = identity
    drop = nn.Dropout(p=0.5)
    drop.eval()
    cases.append(forward_backward_case("dropout_eval", "Dropout(p=0.5).eval()", drop, rnd(3, 4),
                                       note="identity in eval mode"))

    # Sequential MLP + CrossEntropyLoss + one SGD step
    mlp = nn.Sequential(nn.Linear(4, 5), nn.ReLU(), nn.Linear(5, 3)).double()
    init = {"0.weight": rnd(5, 4, scale=0.5), "0.bias": rnd(5, scale=0.5),
            "2.weight": rnd(3, 5, scale=0.5), "2.bias": rnd(3, scale=0.5)}
    set_params(mlp, init)
    x = rnd(6, 4)
    y = torch.tensor([0, 2, 1, 1, 0, 2])
    before = params_dict(mlp)
    opt = torch.optim.SGD(mlp.parameters(), lr=0.1)
    opt.zero_grad()
    hidden_pre = mlp[0](x)
    logits = mlp(x)
    loss = nn.CrossEntropyLoss()(logits, y)
    loss.backward()
    grads = grads_dict(mlp)
    opt.step()
    after = params_dict(mlp)
    with torch.no_grad():
        loss_after = nn.CrossEntropyLoss()(mlp(x), y)
    training_step = {
        "id": "mlp_ce_sgd_step",
        "module": "Sequential(Linear(4, 5), ReLU(), Linear(5, 3))",
        "loss": "CrossEntropyLoss() (reduction mean)",
        "optimizer": "SGD(lr=0.1)",
        "optimizer_defaults": enc(dict(opt.defaults)),
        "param_names": [n for n, _ in mlp.named_parameters()],
        "params_before": before,
        "input": T(x),
        "target": T(y),
        "hidden_pre_relu": T(hidden_pre),
        "logits": T(logits),
        "loss_value": T(loss),
        "grad_params": grads,
        "params_after": after,
        "loss_after_step": T(loss_after),
    }

    # default init bounds (documentation + empirical check)
    init_notes = []
    for fan_in, fan_out in [(3, 2), (4, 5), (5, 3), (100, 10)]:
        torch.manual_seed(0)
        m = nn.Linear(fan_in, fan_out)
        bound = 1.0 / math.sqrt(fan_in)
        init_notes.append({
            "module": f"Linear({fan_in}, {fan_out})",
            "weight_bound": bound, "bias_bound": bound,
            "observed_weight_abs_max": float(m.weight.abs().max()),
            "observed_bias_abs_max": float(m.bias.abs().max()),
            "within_bounds": bool(m.weight.abs().max() <= bound and m.bias.abs().max() <= bound),
        })
    write("nn.json", {
        "description": "torch.nn modules with explicitly set float64 parameters. For forward cases: "
                       "output = module(input); grads via output.backward(gradient=upstream).",
        "cases": cases,
        "training_step": training_step,
        "default_init": {
            "note": "nn.Linear.reset_parameters: init.kaiming_uniform_(weight, a=sqrt(5)) which gives "
                    "U(-b, b) with gain = sqrt(2/(1+a^2)) = sqrt(1/3), b = gain*sqrt(3/fan_in) = 1/sqrt(fan_in); "
                    "bias ~ U(-1/sqrt(fan_in), 1/sqrt(fan_in)) (fan_in = in_features). Embedding weight ~ N(0, 1). "
                    "Random streams cannot be reproduced in Java; only the bounds are testable.",
            "linear": init_notes,
        },
    })


if __name__ == "__main__":
    main()
