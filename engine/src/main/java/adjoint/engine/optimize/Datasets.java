package adjoint.engine.optimize;

import adjoint.engine.DType;
import adjoint.engine.Generator;
import adjoint.engine.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The SVM view's datasets: the midterm's points, the implication truth table, and seeded random sets (the same
 * seed gives the same points on every machine).
 *
 * <pre>{@code
 * Datasets.midtermQ4().size();        // 12
 * Datasets.blobs(100, 1.5, 0).size(); // 200: the cheat sheet's TwoClassDataset(N=100, sigma=1.5)
 * Datasets.named("moons");            // 100 points, seed 0
 * }</pre>
 */
public final class Datasets {
    /** The names {@link #named} knows. */
    public static final List<String> NAMES = List.of("midterm-q4", "implication", "blobs", "xor", "circles", "moons");

    private Datasets() {
    }

    /**
     * Midterm Q4: class X (+1) {(1,4), (2,3), (2,9), (3,4), (4,7), (6,7)} above the line y = x, class O (−1)
     * {(3,2), (4,3), (5,3), (6,1), (7,4), (8,7)} below it. The max-margin boundary is y = x, i.e. w ∝ [−1, 1].
     */
    public static PointSet midtermQ4() {
        List<LabeledPoint> p = new ArrayList<>();
        double[][] x = {{1, 4}, {2, 3}, {2, 9}, {3, 4}, {4, 7}, {6, 7}};
        double[][] o = {{3, 2}, {4, 3}, {5, 3}, {6, 1}, {7, 4}, {8, 7}};
        for (double[] q : x) {
            p.add(new LabeledPoint(q[0], q[1], 1));
        }
        for (double[] q : o) {
            p.add(new LabeledPoint(q[0], q[1], -1));
        }
        return PointSet.of(p);
    }

    /** Midterm Q5: A ⟹ B on {+1, −1}², features (A, B): false only at (+1, −1). */
    public static PointSet implication() {
        return PointSet.of(List.of(new LabeledPoint(1, 1, 1), new LabeledPoint(-1, 1, 1),
                new LabeledPoint(1, -1, -1), new LabeledPoint(-1, -1, 1)));
    }

    /**
     * The cheat sheet's {@code TwoClassDataset(N, sigma)}: {@code N} points {@code sigma·randn + (−1, 1)} of class
     * +1, then {@code N} points {@code sigma·randn + (1, −1)} of class −1.
     */
    public static PointSet blobs(int perClass, double sigma, long seed) {
        Generator g = new Generator(seed);
        Tensor plus = Tensor.randn(g, perClass, 2).to(DType.FLOAT64).mul(sigma).add(Tensor.of(-1, 1));
        Tensor minus = Tensor.randn(g, perClass, 2).to(DType.FLOAT64).mul(sigma).add(Tensor.of(1, -1));
        List<LabeledPoint> p = new ArrayList<>();
        addRows(p, plus.toDoubles(), 1);
        addRows(p, minus.toDoubles(), -1);
        return PointSet.of(p);
    }

    /** XOR: {@code perCluster} points around each corner (±1, ±1); class +1 where the signs agree, −1 where not. */
    public static PointSet xor(int perCluster, double noise, long seed) {
        Generator g = new Generator(seed);
        List<LabeledPoint> p = new ArrayList<>();
        int[][] corners = {{1, 1}, {-1, -1}, {1, -1}, {-1, 1}};
        for (int[] c : corners) {
            for (int i = 0; i < perCluster; i++) {
                p.add(new LabeledPoint(c[0] + noise * g.nextGaussian(), c[1] + noise * g.nextGaussian(), c[0] * c[1]));
            }
        }
        return PointSet.of(p);
    }

    /** Two concentric circles as scikit-learn's {@code make_circles}: the inner one (radius {@code factor}) is +1. */
    public static PointSet circles(int perClass, double noise, double factor, long seed) {
        Generator g = new Generator(seed);
        List<LabeledPoint> p = new ArrayList<>();
        for (int label : new int[] {-1, 1}) {
            double r = label > 0 ? factor : 1;
            for (int i = 0; i < perClass; i++) {
                double t = 2 * Math.PI * i / perClass;
                p.add(new LabeledPoint(r * Math.cos(t) + noise * g.nextGaussian(), r * Math.sin(t) + noise * g.nextGaussian(),
                        label));
            }
        }
        return PointSet.of(p);
    }

    /** Two interleaved half circles as scikit-learn's {@code make_moons}: the upper one is +1, the lower −1. */
    public static PointSet moons(int perClass, double noise, long seed) {
        Generator g = new Generator(seed);
        List<LabeledPoint> p = new ArrayList<>();
        for (int i = 0; i < perClass; i++) {
            double t = Math.PI * i / (perClass - 1);
            p.add(new LabeledPoint(Math.cos(t) + noise * g.nextGaussian(), Math.sin(t) + noise * g.nextGaussian(), 1));
        }
        for (int i = 0; i < perClass; i++) {
            double t = Math.PI * i / (perClass - 1);
            p.add(new LabeledPoint(1 - Math.cos(t) + noise * g.nextGaussian(), 0.5 - Math.sin(t) + noise * g.nextGaussian(),
                    -1));
        }
        return PointSet.of(p);
    }

    /** A dataset by name (see {@link #NAMES}) with its default size, noise and seed 0. */
    public static PointSet named(String name) {
        return switch (name) {
            case "midterm-q4" -> midtermQ4();
            case "implication" -> implication();
            case "blobs" -> blobs(100, 1.5, 0);
            case "xor" -> xor(25, 0.3, 0);
            case "circles" -> circles(50, 0.08, 0.5, 0);
            case "moons" -> moons(50, 0.1, 0);
            default -> throw new IllegalArgumentException("no dataset '" + name + "' (expected one of "
                    + String.join(", ", NAMES) + ")");
        };
    }

    private static void addRows(List<LabeledPoint> p, double[] xy, int label) {
        for (int i = 0; i + 1 < xy.length; i += 2) {
            p.add(new LabeledPoint(xy[i], xy[i + 1], label));
        }
    }
}
