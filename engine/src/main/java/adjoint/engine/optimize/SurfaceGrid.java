package adjoint.engine.optimize;

import adjoint.engine.DType;
import adjoint.engine.Tensor;

/**
 * The grid {@code xs × ys} of a landscape with room for f and ∇f on it, kept by a view that redraws: each
 * {@link #sample} or {@link #gradientField} of an objective that is one fused program writes into the same memory,
 * which stays in the processor's cache from one redraw to the next instead of being allocated afresh. Not for use by
 * two threads at once.
 *
 * <pre>{@code
 * SurfaceGrid grid = new SurfaceGrid(new Axis(0.01, 4, 140), new Axis(0.01, 4, 140), DType.FLOAT64);
 * Surface s = grid.sample(Objective.parse("x = 1.0\ny = 1.0\nf = -x*log(x) - y*log(y)", "x", "y"));
 * }</pre>
 */
public final class SurfaceGrid {
    private final Axis xs;
    private final Axis ys;
    private final DType dtype;
    private final double[] gridX;
    private final double[] gridY;
    private final Tensor[] grids;
    /** f, ∂f/∂x and ∂f/∂y, overwritten by each fused evaluation. */
    private final Tensor[] field;

    public SurfaceGrid(Axis xs, Axis ys, DType dtype) {
        if (!dtype.isFloating()) {
            throw new IllegalArgumentException("a landscape is sampled in float32 or float64, not " + dtype);
        }
        this.xs = xs;
        this.ys = ys;
        this.dtype = dtype;
        int rows = ys.count();
        int cols = xs.count();
        gridX = new double[Math.multiplyExact(rows, cols)];
        gridY = new double[gridX.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                gridX[r * cols + c] = xs.value(c);
                gridY[r * cols + c] = ys.value(r);
            }
        }
        grids = new Tensor[] {Tensor.fromDoubles(dtype, gridX, rows, cols), Tensor.fromDoubles(dtype, gridY, rows, cols)};
        field = new Tensor[] {Tensor.zeros(dtype, rows, cols), Tensor.zeros(dtype, rows, cols), Tensor.zeros(dtype, rows, cols)};
    }

    /** Whether this grid is the one for these axes and dtype, so a view can keep it. */
    public boolean matches(Axis xs, Axis ys, DType dtype) {
        return this.xs.equals(xs) && this.ys.equals(ys) && this.dtype == dtype;
    }

    /**
     * f, ∂f/∂x and ∂f/∂y at every grid point (as {@link Landscape#gradientField}), or null if the output does not
     * have the grid's shape. Where the objective is one fused program the tensors are this grid's own, overwritten
     * by the next call.
     */
    public Tensor[] gradientField(Objective objective) {
        return Landscape.gradientField(objective, grids, field);
    }

    /** f and ∇f on the grid, for an objective of two scalar variables (x first, then y); the surface is a copy. */
    public Surface sample(Objective objective) {
        Landscape.requireScalars(objective, 2);
        Landscape.Batch batch = Landscape.batched(objective, grids, field);
        int cols = xs.count();
        int last = gridX.length - 1;
        if (batch != null && (batch.fused()
                || Landscape.agrees(objective, batch, new double[][] {gridX, gridY}, new int[] {0, last / 2, last, cols - 1}))) {
            return new Surface(xs, ys, batch.f(), batch.grads()[0], batch.grads()[1], true, batch.note());
        }
        double[] f = new double[gridX.length];
        double[] gx = new double[gridX.length];
        double[] gy = new double[gridX.length];
        String note = null;
        for (int i = 0; i <= last; i++) {
            Objective.Sample s = objective.at(new double[] {gridX[i], gridY[i]});
            f[i] = s.f();
            gx[i] = s.grad()[0];
            gy[i] = s.grad()[1];
            note = note != null ? note : Landscape.problem(s);
        }
        return new Surface(xs, ys, f, gx, gy, false, note);
    }
}
