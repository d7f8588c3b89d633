package adjoint.engine.nn;

import adjoint.engine.Tensor;
import java.util.Objects;

/**
 * Binary cross-entropy of {@code sigmoid(input)}, computed stably from the logits, as
 * {@code torch.nn.BCEWithLogitsLoss}: optional elementwise {@code weight} and per-class {@code posWeight} (null for
 * none) that scales the positive term.
 *
 * <pre>{@code
 * new BCEWithLogitsLoss().apply(Tensor.of(0), Tensor.of(1)).item();                    // 0.6931
 * new BCEWithLogitsLoss().posWeight(Tensor.of(2)).apply(Tensor.of(0), Tensor.of(1)).item(); // 1.3863
 * }</pre>
 */
public record BCEWithLogitsLoss(Tensor weight, Tensor posWeight, Reduction reduction) implements Loss {
    public BCEWithLogitsLoss {
        Objects.requireNonNull(reduction, "reduction");
    }

    public BCEWithLogitsLoss() {
        this(null, null, Reduction.MEAN);
    }

    public BCEWithLogitsLoss(Reduction reduction) {
        this(null, null, reduction);
    }

    public BCEWithLogitsLoss weight(Tensor elementWeight) {
        return new BCEWithLogitsLoss(elementWeight, posWeight, reduction);
    }

    public BCEWithLogitsLoss posWeight(Tensor positiveWeight) {
        return new BCEWithLogitsLoss(weight, positiveWeight, reduction);
    }

    public BCEWithLogitsLoss reduction(Reduction how) {
        return new BCEWithLogitsLoss(weight, posWeight, how);
    }

    @Override
    public Tensor apply(Tensor input, Tensor target) {
        return Functional.binaryCrossEntropyWithLogits(input, target, weight, posWeight, reduction);
    }
}
