package adjoint.engine.nn;

import adjoint.engine.Tensor;
import java.util.Objects;

/**
 * Absolute error {@code |input - target|} reduced by {@code reduction}, as {@code torch.nn.L1Loss}.
 *
 * <pre>{@code
 * new L1Loss().apply(Tensor.of(1, 2), Tensor.of(0, 4)).item(); // 1.5
 * }</pre>
 */
public record L1Loss(Reduction reduction) implements Loss {
    public L1Loss {
        Objects.requireNonNull(reduction, "reduction");
    }

    public L1Loss() {
        this(Reduction.MEAN);
    }

    @Override
    public Tensor apply(Tensor input, Tensor target) {
        return Functional.l1Loss(input, target, reduction);
    }
}
