"""inplace.json: in-place / version-counter / autograd-graph scenarios run as Python snippets."""
import textwrap
import warnings

import torch

from oracle_common import enc, write

SCENARIOS = [
    ("version_counter_base_and_view", """
x = torch.zeros(4, dtype=torch.float64)
v = x[1:3]
versions_initial = [x._version, v._version]
x.add_(1)
versions_after_base_add = [x._version, v._version]
v.add_(1)
versions_after_view_add = [x._version, v._version]
x.mul_(2).add_(1)
versions_after_chained = [x._version, v._version]
y = x + 1
version_of_fresh_result = y._version
x_final = x
""", ["versions_initial", "versions_after_base_add", "versions_after_view_add", "versions_after_chained",
      "version_of_fresh_result", "x_final"],
     "base and views share one version counter; each in-place op bumps it by 1"),

    ("version_counter_setitem", """
x = torch.zeros(3, dtype=torch.float64)
x[0] = 5.0
after_setitem = x._version
x.zero_()
after_zero = x._version
d = x.detach()
d.add_(1)
after_detach_add = [x._version, d._version]
x_final = x
""", ["after_setitem", "after_zero", "after_detach_add", "x_final"],
     "__setitem__ bumps the version; detach() shares storage and version counter"),

    ("inplace_on_leaf_requires_grad", """
x = torch.ones(3, dtype=torch.float64, requires_grad=True)
x.add_(1)
""", [], None),

    ("inplace_on_view_of_leaf_requires_grad", """
x = torch.ones(3, dtype=torch.float64, requires_grad=True)
v = x[:2]
v.add_(1)
""", [], None),

    ("inplace_on_leaf_under_no_grad_ok", """
x = torch.ones(3, dtype=torch.float64, requires_grad=True)
with torch.no_grad():
    x.add_(1)
x_after = x
version = x._version
requires_grad = x.requires_grad
is_leaf = x.is_leaf
""", ["x_after", "version", "requires_grad", "is_leaf"], "allowed under torch.no_grad()"),

    ("modified_saved_output_exp", """
x = torch.tensor([0.5, 1.0, 2.0], dtype=torch.float64, requires_grad=True)
y = x.exp()
y.add_(1)
y_version = y._version
y.sum().backward()
""", ["y_version"], "exp saves its output; modifying it invalidates backward"),

    ("modified_saved_input_mul", """
x = torch.tensor([0.5, 1.0, 2.0], dtype=torch.float64, requires_grad=True)
y = x.sin()
z = y * y
y.add_(1)
z.sum().backward()
""", [], "mul saves both operands"),

    ("modified_saved_input_sin_via_view", """
x = torch.tensor([0.5, 1.0, 2.0], dtype=torch.float64, requires_grad=True)
y = x * 1
z = y.sin()
y[0] = 0.0
z.sum().backward()
""", [], "modifying a saved tensor through __setitem__"),

    ("inplace_not_saved_ok", """
x = torch.tensor([0.5, 1.0, 2.0], dtype=torch.float64, requires_grad=True)
y = x * 2
y.add_(1)
z = y * y
z.sum().backward()
x_grad = x.grad
y_value = y
grad_fn_of_y = type(y.grad_fn).__name__
""", ["x_grad", "y_value", "grad_fn_of_y"],
     "x*2 saves nothing of its output, so add_ on it is fine; y.grad_fn becomes AddBackward0"),

    ("inplace_sigmoid_output_modified", """
x = torch.tensor([0.5, -1.0], dtype=torch.float64, requires_grad=True)
y = torch.sigmoid(x)
y.mul_(2)
y.sum().backward()
""", [], None),

    ("grad_accumulation_two_backward_calls", """
x = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64, requires_grad=True)
(x * x).sum().backward()
grad_after_first = x.grad.clone()
(x * x).sum().backward()
grad_after_second = x.grad.clone()
x.grad.zero_()
(3 * x).sum().backward()
grad_after_zero_and_third = x.grad.clone()
""", ["grad_after_first", "grad_after_second", "grad_after_zero_and_third"],
     "grads accumulate (+=) across backward calls until zeroed"),

    ("backward_twice_same_graph_retain_graph", """
x = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64, requires_grad=True)
y = (x.exp()).sum()
y.backward(retain_graph=True)
g1 = x.grad.clone()
y.backward()
g2 = x.grad.clone()
""", ["g1", "g2"], None),

    ("backward_twice_same_graph_error", """
x = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64, requires_grad=True)
y = (x.exp()).sum()
y.backward()
g1 = x.grad.clone()
y.backward()
""", ["g1"], "second backward through freed graph"),

    ("retain_grad_non_leaf", """
x = torch.tensor([1.0, -2.0, 3.0], dtype=torch.float64, requires_grad=True)
y = x * 2
y.retain_grad()
z = (y * y).sum()
z.backward()
y_grad = y.grad
x_grad = x.grad
y_is_leaf = y.is_leaf
x_is_leaf = x.is_leaf
""", ["y_grad", "x_grad", "y_is_leaf", "x_is_leaf"], None),

    ("grad_of_non_leaf_without_retain_grad", """
x = torch.tensor([1.0, -2.0, 3.0], dtype=torch.float64, requires_grad=True)
y = x * 2
z = (y * y).sum()
z.backward()
y_grad_is_none = y.grad is None
""", ["y_grad_is_none"], "accessing .grad of a non-leaf warns and returns None"),

    ("backward_non_scalar_without_gradient", """
x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
y = x * 2
y.backward()
""", [], None),

    ("backward_no_grad_fn", """
x = torch.tensor([1.0, 2.0], dtype=torch.float64)
y = (x * 2).sum()
y.backward()
""", [], None),

    ("leaf_and_requires_grad_propagation", """
a = torch.tensor([1.0], dtype=torch.float64, requires_grad=True)
b = torch.tensor([2.0], dtype=torch.float64)
c = a * b
d = b * 3
flags = {"c.requires_grad": c.requires_grad, "c.is_leaf": c.is_leaf, "d.requires_grad": d.requires_grad,
         "d.is_leaf": d.is_leaf, "b.is_leaf": b.is_leaf, "c.detach().requires_grad": c.detach().requires_grad}
with torch.no_grad():
    e = a * 2
flags["e(no_grad).requires_grad"] = e.requires_grad
flags["e(no_grad).is_leaf"] = e.is_leaf
""", ["flags"], None),

    ("midterm_slicing", """
d = torch.arange(100).view(10, 10)
e = d[0:2, 1:6:4]
e_before = e.clone()
f = e[0, :]
g = f.add_(1)[:2]
h = g @ g
d_first_row = d[0]
versions = [d._version, e._version, f._version, g._version]
e_shape = list(e.shape)
e_stride = list(e.stride())
e_storage_offset = e.storage_offset()
""", ["e_before", "e", "f", "g", "h", "d_first_row", "versions", "e_shape", "e_stride", "e_storage_offset"],
     "expected: e = [[2,6],[11,15]], h = 40 (int64); f.add_ writes through to d and e"),

    ("view_inplace_then_backward", """
x = torch.tensor([1.0, 2.0, 3.0, 4.0], dtype=torch.float64, requires_grad=True)
y = x * 1
v = y[1:3]
v.mul_(10)
out = (y * torch.tensor([1.0, 2.0, 3.0, 4.0], dtype=torch.float64)).sum()
out.backward()
y_value = y
x_grad = x.grad
y_grad_fn = type(y.grad_fn).__name__
""", ["y_value", "x_grad", "y_grad_fn"],
     "in-place on a view of a non-leaf rebases the base's graph (CopySlices)"),
]


def run(code, record):
    env = {"torch": torch}
    out = {}
    with warnings.catch_warnings(record=True) as wlist:
        warnings.simplefilter("always")
        try:
            exec(code, env)
        except Exception as e:
            out["error_type"] = type(e).__name__
            out["error"] = str(e)
        if wlist:
            out["warnings"] = [str(w.message) for w in wlist]
    out["values"] = {k: enc(env[k]) for k in record if k in env}
    return out


def main():
    cases = []
    for sid, code, record, note in SCENARIOS:
        code = textwrap.dedent(code).strip("\n") + "\n"
        rec = {"id": sid, "code": code}
        rec.update(run(code, record))
        if note:
            rec["note"] = note
        cases.append(rec)
    write("inplace.json", {
        "description": "Each case: Python snippet (code) executed top to bottom; values = named variables "
                       "afterwards (tensors encoded); error/error_type = exception raised (if any; values "
                       "recorded before it are kept); warnings = warning messages emitted.",
        "cases": cases,
    })


if __name__ == "__main__":
    main()
