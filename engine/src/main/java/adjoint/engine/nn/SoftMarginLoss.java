package adjoint.engine.nn;

import adjoint.engine.Tensor;
import java.util.Objects;

/**
 * {@code log(1 + exp(-y x))} for labels {@code y = ±1}, as {@code torch.nn.SoftMarginLoss}.
 *
 * <pre>{@code
 * new SoftMarginLoss().apply(Tensor.of(0), Tensor.of(1)).item(); // 0.6931
 * }</pre>
 */
public record SoftMarginLoss(Reduction reduction) implements Loss {
    public SoftMarginLoss {
        Objects.requireNonNull(reduction, "reduction");
    }

    public SoftMarginLoss() {
        this(Reduction.MEAN);
    }

    @Override
    public Tensor apply(Tensor input, Tensor target) {
        return Functional.softMarginLoss(input, target, reduction);
    }
}
