#!/usr/bin/env python3
"""The benchmark workloads of `adjoint bench`, in numpy and PyTorch, timed the same way: warm-up, then
repetitions for about two seconds (at least 3, at most 50), median. Prints one JSON object:
{"numpy": {workload: {unit: value}}, "torch": {...}, "torch_cuda": {...}, "info": {...}}.

usage: workloads.py [--cuda] [--threads N] [WORKLOAD...]
"""
import json, os, sys, time

SECONDS = float(os.environ.get("ADJOINT_BENCH_SECONDS", "2"))
WARMUP = float(os.environ.get("ADJOINT_BENCH_WARMUP", "1"))


def timed(step):
    """Median seconds of one call of step() after warming up."""
    start = time.perf_counter()
    warm, first = 0, float("inf")
    while warm < 2 or (warm < 200 and time.perf_counter() - start < WARMUP):
        t0 = time.perf_counter(); step(); first = min(first, time.perf_counter() - t0); warm += 1
    reps = int(max(3, min(50, -(-SECONDS // first))))
    times = []
    for _ in range(reps):
        t0 = time.perf_counter(); step(); times.append(time.perf_counter() - t0)
    times.sort()
    return times[reps // 2]


def figure(unit, seconds, work):
    return {unit: work(seconds), "median_s": seconds}


def numpy_workloads(np):
    rng = np.random.default_rng(42)
    out = {}

    def matmul(n):
        a = rng.standard_normal((n, n), dtype=np.float32); b = rng.standard_normal((n, n), dtype=np.float32)
        return figure("gflops", timed(lambda: a @ b), lambda t: 2 * n ** 3 / t / 1e9)

    def add(n):
        x = rng.standard_normal(n, dtype=np.float32); y = rng.standard_normal(n, dtype=np.float32)
        return figure("gbps", timed(lambda: x + y), lambda t: 12 * n / t / 1e9)

    def mlp(batch):
        # Forward, cross-entropy, backward and SGD written out by hand (numpy has no autograd).
        w1 = rng.uniform(-1 / 28, 1 / 28, (64, 784)).astype(np.float32); b1 = np.zeros(64, np.float32)
        w2 = rng.uniform(-1 / 8, 1 / 8, (10, 64)).astype(np.float32); b2 = np.zeros(10, np.float32)
        x = rng.standard_normal((batch, 784), dtype=np.float32); y = rng.integers(0, 10, batch)
        def step():
            nonlocal w1, b1, w2, b2
            h = x @ w1.T + b1; r = np.maximum(h, 0); z = r @ w2.T + b2
            z = z - z.max(axis=1, keepdims=True); e = np.exp(z); p = e / e.sum(axis=1, keepdims=True)
            loss = -np.log(p[np.arange(batch), y]).mean()
            g = p; g[np.arange(batch), y] -= 1; g /= batch
            gw2 = g.T @ r; gb2 = g.sum(0); gr = g @ w2; gh = gr * (h > 0)
            gw1 = gh.T @ x; gb1 = gh.sum(0)
            w1 -= 0.01 * gw1; b1 -= 0.01 * gb1; w2 -= 0.01 * gw2; b2 -= 0.01 * gb2
            return float(loss)
        return figure("ms", timed(step), lambda t: t * 1e3)

    def landscape(n):
        xs = np.arange(1, n + 1) / n
        x, y = np.meshgrid(xs, xs)
        def step():
            lx, ly = np.log(x), np.log(y)
            f = -x * lx - y * ly
            return f, -lx - 1, -ly - 1
        return figure("ms", timed(step), lambda t: t * 1e3)

    return {"matmul-f32-256": lambda: matmul(256), "matmul-f32-1024": lambda: matmul(1024),
            "matmul-f32-2048": lambda: matmul(2048), "matmul-f32-4096": lambda: matmul(4096),
            "add-f32-16M": lambda: add(16 << 20), "mlp-784-64-10-step-b64": lambda: mlp(64),
            "mlp-784-64-10-step-b1024": lambda: mlp(1024), "landscape-512": lambda: landscape(512)}


def torch_workloads(torch, device):
    g = torch.Generator().manual_seed(42)
    sync = (lambda: torch.cuda.synchronize()) if device == "cuda" else (lambda: None)

    def on(t):
        return t.to(device)

    def matmul(n):
        a = on(torch.randn(n, n, generator=g)); b = on(torch.randn(n, n, generator=g))
        def step():
            c = a @ b; sync(); return c
        return figure("gflops", timed(step), lambda t: 2 * n ** 3 / t / 1e9)

    def add(n):
        x = on(torch.randn(n, generator=g)); y = on(torch.randn(n, generator=g))
        def step():
            z = x + y; sync(); return z
        return figure("gbps", timed(step), lambda t: 12 * n / t / 1e9)

    def mlp(batch):
        torch.manual_seed(42)
        model = torch.nn.Sequential(torch.nn.Linear(784, 64), torch.nn.ReLU(), torch.nn.Linear(64, 10)).to(device)
        opt = torch.optim.SGD(model.parameters(), lr=0.01)
        loss_fn = torch.nn.CrossEntropyLoss()
        x = on(torch.randn(batch, 784, generator=g)); y = on(torch.randint(0, 10, (batch,), generator=g))
        def step():
            opt.zero_grad(); loss = loss_fn(model(x), y); loss.backward(); opt.step(); return loss.item()
        return figure("ms", timed(step), lambda t: t * 1e3)

    def scalar_graph(nodes):
        x = torch.tensor(0.5, dtype=torch.float64, requires_grad=True)
        w = torch.tensor(0.9, dtype=torch.float64, requires_grad=True)
        def step():
            x.grad = None; w.grad = None; v = x
            for i in range(nodes):
                k = i % 5
                v = v * w if k == 0 else v.sin() if k == 1 else v + x if k == 2 else v.tanh() if k == 3 else v * 0.5
            v.backward(); return x.grad.item()
        return figure("us_per_node", timed(step), lambda t: t * 1e6 / nodes)

    def landscape(n):
        xs = torch.arange(1, n + 1, dtype=torch.float64) / n
        yy, xx = torch.meshgrid(xs, xs, indexing="ij")
        x = on(xx.clone()).requires_grad_(True); y = on(yy.clone()).requires_grad_(True)
        def step():
            x.grad = None; y.grad = None
            f = -x * x.log() - y * y.log(); f.sum().backward(); sync(); return f
        return figure("ms", timed(step), lambda t: t * 1e3)

    work = {"matmul-f32-256": lambda: matmul(256), "matmul-f32-1024": lambda: matmul(1024),
            "matmul-f32-2048": lambda: matmul(2048), "matmul-f32-4096": lambda: matmul(4096),
            "add-f32-16M": lambda: add(16 << 20), "mlp-784-64-10-step-b64": lambda: mlp(64),
            "mlp-784-64-10-step-b1024": lambda: mlp(1024), "landscape-512": lambda: landscape(512),
            "landscape-512-autograd": lambda: landscape(512)}
    if device == "cpu":
        work["scalar-graph-1000"] = lambda: scalar_graph(1000)
    return work


def blas_of_numpy():
    """Which BLAS this process has loaded (numpy reports its build, not the library that runs)."""
    try:
        with open("/proc/self/maps") as m:
            libs = {line.split()[-1] for line in m if "blas" in line.lower()}
        return sorted(os.path.basename(l) for l in libs) or ["unknown"]
    except OSError:
        return ["unknown"]


def main(argv):
    cuda = "--cuda" in argv
    threads = None
    names = []
    i = 0
    while i < len(argv):
        if argv[i] == "--threads":
            threads = int(argv[i + 1]); i += 1
        elif argv[i] != "--cuda":
            names.append(argv[i])
        i += 1
    import numpy as np
    import torch
    threads = threads or len(os.sched_getaffinity(0))
    torch.set_num_threads(threads)
    if cuda:
        torch.backends.cuda.matmul.allow_tf32 = False
        torch.backends.cudnn.allow_tf32 = False
    result = {"info": {"numpy": np.__version__, "torch": torch.__version__, "threads": threads,
                       "cpus": len(os.sched_getaffinity(0))}}
    runs = {"torch_cuda": torch_workloads(torch, "cuda")} if cuda else {
        "numpy": numpy_workloads(np), "torch": torch_workloads(torch, "cpu")}
    for engine, work in runs.items():
        result[engine] = {}
        for name in names or work.keys():
            if name in work:
                result[engine][name] = work[name]()
                print(f"{engine} {name}: {result[engine][name]}", file=sys.stderr, flush=True)
    result["info"]["blas"] = blas_of_numpy()
    if cuda:
        result["info"]["gpu"] = torch.cuda.get_device_name(0)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
