"""broadcast.json: pairs of shapes -> broadcast result shape or torch's error message."""
import torch

from oracle_common import write

PAIRS = [
    ([], []), ([], [3]), ([3], []), ([], [2, 3]), ([1], [3]), ([3], [1]), ([3], [3]),
    ([2, 3], [3]), ([2, 3], [1, 3]), ([2, 3], [2, 1]), ([2, 1], [1, 3]), ([3, 1], [1, 4]),
    ([2, 3], [3, 2]), ([3], [4]), ([2, 3], [2]), ([2, 3], [4, 3]),
    ([5, 1, 4], [3, 1]), ([5, 2, 4], [3, 1]), ([1, 2, 3], [4, 3, 1]), ([8, 1, 6, 1], [7, 1, 5]),
    ([2, 1, 3], [1, 4, 1]), ([1], [1]), ([1, 1], [1]), ([1, 1, 1], [2, 3]),
    ([0], [1]), ([0], []), ([0], [3]), ([2, 0], [2, 1]), ([2, 0], [0]), ([0, 3], [2, 1, 3]),
    ([4, 3], [2, 4, 3]), ([2, 3, 4], [3, 1]), ([6], [2, 3]), ([1, 6], [6, 1]),
]


def main():
    cases = []
    for a, b in PAIRS:
        rec = {"a": a, "b": b}
        try:
            rec["result"] = list(torch.broadcast_shapes(tuple(a), tuple(b)))
        except Exception as e:
            rec["error"] = str(e)
            rec["error_type"] = type(e).__name__
        # the message an actual elementwise op (a + b) gives, which differs from broadcast_shapes'
        try:
            r = torch.zeros(a) + torch.zeros(b)
            rec["add_result"] = list(r.shape)
        except Exception as e:
            rec["add_error"] = str(e)
        try:
            r = torch.zeros(a).expand(b)
            rec["expand_a_to_b"] = list(r.shape)
        except Exception as e:
            rec["expand_a_to_b_error"] = str(e)
        cases.append(rec)
    write("broadcast.json", {
        "description": "result = torch.broadcast_shapes(a, b) (or error/error_type); add_result/add_error = "
                       "shape or message of torch.zeros(a) + torch.zeros(b); expand_a_to_b(_error) = "
                       "torch.zeros(a).expand(b).",
        "cases": cases,
    })


if __name__ == "__main__":
    main()
