package adjoint.engine.nn;

import adjoint.engine.Tensor;
import java.util.Objects;

/**
 * The SVM hinge {@code max(0, 1 - y s)} of scores {@code s} and labels {@code y = ±1}, reduced by
 * {@code reduction}. Not a PyTorch module; its gradient at margin exactly 1 is {@code -y}, as PyTorch's clamp.
 *
 * <pre>{@code
 * new HingeLoss().apply(Tensor.of(0.5, 2), Tensor.of(1, 1)).item(); // 0.25
 * }</pre>
 */
public record HingeLoss(Reduction reduction) implements Loss {
    public HingeLoss {
        Objects.requireNonNull(reduction, "reduction");
    }

    public HingeLoss() {
        this(Reduction.MEAN);
    }

    @Override
    public Tensor apply(Tensor scores, Tensor labels) {
        return Functional.hingeLoss(scores, labels, reduction);
    }
}
