package adjoint.engine.optimize;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * An immutable list of labelled points: what the SVM and logistic-regression views edit (each edit returns a new
 * set) and train on.
 *
 * <pre>{@code
 * PointSet s = Datasets.midtermQ4().add(new LabeledPoint(5, 5, -1)).relabel(0).remove(1);
 * s.features(DType.FLOAT64).shape(); // [11, 2]
 * }</pre>
 */
public final class PointSet {
    private final List<LabeledPoint> points;

    private PointSet(List<LabeledPoint> points) {
        this.points = List.copyOf(points);
    }

    public static PointSet of(List<LabeledPoint> points) {
        return new PointSet(points);
    }

    public static PointSet empty() {
        return new PointSet(List.of());
    }

    public List<LabeledPoint> points() {
        return points;
    }

    public int size() {
        return points.size();
    }

    public LabeledPoint get(int i) {
        return points.get(i);
    }

    public PointSet add(LabeledPoint p) {
        List<LabeledPoint> list = new ArrayList<>(points);
        list.add(p);
        return new PointSet(list);
    }

    public PointSet remove(int i) {
        List<LabeledPoint> list = new ArrayList<>(points);
        list.remove(i);
        return new PointSet(list);
    }

    public PointSet move(int i, double x1, double x2) {
        return replace(i, points.get(i).movedTo(x1, x2));
    }

    /** The set with point {@code i} in the other class. */
    public PointSet relabel(int i) {
        return replace(i, points.get(i).flipped());
    }

    public PointSet replace(int i, LabeledPoint p) {
        List<LabeledPoint> list = new ArrayList<>(points);
        list.set(i, p);
        return new PointSet(list);
    }

    /** Whether both classes have at least one point: what training a classifier needs. */
    public boolean hasBothClasses() {
        return points.stream().anyMatch(p -> p.label() > 0) && points.stream().anyMatch(p -> p.label() < 0);
    }

    /** The points as a {@code [n, 2]} tensor. */
    public Tensor features(DType dtype) {
        double[] data = new double[2 * size()];
        for (int i = 0; i < size(); i++) {
            data[2 * i] = points.get(i).x1();
            data[2 * i + 1] = points.get(i).x2();
        }
        return Tensor.fromDoubles(dtype, data, size(), 2);
    }

    /** The labels (±1) as a {@code [n]} tensor. */
    public Tensor labels(DType dtype) {
        return Tensor.fromDoubles(dtype, points.stream().mapToDouble(LabeledPoint::label).toArray(), size());
    }

    /** {@code [min x1, max x1, min x2, max x2]}, or null for no points. */
    public double[] bounds() {
        if (points.isEmpty()) {
            return null;
        }
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (LabeledPoint p : points) {
            b[0] = Math.min(b[0], p.x1());
            b[1] = Math.max(b[1], p.x1());
            b[2] = Math.min(b[2], p.x2());
            b[3] = Math.max(b[3], p.x2());
        }
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointSet other && points.equals(other.points);
    }

    @Override
    public int hashCode() {
        return points.hashCode();
    }

    @Override
    public String toString() {
        return "PointSet" + points;
    }
}
