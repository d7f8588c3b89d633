#!/usr/bin/python3
"""Regenerate every PyTorch oracle file in this folder.

    apt-get install -y python3-torch python3-numpy   # Debian bookworm: torch 1.13.0a0
    /usr/bin/python3 generate.py

Each gen_*.py seeds its own RNG (torch.manual_seed), so the output is deterministic.
The Java tests only read the resulting *.json; they never run Python.
"""
import sys

sys.dont_write_bytecode = True  # keep the folder clean

import gen_broadcast  # noqa: E402
import gen_inplace  # noqa: E402
import gen_losses  # noqa: E402
import gen_nn  # noqa: E402
import gen_ops  # noqa: E402
import gen_optimizers  # noqa: E402
import gen_promotion  # noqa: E402

if __name__ == "__main__":
    for mod in [gen_optimizers, gen_losses, gen_ops, gen_promotion, gen_broadcast, gen_inplace, gen_nn]:
        mod.main()
