package adjoint.engine.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear classifier {@code sign(w·x + b)} of the plane (sign 0 counts as +1, as the midterm's Q5): what the SVM
 * and logistic-regression views draw. The boundary is {@code w·x + b = 0}, the SVM margins {@code w·x + b = ±1}.
 *
 * <pre>{@code
 * LinearModel m = new LinearModel(-1, 1, 0);   // midterm Q4: y = x
 * m.margin();                                  // 1.4142: 2/‖w‖
 * m.supportVectors(Datasets.midtermQ4(), 1e-6); // indices of (2,3), (3,4), (6,7), (3,2), (4,3), (8,7)
 * }</pre>
 */
public record LinearModel(double w1, double w2, double b) {
    public double score(double x1, double x2) {
        return w1 * x1 + w2 * x2 + b;
    }

    /** {@code y (w·x + b)}: at least 1 on the right side of the margin, below 0 when misclassified. */
    public double functionalMargin(LabeledPoint p) {
        return p.label() * score(p.x1(), p.x2());
    }

    public int predict(double x1, double x2) {
        return score(x1, x2) >= 0 ? 1 : -1;
    }

    public double norm() {
        return Math.hypot(w1, w2);
    }

    /** The SVM margin width {@code 2/‖w‖}: infinite for w = 0. */
    public double margin() {
        return Math.sqrt(4 / (w1 * w1 + w2 * w2)); // 2/‖w‖, rounded once: √2 exactly for w = (−1, 1)
    }

    /** The fraction of points classified correctly. */
    public double accuracy(PointSet points) {
        if (points.size() == 0) {
            return Double.NaN;
        }
        long right = points.points().stream().filter(p -> predict(p.x1(), p.x2()) == p.label()).count();
        return (double) right / points.size();
    }

    /** Indices of the points on or inside the margins: {@code y (w·x + b) ≤ 1 + tolerance}. */
    public List<Integer> supportVectors(PointSet points, double tolerance) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (functionalMargin(points.get(i)) <= 1 + tolerance) {
                out.add(i);
            }
        }
        return out;
    }

    /** Each point's slack {@code max(0, 1 − y (w·x + b))}: how far it violates its margin. */
    public double[] slacks(PointSet points) {
        return points.points().stream().mapToDouble(p -> Math.max(0, 1 - functionalMargin(p))).toArray();
    }

    /** The soft-margin objective {@code ½‖w‖² + C Σ penalty(y (w·x + b))}. */
    public double svmObjective(PointSet points, double c, SvmLoss loss) {
        double sum = 0;
        for (LabeledPoint p : points.points()) {
            sum += loss.penalty(functionalMargin(p));
        }
        return 0.5 * (w1 * w1 + w2 * w2) + (sum == 0 ? 0 : c * sum);
    }
}
