package adjoint.engine.symbolic;

import adjoint.engine.Tensor;
import java.util.Arrays;

/** Whether two values agree, to a tolerance that float64 rounding of equivalent formulas stays well inside. */
final class Compare {
    private static final double RTOL = 1e-7;
    private static final double ATOL = 1e-9;

    private Compare() {
    }

    static boolean close(double got, double expected) {
        if (Double.isNaN(got) || Double.isNaN(expected)) {
            return Double.isNaN(got) && Double.isNaN(expected);
        }
        if (Double.isInfinite(got) || Double.isInfinite(expected)) {
            return got == expected;
        }
        return Math.abs(got - expected) <= ATOL + RTOL * Math.abs(expected);
    }

    /** Equal shapes (or a one-element answer against a one-element value, or a number for every element) and close values. */
    static boolean close(Tensor got, Tensor expected) {
        double[] e = expected.toDoubles();
        double[] g = got.toDoubles();
        if (g.length == 1 && e.length != 1) {
            g = new double[e.length];
            Arrays.fill(g, got.toDoubles()[0]);
        } else if (g.length != e.length || e.length != 1 && !Arrays.equals(got.shape(), expected.shape())) {
            return false;
        }
        for (int i = 0; i < e.length; i++) {
            if (!close(g[i], e[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean allFinite(Tensor t) {
        for (double d : t.toDoubles()) {
            if (!Double.isFinite(d)) {
                return false;
            }
        }
        return true;
    }

    /** {@code got / expected} when both hold one element and it is finite, else NaN. */
    static double ratio(Tensor got, Tensor expected) {
        if (got.numel() != 1 || expected.numel() != 1) {
            double[] g = got.toDoubles();
            double[] e = expected.toDoubles();
            if (g.length != e.length) {
                return Double.NaN;
            }
            double r = Double.NaN;
            for (int i = 0; i < e.length; i++) {
                if (e[i] == 0 && g[i] == 0) {
                    continue;
                }
                double ri = g[i] / e[i];
                if (!Double.isFinite(ri) || !Double.isNaN(r) && !close(ri, r)) {
                    return Double.NaN;
                }
                r = ri;
            }
            return r;
        }
        double r = got.item() / expected.item();
        return Double.isFinite(r) ? r : Double.NaN;
    }
}
