package adjoint.engine.nn;

import adjoint.engine.Tensor;
import java.util.Objects;

/**
 * Negative log-likelihood of log-probabilities {@code [N, C]} at int64 class indices, as {@code torch.nn.NLLLoss}:
 * optional per-class {@code weight} (null for none), {@code ignoreIndex} (-100) and {@code reduction} (mean; a
 * weighted mean divides by the sum of the picked weights).
 *
 * <pre>{@code
 * var logp = Tensor.of(new double[][] {{-0.5, -1.0}});
 * new NLLLoss().apply(logp, Tensor.fromLongs(DType.INT64, new long[] {1}, 1)).item(); // 1.0
 * }</pre>
 */
public record NLLLoss(Tensor weight, long ignoreIndex, Reduction reduction) implements Loss {
    public NLLLoss {
        Objects.requireNonNull(reduction, "reduction");
    }

    public NLLLoss() {
        this(null, -100, Reduction.MEAN);
    }

    public NLLLoss(Reduction reduction) {
        this(null, -100, reduction);
    }

    public NLLLoss weight(Tensor classWeight) {
        return new NLLLoss(classWeight, ignoreIndex, reduction);
    }

    public NLLLoss ignoreIndex(long index) {
        return new NLLLoss(weight, index, reduction);
    }

    public NLLLoss reduction(Reduction how) {
        return new NLLLoss(weight, ignoreIndex, how);
    }

    @Override
    public Tensor apply(Tensor input, Tensor target) {
        return Functional.nllLoss(input, target, weight, ignoreIndex, reduction);
    }
}
