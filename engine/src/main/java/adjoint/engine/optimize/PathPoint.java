package adjoint.engine.optimize;

/**
 * One iterate of a path: the point before step {@code step + 1}, with f and ∇f there.
 *
 * @param step   k, from 0 (the start)
 * @param values the variables' values, flattened as in {@link Objective#variables()}
 * @param f      the function's value, NaN or infinite where it stopped being defined
 * @param grad   ∇f at {@code values}
 */
public record PathPoint(int step, double[] values, double f, double[] grad) {
    public PathPoint {
        values = values.clone();
        grad = grad.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double[] grad() {
        return grad.clone();
    }

    /** Coordinate {@code i} of the point. */
    public double value(int i) {
        return values[i];
    }

    /** ∂f/∂ coordinate {@code i}. */
    public double gradient(int i) {
        return grad[i];
    }
}
