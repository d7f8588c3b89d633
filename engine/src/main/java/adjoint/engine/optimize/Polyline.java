package adjoint.engine.optimize;

/**
 * A contour line: points {@code (xs[i], ys[i])} in order, closed when the last point joins the first (the first
 * point is not repeated).
 */
public record Polyline(double level, double[] xs, double[] ys, boolean closed) {
    public Polyline {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("xs and ys differ in length");
        }
        xs = xs.clone();
        ys = ys.clone();
    }

    @Override
    public double[] xs() {
        return xs.clone();
    }

    @Override
    public double[] ys() {
        return ys.clone();
    }

    public int size() {
        return xs.length;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }
}
