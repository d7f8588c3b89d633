package adjoint.engine.nn;

import adjoint.engine.Tensor;
import adjoint.engine.TensorException;

/** How a loss combines its per-element values, as PyTorch's {@code reduction=} argument. */
public enum Reduction {
    MEAN, SUM, NONE;

    /** Parses {@code "mean"}, {@code "sum"} or {@code "none"}. */
    public static Reduction parse(String text) {
        return switch (text) {
            case "mean" -> MEAN;
            case "sum" -> SUM;
            case "none" -> NONE;
            default -> throw new TensorException(text + " is not a valid value for reduction");
        };
    }

    Tensor apply(Tensor perElement) {
        return switch (this) {
            case MEAN -> perElement.mean();
            case SUM -> perElement.sum();
            case NONE -> perElement;
        };
    }
}
