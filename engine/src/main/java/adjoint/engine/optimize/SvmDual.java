package adjoint.engine.optimize;

/**
 * The exact linear SVM from its dual, by SMO with second-order working-set selection (Fan, Chen and Lin 2005, as
 * LIBSVM): minimise {@code ½ αᵀQα − Σα} subject to {@code Σ yα = 0}, {@code 0 ≤ α ≤ C} (hinge), where
 * {@code Q_ij = y_i y_j x_i·x_j}; the squared hinge adds {@code 1/(2C)} to Q's diagonal and drops the upper bound.
 * Iterates until the KKT violation is below 1e-13 (recomputing the gradient from scratch before accepting), so w and
 * b are exact to about 1e-10 on small sets. Pure Java; n² memory.
 *
 * <pre>{@code
 * SvmSolution s = SvmDual.solve(Datasets.midtermQ4(), 1, SvmLoss.HINGE);
 * s.model();          // w = (-1, 1), b = 0 to 1e-13: boundary y = x, margins y = x ± 1
 * s.margin();         // 1.4142135623730951
 * s.supportVectors(); // [1, 3, 5, 6, 7, 11]
 * }</pre>
 */
public final class SvmDual {
    /** Stop when the largest KKT violation {@code m(α) − M(α)} is below this. */
    static final double TOLERANCE = 1e-13;
    /** Points within this of their margin count as support vectors. */
    public static final double SUPPORT_TOLERANCE = 1e-6;
    private static final double TAU = 1e-12;
    private static final int MAX_ITERATIONS = 1_000_000;
    private static final double UNBOUNDED = 1e12;

    private final double[][] q;
    private final double[] y;
    private final double upper;
    private final boolean hardMargin;
    private final double[] alpha;
    private final double[] grad;

    private SvmDual(PointSet points, double c, SvmLoss loss) {
        int n = points.size();
        q = new double[n][n];
        y = new double[n];
        for (int i = 0; i < n; i++) {
            LabeledPoint p = points.get(i);
            y[i] = p.label();
            for (int j = 0; j < n; j++) {
                LabeledPoint r = points.get(j);
                q[i][j] = p.label() * r.label() * (p.x1() * r.x1() + p.x2() * r.x2());
            }
            if (loss == SvmLoss.SQUARED_HINGE) {
                q[i][i] += 1 / (2 * c);
            }
        }
        upper = loss == SvmLoss.HINGE ? c : Double.POSITIVE_INFINITY;
        hardMargin = Double.isInfinite(c);
        alpha = new double[n];
        grad = new double[n];
        java.util.Arrays.fill(grad, -1);
    }

    /**
     * The soft-margin SVM with penalty weight {@code c} ({@code Double.POSITIVE_INFINITY} with the hinge: the hard
     * margin). Refuses a set without both classes, and a hard margin of points no line separates.
     */
    public static SvmSolution solve(PointSet points, double c, SvmLoss loss) {
        if (!(c > 0)) {
            throw new IllegalArgumentException("C must be a number > 0, not " + c);
        }
        if (!points.hasBothClasses()) {
            throw new IllegalArgumentException("an SVM needs points of both classes (+1 and -1)");
        }
        if (Double.isInfinite(c) && loss == SvmLoss.SQUARED_HINGE) {
            loss = SvmLoss.HINGE;
        }
        SvmDual dual = new SvmDual(points, c, loss);
        int iterations = dual.optimise();
        double w1 = 0;
        double w2 = 0;
        for (int i = 0; i < points.size(); i++) {
            w1 += dual.alpha[i] * dual.y[i] * points.get(i).x1();
            w2 += dual.alpha[i] * dual.y[i] * points.get(i).x2();
        }
        LinearModel model = new LinearModel(w1, w2, dual.bias());
        return new SvmSolution(model, dual.alpha, c, loss, model.supportVectors(points, SUPPORT_TOLERANCE),
                model.svmObjective(points, c, loss), model.accuracy(points), iterations);
    }

    private int optimise() {
        int iterations = 0;
        while (true) {
            while (iterations < MAX_ITERATIONS) {
                int[] pair = workingSet();
                if (pair == null) {
                    break;
                }
                update(pair[0], pair[1]);
                iterations++;
                if (alpha[pair[0]] > UNBOUNDED || alpha[pair[1]] > UNBOUNDED) {
                    iterations = MAX_ITERATIONS;
                }
            }
            double drift = refreshGradient();
            if (iterations >= MAX_ITERATIONS || workingSet() == null || drift == 0) {
                break;
            }
        }
        double largest = java.util.Arrays.stream(alpha).max().orElse(0);
        if (iterations >= MAX_ITERATIONS || largest > UNBOUNDED) {
            throw new IllegalArgumentException(hardMargin
                    ? "no line separates these points with a hard margin: give a finite C"
                    : "the SVM did not converge in " + MAX_ITERATIONS + " steps");
        }
        return iterations;
    }

    private boolean belowUpper(int t) {
        return alpha[t] < upper;
    }

    private boolean aboveLower(int t) {
        return alpha[t] > 0;
    }

    /** The maximal violating pair by second-order selection, or null when the KKT conditions hold to tolerance. */
    private int[] workingSet() {
        double gMax = Double.NEGATIVE_INFINITY;
        int i = -1;
        for (int t = 0; t < y.length; t++) {
            if (y[t] > 0 ? belowUpper(t) : aboveLower(t)) {
                double v = -y[t] * grad[t];
                if (v >= gMax) {
                    gMax = v;
                    i = t;
                }
            }
        }
        if (i < 0) {
            return null;
        }
        double gMax2 = Double.NEGATIVE_INFINITY;
        double best = Double.POSITIVE_INFINITY;
        int j = -1;
        for (int t = 0; t < y.length; t++) {
            if (y[t] > 0 ? aboveLower(t) : belowUpper(t)) {
                double v = y[t] * grad[t];
                gMax2 = Math.max(gMax2, v);
                double diff = gMax + v;
                if (diff > 0) {
                    double quad = q[i][i] + q[t][t] - 2 * y[i] * y[t] * q[i][t];
                    double gain = -diff * diff / (quad > 0 ? quad : TAU);
                    if (gain <= best) {
                        best = gain;
                        j = t;
                    }
                }
            }
        }
        return gMax + gMax2 < TOLERANCE || j < 0 ? null : new int[] {i, j};
    }

    /** LIBSVM's two-variable step, clipped to the box. */
    private void update(int i, int j) {
        double oldI = alpha[i];
        double oldJ = alpha[j];
        double c = upper;
        if (y[i] != y[j]) {
            double quad = q[i][i] + q[j][j] + 2 * q[i][j];
            double delta = (-grad[i] - grad[j]) / (quad > 0 ? quad : TAU);
            double diff = alpha[i] - alpha[j];
            alpha[i] += delta;
            alpha[j] += delta;
            if (diff > 0) {
                if (alpha[j] < 0) {
                    alpha[j] = 0;
                    alpha[i] = diff;
                }
            } else if (alpha[i] < 0) {
                alpha[i] = 0;
                alpha[j] = -diff;
            }
            if (diff > 0) {
                if (alpha[i] > c) {
                    alpha[i] = c;
                    alpha[j] = c - diff;
                }
            } else if (alpha[j] > c) {
                alpha[j] = c;
                alpha[i] = c + diff;
            }
        } else {
            double quad = q[i][i] + q[j][j] - 2 * q[i][j];
            double delta = (grad[i] - grad[j]) / (quad > 0 ? quad : TAU);
            double sum = alpha[i] + alpha[j];
            alpha[i] -= delta;
            alpha[j] += delta;
            if (sum > c) {
                if (alpha[i] > c) {
                    alpha[i] = c;
                    alpha[j] = sum - c;
                }
            } else if (alpha[j] < 0) {
                alpha[j] = 0;
                alpha[i] = sum;
            }
            if (sum > c) {
                if (alpha[j] > c) {
                    alpha[j] = c;
                    alpha[i] = sum - c;
                }
            } else if (alpha[i] < 0) {
                alpha[i] = 0;
                alpha[j] = sum;
            }
        }
        double dI = alpha[i] - oldI;
        double dJ = alpha[j] - oldJ;
        for (int t = 0; t < y.length; t++) {
            grad[t] += q[t][i] * dI + q[t][j] * dJ;
        }
    }

    /** Recomputes {@code Qα − 1} exactly; returns the largest change, to catch drift from incremental updates. */
    private double refreshGradient() {
        double drift = 0;
        for (int t = 0; t < y.length; t++) {
            double g = -1;
            for (int s = 0; s < y.length; s++) {
                g += q[t][s] * alpha[s];
            }
            drift = Math.max(drift, Math.abs(g - grad[t]));
            grad[t] = g;
        }
        return drift;
    }

    /** b = −ρ, with ρ the mean of {@code y G} over free α (or the middle of its feasible interval if none is free). */
    private double bias() {
        double ub = Double.POSITIVE_INFINITY;
        double lb = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int free = 0;
        for (int t = 0; t < y.length; t++) {
            double yg = y[t] * grad[t];
            boolean atUpper = !belowUpper(t);
            boolean atLower = !aboveLower(t);
            if (atUpper) {
                if (y[t] < 0) {
                    ub = Math.min(ub, yg);
                } else {
                    lb = Math.max(lb, yg);
                }
            } else if (atLower) {
                if (y[t] > 0) {
                    ub = Math.min(ub, yg);
                } else {
                    lb = Math.max(lb, yg);
                }
            } else {
                free++;
                sum += yg;
            }
        }
        double rho = free > 0 ? sum / free : (ub + lb) / 2;
        return -rho;
    }
}
