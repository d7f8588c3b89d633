package adjoint.engine.optimize;

/**
 * A point of the plane with a class label of +1 or −1.
 *
 * <pre>{@code
 * new LabeledPoint(2, 3, +1).flipped(); // LabeledPoint[x1=2.0, x2=3.0, label=-1]
 * }</pre>
 */
public record LabeledPoint(double x1, double x2, int label) {
    public LabeledPoint {
        if (!Double.isFinite(x1) || !Double.isFinite(x2)) {
            throw new IllegalArgumentException("a point needs finite coordinates, not (" + x1 + ", " + x2 + ")");
        }
        if (label != 1 && label != -1) {
            throw new IllegalArgumentException("a label must be +1 or -1, not " + label);
        }
    }

    /** The same point in the other class. */
    public LabeledPoint flipped() {
        return new LabeledPoint(x1, x2, -label);
    }

    public LabeledPoint movedTo(double newX1, double newX2) {
        return new LabeledPoint(newX1, newX2, label);
    }
}
