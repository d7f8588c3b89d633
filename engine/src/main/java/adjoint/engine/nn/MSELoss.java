package adjoint.engine.nn;

import adjoint.engine.Tensor;
import java.util.Objects;

/**
 * Squared error {@code (input - target)²} reduced by {@code reduction}, as {@code torch.nn.MSELoss}.
 *
 * <pre>{@code
 * new MSELoss().apply(Tensor.of(1, 2), Tensor.of(1, 4)).item();              // 2.0
 * new MSELoss(Reduction.SUM).apply(Tensor.of(1, 2), Tensor.of(1, 4)).item(); // 4.0
 * }</pre>
 */
public record MSELoss(Reduction reduction) implements Loss {
    public MSELoss {
        Objects.requireNonNull(reduction, "reduction");
    }

    public MSELoss() {
        this(Reduction.MEAN);
    }

    @Override
    public Tensor apply(Tensor input, Tensor target) {
        return Functional.mseLoss(input, target, reduction);
    }
}
