"""paths.json: descent paths computed by torch.optim, the oracle for adjoint.engine.optimize.Descent.

Run with /usr/bin/python3 (python3-torch): /usr/bin/python3 gen_paths.py > paths.json

Each case is a program of Adjoint's expression language (also valid Python over torch functions), the variables to
descend over, an optimizer as Adjoint names it with its torch.optim counterpart, and the path: for k = 0..steps the
point before step k+1, f there and the gradient there. Everything runs in float64 unless "dtype" says float32.
Non-finite numbers are written as the strings "nan", "inf", "-inf".
"""
import json
import math

import torch

FUNCTIONS = {
    "q6": ("x = 1.0\ny = 1.0\nf = -x*log(x) - y*log(y)", ["x", "y"]),
    "bowl": ("x = 1.5\ny = -0.5\nf = x**2 + 10*y**2", ["x", "y"]),
    "rosenbrock": ("x = -1.0\ny = 1.5\nf = (1 - x)**2 + 100*(y - x**2)**2", ["x", "y"]),
    "q2": ("x = 6.0\nf = log(x**2)\nloss = (3 - f)**2", ["x"]),
    "vector": ("w = [1.0, -2.0]\nc = 0.5\nf = sum(w**2 * tensor([1.0, 3.0])) + sin(w[0]) * c", ["w"]),
}

NAMESPACE = {
    "log": torch.log, "sin": torch.sin, "cos": torch.cos, "exp": torch.exp, "sum": torch.sum,
    "tensor": lambda data: torch.tensor(data, dtype=torch.get_default_dtype()),
}


def optimizer(name, params, lr, beta):
    """Adjoint's algorithm names as torch.optim calls; lr None and beta None mean torch's defaults."""
    kw = {} if lr is None else {"lr": lr}
    if name == "sgd":
        return torch.optim.SGD(params, lr=1e-3 if lr is None else lr)
    if name == "momentum":
        return torch.optim.SGD(params, lr=1e-3 if lr is None else lr, momentum=0.9 if beta is None else beta)
    if name == "nesterov":
        return torch.optim.SGD(params, lr=1e-3 if lr is None else lr, momentum=0.9 if beta is None else beta,
                               nesterov=True)
    if name == "adagrad":
        return torch.optim.Adagrad(params, **kw)
    if name == "rmsprop":
        return torch.optim.RMSprop(params, **kw, **({} if beta is None else {"alpha": beta}))
    if name == "adam":
        return torch.optim.Adam(params, **kw, **({} if beta is None else {"betas": (beta, 0.999)}))
    raise ValueError(name)


def num(v):
    v = float(v)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return v


def run(program, variables, name, lr, beta, steps, dtype, keep=None):
    torch.set_default_dtype(dtype)
    lines = [l.split("=", 1) for l in program.splitlines()]
    leaves = {}
    for target, expr in lines:
        target = target.strip()
        try:
            value = eval(expr, {"__builtins__": {}}, {})
        except Exception:
            continue
        leaves[target] = torch.tensor(value, dtype=dtype, requires_grad=True)
    params = [leaves[v] for v in variables]
    opt = optimizer(name, params, lr, beta)
    path = []
    for k in range(steps + 1):
        opt.zero_grad()
        env = dict(NAMESPACE)
        env.update(leaves)
        out = None
        for target, expr in lines:
            target = target.strip()
            if target not in leaves:
                env[target] = eval(expr, {"__builtins__": {}}, env)
                out = target
        f = env[out]
        f.backward()
        if keep is None or k in keep:
            path.append({
                "step": k,
                "values": [num(v) for p in params for v in p.detach().reshape(-1).tolist()],
                "f": num(f.item()),
                "grad": [num(v) for p in params for v in (p.grad if p.grad is not None else torch.zeros_like(p))
                         .reshape(-1).tolist()],
            })
        if k < steps:
            opt.step()
    torch.set_default_dtype(torch.float32)
    return path


def case(cid, fn, name, lr, beta, steps, dtype=torch.float64, keep=None, start=None):
    program, variables = FUNCTIONS[fn]
    if start is not None:
        for var, value in start.items():
            program = "\n".join(f"{var} = {value}" if l.split("=")[0].strip() == var else l
                                for l in program.splitlines())
    return {
        "id": cid, "program": program, "variables": variables, "optimizer": name,
        "lr": lr, "beta": beta, "steps": steps, "dtype": str(dtype).replace("torch.", ""),
        "path": run(program, variables, name, lr, beta, steps, dtype, keep),
    }


ALGORITHMS = ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]
LR = {"sgd": 0.05, "momentum": 0.02, "nesterov": 0.02, "adagrad": 0.5, "rmsprop": 0.05, "adam": 0.1}

cases = [case("q6_sgd_e_minus_1", "q6", "sgd", math.e - 1, None, 2)]
for fn in ["q6", "bowl", "rosenbrock", "vector"]:
    for name in ALGORITHMS:
        lr = LR[name] / (50 if fn == "rosenbrock" and name in ("sgd", "momentum", "nesterov") else 1)
        cases.append(case(f"{fn}_{name}", fn, name, lr, None, 25))
for name in ["momentum", "nesterov", "rmsprop", "adam"]:
    cases.append(case(f"bowl_{name}_beta_0.5", "bowl", name, LR[name], 0.5, 25))
for name in ALGORITHMS:
    cases.append(case(f"bowl_{name}_torch_defaults", "bowl", name, None, None, 30))
cases.append(case("q6_sgd_nan", "q6", "sgd", 1.0, None, 5, start={"x": 0.1, "y": 0.5}))
checkpoints = {0, 1, 2, 10, 100, 1000, 5000, 20000}
cases.append(case("q2_seed_float32", "q2", "sgd", 0.001, None, 20000, torch.float32, checkpoints))
cases.append(case("q2_seed_float64", "q2", "sgd", 0.001, None, 20000, torch.float64, checkpoints))

print('{"generator": ' + json.dumps(f"torch {torch.__version__}") + ', "cases": [\n'
      + ",\n".join(json.dumps(c) for c in cases) + "\n]}")
