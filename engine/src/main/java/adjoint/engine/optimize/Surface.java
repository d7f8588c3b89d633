package adjoint.engine.optimize;

/**
 * f and ∇f sampled on a grid of two variables: the landscape's heatmap, contours and gradient arrows. Row {@code r}
 * is {@code y = ys.value(r)}, column {@code c} is {@code x = xs.value(c)}. NaN where f is undefined.
 *
 * <pre>{@code
 * Surface s = Landscape.surface(Objective.parse("x = 1.0\ny = 1.0\nf = -x*log(x) - y*log(y)", "x", "y"),
 *         new Axis(-1, 4, 101), new Axis(-1, 4, 101));
 * s.isDefined(0, 0);   // false: log of a negative number
 * s.note();            // "log of a negative number is not defined (nan), at w4 = log(x)"
 * }</pre>
 */
public final class Surface {
    private final Axis xs;
    private final Axis ys;
    private final double[] f;
    private final double[] gx;
    private final double[] gy;
    private final boolean batched;
    private final String note;

    Surface(Axis xs, Axis ys, double[] f, double[] gx, double[] gy, boolean batched, String note) {
        this.xs = xs;
        this.ys = ys;
        this.f = f;
        this.gx = gx;
        this.gy = gy;
        this.batched = batched;
        this.note = note;
    }

    public Axis xs() {
        return xs;
    }

    public Axis ys() {
        return ys;
    }

    public int rows() {
        return ys.count();
    }

    public int columns() {
        return xs.count();
    }

    public double f(int row, int column) {
        return f[row * xs.count() + column];
    }

    /** ∂f/∂x at a grid point. */
    public double gradX(int row, int column) {
        return gx[row * xs.count() + column];
    }

    /** ∂f/∂y at a grid point. */
    public double gradY(int row, int column) {
        return gy[row * xs.count() + column];
    }

    public boolean isDefined(int row, int column) {
        return Double.isFinite(f(row, column));
    }

    /** How many grid points have no finite value. */
    public int undefinedCount() {
        int n = 0;
        for (double v : f) {
            n += Double.isFinite(v) ? 0 : 1;
        }
        return n;
    }

    /** f row by row, a copy. */
    public double[][] values() {
        double[][] out = new double[rows()][];
        for (int r = 0; r < rows(); r++) {
            out[r] = java.util.Arrays.copyOfRange(f, r * columns(), (r + 1) * columns());
        }
        return out;
    }

    /** Whether one batched evaluation gave every point (false: the graph mixes points, so each was evaluated alone). */
    public boolean batched() {
        return batched;
    }

    /** Why some points are undefined, e.g. {@code "log of a negative number is not defined (nan), at w2 = log(x)"}, or null. */
    public String note() {
        return note;
    }

    /** The smallest and largest finite f, or null if none is finite. */
    public double[] range() {
        return finiteRange(f);
    }

    static double[] finiteRange(double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return lo > hi ? null : new double[] {lo, hi};
    }
}
