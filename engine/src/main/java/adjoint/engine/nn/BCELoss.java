package adjoint.engine.nn;

import adjoint.engine.Tensor;
import java.util.Objects;

/**
 * Binary cross-entropy of probabilities in [0, 1], logs clamped at -100, as {@code torch.nn.BCELoss}; optional
 * elementwise {@code weight} (null for none).
 *
 * <pre>{@code
 * new BCELoss().apply(Tensor.of(0.8), Tensor.of(1)).item(); // 0.2231
 * }</pre>
 */
public record BCELoss(Tensor weight, Reduction reduction) implements Loss {
    public BCELoss {
        Objects.requireNonNull(reduction, "reduction");
    }

    public BCELoss() {
        this(null, Reduction.MEAN);
    }

    public BCELoss(Reduction reduction) {
        this(null, reduction);
    }

    public BCELoss weight(Tensor elementWeight) {
        return new BCELoss(elementWeight, reduction);
    }

    public BCELoss reduction(Reduction how) {
        return new BCELoss(weight, how);
    }

    @Override
    public Tensor apply(Tensor input, Tensor target) {
        return Functional.binaryCrossEntropy(input, target, weight, reduction);
    }
}
