package adjoint.engine.optimize;

import adjoint.engine.DType;
import adjoint.engine.DefaultDType;
import adjoint.engine.Tensor;
import adjoint.engine.TensorException;
import adjoint.engine.graph.ElementwiseGradient;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.NodeResult;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Samples an {@link Objective} on whole grids at once: the free variables become tensors of every grid point, so
 * broadcasting gives f at every point in one forward pass and ∇f in one backward pass. Where every node is
 * elementwise in the variables, f and ∇f are one fused elementwise program instead (no autograd, each intermediate
 * computed once and kept in cache). A graph that mixes points (a reduction over a variable, a vector variable) is
 * detected by spot checks and sampled point by point instead.
 *
 * <pre>{@code
 * Objective q6 = Objective.parse("x = 1.0\ny = 1.0\nf = -x*log(x) - y*log(y)", "x", "y");
 * Surface s = Landscape.surface(q6, new Axis(0.01, 4, 200), new Axis(0.01, 4, 200)); // 40,000 points, 1 pass
 * Curve c = Landscape.curve(Objective.parse("x = 6.0\nf = (3 - log(x**2))**2", "x"), new Axis(0.5, 8, 300));
 * Landscape.tangent(Objective.parse("x = 2.0\nf = x**2", "x"), 2); // Tangent[x=2.0, f=4.0, slope=4.0]
 * }</pre>
 */
public final class Landscape {
    private Landscape() {
    }

    /** f and f' along {@code xs}, for an objective of one scalar variable. */
    public static Curve curve(Objective objective, Axis xs) {
        requireScalars(objective, 1);
        int n = xs.count();
        double[] f = new double[n];
        double[] slope = new double[n];
        Tensor x = Tensor.fromDoubles(objective.dtype(), xs.values(), n);
        Batch batch = batched(objective, new Tensor[] {x}, null);
        if (batch != null && (batch.fused || agrees(objective, batch, new double[][] {xs.values()}, new int[] {0, n / 2, n - 1}))) {
            return new Curve(xs, batch.f, batch.grads[0], true, batch.note);
        }
        String note = null;
        for (int i = 0; i < n; i++) {
            Objective.Sample s = objective.at(new double[] {xs.value(i)});
            f[i] = s.f();
            slope[i] = s.grad()[0];
            note = note != null ? note : problem(s);
        }
        return new Curve(xs, f, slope, false, note);
    }

    /**
     * f and ∇f on the grid {@code xs × ys}, for an objective of two scalar variables (x first, then y). A view that
     * redraws keeps a {@link SurfaceGrid} instead, which keeps the grid and the memory of the results.
     */
    public static Surface surface(Objective objective, Axis xs, Axis ys) {
        return new SurfaceGrid(xs, ys, objective.dtype()).sample(objective);
    }

    /** The tangent of a one-variable objective at {@code x}. */
    public static Tangent tangent(Objective objective, double x) {
        requireScalars(objective, 1);
        Objective.Sample s = objective.at(new double[] {x});
        return new Tangent(x, s.f(), s.grad()[0]);
    }

    /**
     * f and ∇f at every point of same-shaped grids of the variables (one grid per variable, in order): {@code [f,
     * ∂f/∂x, ∂f/∂y, ...]}, fresh tensors of the grids' shape. When every node between the variables and the output is
     * elementwise this is one fused program (log x computed once for f and ∂f/∂x, no autograd); otherwise one forward
     * and one backward pass. Null if the output does not have the grids' shape or is not floating.
     *
     * <pre>{@code
     * Objective q6 = Objective.parse("x = 1.0\ny = 1.0\nf = -x*log(x) - y*log(y)", "x", "y");
     * Tensor x = Tensor.fromDoubles(DType.FLOAT64, new double[] {1, Math.E}, 2);
     * Tensor y = Tensor.fromDoubles(DType.FLOAT64, new double[] {1, 1}, 2);
     * Tensor[] fg = Landscape.gradientField(q6, x, y); // f [-0.0, -e], ∂f/∂x [-1, -2], ∂f/∂y [-1, -1]
     * }</pre>
     */
    public static Tensor[] gradientField(Objective objective, Tensor... grids) {
        return gradientField(objective, grids, null);
    }

    /** As above, into {@code into} (f, then ∇f) where the objective is one fused program, unless it is null. */
    static Tensor[] gradientField(Objective objective, Tensor[] grids, Tensor[] into) {
        if (grids.length != objective.variables().size()) {
            throw new IllegalArgumentException("the objective has " + objective.variables().size() + " variables, not "
                    + grids.length + " grids");
        }
        Field field = field(objective, grids, into);
        return field == null ? null : field.values;
    }

    /** f and ∇f as tensors, whether they came from the fused program, and the evaluation if they did not. */
    private record Field(Tensor[] values, boolean fused, GraphEvaluation ev) {
    }

    private static Field field(Objective objective, Tensor[] grids, Tensor[] into) {
        ElementwiseGradient fused = objective.elementwiseGradient();
        if (fused != null && into != null) {
            fused.runInto(grids, into);
            return new Field(into, true, null);
        }
        if (fused != null) {
            return new Field(fused.run(grids), true, null);
        }
        Map<String, Tensor> overrides = overrides(objective, grids);
        GraphEvaluation ev = objective.evaluate(overrides);
        NodeResult out = ev.result(objective.output());
        if (out.failed() || !Arrays.equals(out.value().shape(), grids[0].shape()) || !out.value().dtype().isFloating()) {
            return null;
        }
        Tensor f = out.value();
        Tensor[] values = new Tensor[grids.length + 1];
        values[0] = f;
        try (var scope = DefaultDType.use(objective.dtype())) { // as GraphEvaluator's own backward: log 2 of 2**x in float64
            if (f.requiresGrad()) {
                f.backward(Tensor.ones(f.dtype(), f.shape()));
            }
        } catch (TensorException e) {
            return null;
        }
        for (int i = 0; i < grids.length; i++) {
            Tensor g = overrides.get(objective.variables().get(i).id()).grad();
            values[i + 1] = g == null ? Tensor.zeros(f.dtype(), f.shape()) : g;
        }
        return new Field(values, false, ev);
    }

    /** The grids in place of the variables' leaves, by id; each a new tensor, requiring a gradient. */
    private static Map<String, Tensor> overrides(Objective objective, Tensor[] grids) {
        Map<String, Tensor> overrides = new LinkedHashMap<>();
        for (int i = 0; i < grids.length; i++) {
            overrides.put(objective.variables().get(i).id(), grids[i].detach().requiresGrad(true));
        }
        return overrides;
    }

    record Batch(double[] f, double[][] grads, String note, boolean fused) {
    }

    /** f and ∇f over all points in one pass, or null if the output does not have the grid's shape. */
    static Batch batched(Objective objective, Tensor[] grids, Tensor[] into) {
        Field field = field(objective, grids, into);
        if (field == null) {
            return null;
        }
        double[][] grads = new double[grids.length][];
        for (int i = 0; i < grids.length; i++) {
            grads[i] = field.values[i + 1].toDoubles();
        }
        double[] values = field.values[0].toDoubles();
        boolean finite = Arrays.stream(values).allMatch(Double::isFinite);
        String note = null;
        if (!finite) {
            note = field.fused ? objective.describe(objective.elementwiseGradient().firstProblem(grids))
                    : objective.firstProblem(field.ev);
        }
        return new Batch(values, grads, note, field.fused);
    }

    /** Spot checks: the batch agrees with point-by-point evaluation at a few indices. */
    static boolean agrees(Objective objective, Batch batch, double[][] coords, int[] indices) {
        double tol = objective.dtype() == DType.FLOAT64 ? 1e-9 : 1e-4;
        for (int i : indices) {
            double[] point = new double[coords.length];
            for (int d = 0; d < coords.length; d++) {
                point[d] = coords[d][i];
            }
            Objective.Sample s = objective.at(point);
            if (!close(s.f(), batch.f[i], tol)) {
                return false;
            }
            for (int d = 0; d < coords.length; d++) {
                if (!close(s.grad()[d], batch.grads[d][i], tol)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean close(double a, double b, double tol) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b);
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return a == b;
        }
        return Math.abs(a - b) <= tol * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    static String problem(Objective.Sample s) {
        return s.error() != null ? s.error() : s.note();
    }

    static void requireScalars(Objective objective, int count) {
        if (objective.variables().size() != count
                || objective.variables().stream().anyMatch(v -> v.shape().length != 0)) {
            throw new IllegalArgumentException("this landscape needs " + count + " scalar variable" + (count == 1 ? "" : "s")
                    + ", not " + objective.variables().stream().map(v -> v.name() + Arrays.toString(v.shape())).toList());
        }
    }
}
