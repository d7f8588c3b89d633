package adjoint.engine.nn;

import adjoint.engine.Tensor;
import java.util.Objects;

/**
 * The squared hinge {@code max(0, 1 - y s)²} of scores {@code s} and labels {@code y = ±1}, reduced by
 * {@code reduction}: the soft-margin SVM loss. Not a PyTorch module.
 *
 * <pre>{@code
 * new SquaredHingeLoss().apply(Tensor.of(0.5, 2), Tensor.of(1, 1)).item(); // 0.125
 * }</pre>
 */
public record SquaredHingeLoss(Reduction reduction) implements Loss {
    public SquaredHingeLoss {
        Objects.requireNonNull(reduction, "reduction");
    }

    public SquaredHingeLoss() {
        this(Reduction.MEAN);
    }

    @Override
    public Tensor apply(Tensor scores, Tensor labels) {
        return Functional.squaredHingeLoss(scores, labels, reduction);
    }
}
