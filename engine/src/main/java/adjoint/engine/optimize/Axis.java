package adjoint.engine.optimize;

/**
 * Evenly spaced sample positions from {@code min} to {@code max} inclusive, for one axis of a landscape.
 *
 * <pre>{@code
 * new Axis(0, 1, 5).value(1); // 0.25
 * }</pre>
 */
public record Axis(double min, double max, int count) {
    public Axis {
        if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
            throw new IllegalArgumentException("an axis needs finite bounds with min < max, not " + min + " .. " + max);
        }
        if (count < 2) {
            throw new IllegalArgumentException("an axis needs at least 2 samples, not " + count);
        }
    }

    /** The position of sample {@code i}; the last is exactly {@code max}. */
    public double value(int i) {
        return i == count - 1 ? max : min + (max - min) * i / (count - 1);
    }

    public double[] values() {
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = value(i);
        }
        return v;
    }

    /** The spacing between neighbouring samples. */
    public double step() {
        return (max - min) / (count - 1);
    }
}
