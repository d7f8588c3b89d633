package adjoint.engine.optimize;

/**
 * f and f' sampled along one axis: the one-variable landscape. NaN where f is undefined.
 *
 * <pre>{@code
 * Curve c = Landscape.curve(Objective.parse("x = 6.0\nf = (3 - log(x**2))**2", "x"), new Axis(0.5, 8, 200));
 * c.f(0); c.slope(0); c.note(); // null: defined everywhere on [0.5, 8]
 * }</pre>
 */
public final class Curve {
    private final Axis axis;
    private final double[] f;
    private final double[] slope;
    private final boolean batched;
    private final String note;

    Curve(Axis axis, double[] f, double[] slope, boolean batched, String note) {
        this.axis = axis;
        this.f = f;
        this.slope = slope;
        this.batched = batched;
        this.note = note;
    }

    public Axis axis() {
        return axis;
    }

    public int size() {
        return f.length;
    }

    public double x(int i) {
        return axis.value(i);
    }

    public double f(int i) {
        return f[i];
    }

    /** df/dx at sample {@code i}. */
    public double slope(int i) {
        return slope[i];
    }

    public boolean isDefined(int i) {
        return Double.isFinite(f[i]);
    }

    /** Whether one batched evaluation gave every sample (false: the graph mixes samples, so each was evaluated alone). */
    public boolean batched() {
        return batched;
    }

    /** Why some samples are undefined ({@code "log of a negative number is not defined (nan), at w2 = log(x)"}), or null. */
    public String note() {
        return note;
    }

    /** The smallest and largest finite f, or null if none is finite. */
    public double[] range() {
        return Surface.finiteRange(f);
    }
}
