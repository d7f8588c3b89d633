package adjoint.engine.nn;

import adjoint.engine.Tensor;
import adjoint.engine.TensorException;
import java.util.Objects;

/**
 * Cross-entropy of logits {@code [N, C]} (or {@code [C]}, or {@code [N, C, d...]}) against int64 class indices or
 * class probabilities, as {@code torch.nn.CrossEntropyLoss}: optional per-class {@code weight} (null for none),
 * {@code ignoreIndex} (-100), {@code labelSmoothing} (0) and {@code reduction} (mean). The withers return a copy.
 *
 * <pre>{@code
 * var ce = new CrossEntropyLoss().labelSmoothing(0.1);
 * ce.apply(Tensor.of(new double[][] {{2, 1, 0}}), Tensor.fromLongs(DType.INT64, new long[] {0}, 1)).item(); // 0.5076
 * }</pre>
 */
public record CrossEntropyLoss(Tensor weight, long ignoreIndex, double labelSmoothing, Reduction reduction)
        implements Loss {
    public CrossEntropyLoss {
        Objects.requireNonNull(reduction, "reduction");
        if (!(labelSmoothing >= 0 && labelSmoothing <= 1)) {
            throw new TensorException("label_smoothing must be between 0.0 and 1.0. Got: " + labelSmoothing);
        }
    }

    public CrossEntropyLoss() {
        this(null, -100, 0, Reduction.MEAN);
    }

    public CrossEntropyLoss(Reduction reduction) {
        this(null, -100, 0, reduction);
    }

    public CrossEntropyLoss weight(Tensor classWeight) {
        return new CrossEntropyLoss(classWeight, ignoreIndex, labelSmoothing, reduction);
    }

    public CrossEntropyLoss ignoreIndex(long index) {
        return new CrossEntropyLoss(weight, index, labelSmoothing, reduction);
    }

    public CrossEntropyLoss labelSmoothing(double smoothing) {
        return new CrossEntropyLoss(weight, ignoreIndex, smoothing, reduction);
    }

    public CrossEntropyLoss reduction(Reduction how) {
        return new CrossEntropyLoss(weight, ignoreIndex, labelSmoothing, how);
    }

    @Override
    public Tensor apply(Tensor input, Tensor target) {
        return Functional.crossEntropy(input, target, weight, ignoreIndex, reduction, labelSmoothing);
    }
}
