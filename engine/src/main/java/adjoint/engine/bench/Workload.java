package adjoint.engine.bench;

import adjoint.engine.DType;
import adjoint.engine.Generator;
import adjoint.engine.NoGrad;
import adjoint.engine.Tensor;
import adjoint.engine.nn.CrossEntropyLoss;
import adjoint.engine.nn.Linear;
import adjoint.engine.nn.ReLU;
import adjoint.engine.nn.Sequential;
import adjoint.engine.optim.SGD;
import adjoint.engine.optimize.Axis;
import adjoint.engine.optimize.Objective;
import adjoint.engine.optimize.SurfaceGrid;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The benchmark workloads, the same ones {@code bench/compare.sh} runs in numpy and PyTorch. Each prepares its
 * inputs on the current default device once, then times one repetition of its work, ending with a read of one
 * result element (so that a GPU has finished), and turns the median time into its unit.
 */
public enum Workload {
    MATMUL_F32_256("matmul-f32-256", "gflops"),
    MATMUL_F32_1024("matmul-f32-1024", "gflops"),
    MATMUL_F32_2048("matmul-f32-2048", "gflops"),
    MATMUL_F32_4096("matmul-f32-4096", "gflops"),
    ADD_F32_16M("add-f32-16M", "gbps"),
    MLP_STEP_B64("mlp-784-64-10-step-b64", "ms"),
    MLP_STEP_B1024("mlp-784-64-10-step-b1024", "ms"),
    SCALAR_GRAPH_1000("scalar-graph-1000", "us_per_node"),
    LANDSCAPE_512("landscape-512", "ms"),
    LANDSCAPE_512_AUTOGRAD("landscape-512-autograd", "ms");

    private final String key;
    private final String unit;

    Workload(String key, String unit) {
        this.key = key;
        this.unit = unit;
    }

    /** The name in the JSON output and on the command line, e.g. {@code matmul-f32-1024}. */
    public String key() {
        return key;
    }

    /** The unit of the reported figure: {@code gflops}, {@code gbps}, {@code ms} or {@code us_per_node}. */
    public String unit() {
        return unit;
    }

    public static Workload byKey(String key) {
        for (Workload w : values()) {
            if (w.key.equals(key)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown workload '" + key + "' (expected one of "
                + String.join(", ", List.of(values()).stream().map(Workload::key).toList()) + ")");
    }

    /** One repetition of the work, and how a time in seconds becomes the reported figure. */
    record Prepared(Runnable step, DoubleUnaryOperator figure) {
    }

    Prepared prepare() {
        Generator g = new Generator(42);
        return switch (this) {
            case MATMUL_F32_256 -> matmul(g, 256);
            case MATMUL_F32_1024 -> matmul(g, 1024);
            case MATMUL_F32_2048 -> matmul(g, 2048);
            case MATMUL_F32_4096 -> matmul(g, 4096);
            case ADD_F32_16M -> add(g, 16 << 20);
            case MLP_STEP_B64 -> mlp(g, 64);
            case MLP_STEP_B1024 -> mlp(g, 1024);
            case SCALAR_GRAPH_1000 -> scalarGraph(1000);
            case LANDSCAPE_512 -> landscape(512);
            case LANDSCAPE_512_AUTOGRAD -> landscapeAutograd(512);
        };
    }

    private static Tensor randn(Generator g, DType t, int... shape) {
        double[] data = new double[Math.multiplyExact(shape.length == 0 ? 1 : shape[0], shape.length < 2 ? 1 : shape[1])];
        for (int i = 0; i < data.length; i++) {
            data[i] = g.nextGaussian();
        }
        return Tensor.fromDoubles(t, data, shape);
    }

    /** Reads one element of {@code t}: on a GPU this waits for everything enqueued before. */
    private static double touch(Tensor t) {
        Tensor first = t;
        while (first.dim() > 0) {
            first = first.select(0, 0);
        }
        return first.item();
    }

    private static Prepared matmul(Generator g, int n) {
        Tensor a = randn(g, DType.FLOAT32, n, n);
        Tensor b = randn(g, DType.FLOAT32, n, n);
        return new Prepared(() -> {
            try (var s = NoGrad.enter()) {
                touch(a.matmul(b));
            }
        }, t -> 2.0 * n * n * n / t / 1e9);
    }

    private static Prepared add(Generator g, int n) {
        Tensor x = randn(g, DType.FLOAT32, n);
        Tensor y = randn(g, DType.FLOAT32, n);
        return new Prepared(() -> {
            try (var s = NoGrad.enter()) {
                touch(x.add(y));
            }
        }, t -> 3.0 * 4 * n / t / 1e9);
    }

    /** One SGD step of the homework's MLP 784-64-10: forward, cross-entropy, backward, update. */
    private static Prepared mlp(Generator g, int batch) {
        Sequential model = new Sequential(new Linear(784, 64, g), new ReLU(), new Linear(64, 10, g));
        SGD sgd = new SGD(model.parameters(), SGD.options(0.01));
        CrossEntropyLoss loss = new CrossEntropyLoss();
        Tensor x = randn(g, DType.FLOAT32, batch, 784);
        long[] labels = new long[batch];
        for (int i = 0; i < batch; i++) {
            labels[i] = (long) (g.nextDouble() * 10);
        }
        Tensor y = Tensor.fromLongs(DType.INT64, labels, batch);
        return new Prepared(() -> {
            sgd.zeroGrad();
            Tensor l = loss.apply(model.forward(x), y);
            l.backward();
            sgd.step();
            l.item();
        }, t -> t * 1e3);
    }

    /** Forward and backward of a chain of {@code nodes} operations on 0-d float64 tensors. */
    private static Prepared scalarGraph(int nodes) {
        Tensor x = Tensor.scalar(DType.FLOAT64, 0.5).requiresGrad(true);
        Tensor w = Tensor.scalar(DType.FLOAT64, 0.9).requiresGrad(true);
        return new Prepared(() -> {
            x.setGrad(null);
            w.setGrad(null);
            Tensor v = x;
            for (int i = 0; i < nodes; i++) {
                v = switch (i % 5) {
                    case 0 -> v.mul(w);
                    case 1 -> v.sin();
                    case 2 -> v.add(x);
                    case 3 -> v.tanh();
                    default -> v.mul(0.5);
                };
            }
            v.backward();
            x.grad().item();
        }, t -> t * 1e6 / nodes);
    }

    /** An n x n float64 grid of (x, y) in (0, 1]: x along a row, y down a column. */
    private static Tensor[] grid(int n) {
        double[] xs = new double[n * n];
        double[] ys = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                xs[i * n + j] = (j + 1.0) / n;
                ys[i * n + j] = (i + 1.0) / n;
            }
        }
        return new Tensor[] {Tensor.fromDoubles(DType.FLOAT64, xs, n, n), Tensor.fromDoubles(DType.FLOAT64, ys, n, n)};
    }

    /**
     * What the loss landscape computes when it redraws: f = -x ln x - y ln y and ∇f at every point of an n x n
     * float64 grid, through {@link SurfaceGrid#gradientField} on the program's objective (the grid, the memory of
     * its results and the objective kept from one redraw to the next, as the window keeps them; the heatmap's copy
     * and contours are not timed).
     */
    private static Prepared landscape(int n) {
        Objective q6 = Objective.parse("x = 1.0\ny = 1.0\nf = -x*log(x) - y*log(y)", "x", "y");
        SurfaceGrid grid = new SurfaceGrid(new Axis(1.0 / n, 1, n), new Axis(1.0 / n, 1, n), DType.FLOAT64);
        return new Prepared(() -> {
            Tensor[] fg = grid.gradientField(q6);
            touch(fg[0]);
            touch(fg[1]);
            touch(fg[2]);
        }, t -> t * 1e3);
    }

    /** The same f and ∇f with tensor operations and autograd, one batch: sum(f).backward(). */
    private static Prepared landscapeAutograd(int n) {
        Tensor[] xy = grid(n);
        Tensor x = xy[0].requiresGrad(true);
        Tensor y = xy[1].requiresGrad(true);
        return new Prepared(() -> {
            x.setGrad(null);
            y.setGrad(null);
            Tensor f = x.log().mul(x).neg().sub(y.log().mul(y));
            f.sum().backward();
            touch(f);
            touch(x.grad());
        }, t -> t * 1e3);
    }
}
