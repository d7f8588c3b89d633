"""optimizers.json: optimizer steps with explicitly injected gradients."""
import torch

from oracle_common import T, enc, rnd, write

CONFIGS = [
    ("sgd_plain", "SGD", {"lr": 0.1}),
    ("sgd_momentum", "SGD", {"lr": 0.1, "momentum": 0.9}),
    ("sgd_momentum_dampening", "SGD", {"lr": 0.1, "momentum": 0.9, "dampening": 0.5}),
    ("sgd_nesterov", "SGD", {"lr": 0.1, "momentum": 0.9, "nesterov": True}),
    ("sgd_weight_decay_momentum", "SGD", {"lr": 0.1, "momentum": 0.9, "weight_decay": 0.01}),
    ("sgd_maximize", "SGD", {"lr": 0.1, "maximize": True}),
    ("adam_defaults", "Adam", {"lr": 0.01}),
    ("adam_betas_eps_wd", "Adam", {"lr": 0.01, "betas": (0.8, 0.9), "eps": 1e-6, "weight_decay": 0.1}),
    ("adam_amsgrad", "Adam", {"lr": 0.01, "amsgrad": True}),
    ("adamw", "AdamW", {"lr": 0.01, "weight_decay": 0.01}),
    ("rmsprop_defaults", "RMSprop", {"lr": 0.01}),
    ("rmsprop_centered_momentum", "RMSprop", {"lr": 0.01, "alpha": 0.9, "momentum": 0.5, "centered": True}),
    ("adagrad_defaults", "Adagrad", {"lr": 0.1}),
    ("adagrad_decay_wd_init", "Adagrad", {"lr": 0.1, "lr_decay": 0.01, "weight_decay": 0.1,
                                          "initial_accumulator_value": 0.1}),
]

N_STEPS = 5


def encode_state(opt, params):
    out = []
    for p in params:
        st = opt.state.get(p, {})
        d = {}
        for k in sorted(st):
            v = st[k]
            if k == "step":
                d[k] = float(v.item()) if isinstance(v, torch.Tensor) else float(v)
            elif isinstance(v, torch.Tensor):
                d[k] = T(v)
            else:
                d[k] = enc(v)
        out.append(d)
    return out


def main():
    torch.manual_seed(1234)
    init = [rnd(3), rnd(2, 2)]
    grads = [[rnd(3), rnd(2, 2)] for _ in range(N_STEPS)]
    # make one gradient entry exactly zero and one param entry exactly zero (edge cases)
    grads[1][0][1] = 0.0
    init[1][0, 0] = 0.0

    cases = []
    for cid, cls_name, kwargs in CONFIGS:
        params = [p.clone().requires_grad_(True) for p in init]
        cls = getattr(torch.optim, cls_name)
        opt = cls(params, **kwargs)
        steps, states = [], []
        for k in range(N_STEPS):
            opt.zero_grad()
            for p, g in zip(params, grads[k]):
                p.grad = g.clone()
            opt.step()
            steps.append([T(p) for p in params])
            states.append(encode_state(opt, params))
        cases.append({
            "id": cid,
            "optimizer": cls_name,
            "kwargs": enc(kwargs),
            "defaults": enc(dict(opt.defaults)),
            "params_init": [T(p) for p in init],
            "grads": [[T(g) for g in gs] for gs in grads],
            "params_after_step": steps,
            "state_after_step": states,
            "final_state": states[-1],
        })
    write("optimizers.json", {
        "description": "Optimizer trajectories; grads[k][i] is injected as params[i].grad "
                       "before step k (after zero_grad). float64 throughout.",
        "n_steps": N_STEPS,
        "cases": cases,
    })


if __name__ == "__main__":
    main()
