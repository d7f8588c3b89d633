package adjoint.engine.optimize;

/**
 * The tangent line of a one-variable function at {@code x}: {@code t ↦ f + slope (t - x)}.
 *
 * <pre>{@code
 * new Tangent(2, 4, 4).y(3); // 8.0: the tangent of x² at 2
 * }</pre>
 */
public record Tangent(double x, double f, double slope) {
    public double y(double t) {
        return f + slope * (t - x);
    }
}
