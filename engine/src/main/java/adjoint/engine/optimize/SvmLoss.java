package adjoint.engine.optimize;

import java.util.Locale;

/** The soft-margin SVM's penalty on a point's functional margin m = y (w·x + b). */
public enum SvmLoss {
    /** {@code max(0, 1 − m)}. */
    HINGE("hinge"),
    /** {@code max(0, 1 − m)²}: the exam's (and the cheat sheet's) form. */
    SQUARED_HINGE("squared-hinge");

    private final String label;

    SvmLoss(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The penalty of one point whose functional margin is {@code margin}. */
    public double penalty(double margin) {
        double slack = Math.max(0, 1 - margin);
        return this == HINGE ? slack : slack * slack;
    }

    public static SvmLoss parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "hinge" -> HINGE;
            case "squared-hinge", "squared_hinge" -> SQUARED_HINGE;
            default -> throw new IllegalArgumentException("unknown loss '" + text + "' (expected hinge or squared-hinge)");
        };
    }
}
