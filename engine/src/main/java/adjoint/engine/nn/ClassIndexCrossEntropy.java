package adjoint.engine.nn;

import adjoint.engine.DType;
import adjoint.engine.NoGrad;
import adjoint.engine.Tensor;
import adjoint.engine.TensorException;

/**
 * Cross-entropy of {@code [N, C]} logits against int64 class indices without class weights or smoothing, the common
 * case of a classifier's training step: the log-softmax and the picked entries are computed without recording, and
 * one node carries PyTorch's gradient {@code (softmax - one_hot) g / N} (without the {@code / N} for a sum). The
 * composite in {@link Functional#crossEntropy} gives the same values and gradients through some twenty recorded
 * operations; it still serves every other case, and any batch where a target is the ignored index.
 */
final class ClassIndexCrossEntropy {
    private ClassIndexCrossEntropy() {
    }

    static boolean covers(Tensor input, Tensor target, Tensor weight, double labelSmoothing, Reduction reduction) {
        return weight == null && labelSmoothing == 0 && reduction != Reduction.NONE && input.dim() == 2
                && input.size(0) > 0 && input.dtype().isFloating() && target.dtype() == DType.INT64 && target.dim() == 1
                && target.size(0) == input.size(0);
    }

    /** The loss, or null when some target is {@code ignoreIndex} (the composite handles that batch). */
    static Tensor apply(Tensor input, Tensor target, long ignoreIndex, Reduction reduction) {
        int classes = input.size(1);
        int batch = input.size(0);
        long[] targets = target.toLongs();
        for (long t : targets) {
            if (t == ignoreIndex) {
                return null;
            }
            if (t < 0 || t >= classes) {
                throw new TensorException("Target " + t + " is out of bounds.");
            }
        }
        Tensor logp;
        Tensor value;
        try (var scope = NoGrad.enter()) {
            logp = Functional.logSoftmax(input, 1);
            value = logp.gather(1, target.unsqueeze(1)).sum().neg();
            if (reduction == Reduction.MEAN) {
                value = value.div((double) batch);
            }
        }
        return Tensor.withGradient("nll_loss", value, new Tensor[] {input}, (g, needs) -> {
            Tensor scale = reduction == Reduction.MEAN ? g.div((double) batch) : g;
            double[] oneHot = new double[batch * classes];
            for (int i = 0; i < batch; i++) {
                oneHot[i * classes + (int) targets[i]] = 1;
            }
            Tensor picked = Tensor.fromDoubles(input.dtype(), oneHot, batch, classes).to(input.device());
            return new Tensor[] {logp.exp().sub(picked).mul(scale)};
        });
    }
}
