package adjoint.engine.nn;

import adjoint.engine.DType;
import adjoint.engine.Generator;
import adjoint.engine.NoGrad;
import adjoint.engine.Shapes;
import adjoint.engine.Tensor;
import adjoint.engine.TensorException;

/**
 * Activations, layers and losses as functions, as {@code torch.nn.functional}; all composed from the engine's
 * primitives, so their gradients come from the primitives' rules.
 *
 * <pre>{@code
 * Tensor logits = Tensor.of(new double[][] {{2, 1, 0}});
 * Functional.crossEntropy(logits, Tensor.fromLongs(DType.INT64, new long[] {0}, 1), Reduction.MEAN).item(); // 0.4076
 * }</pre>
 */
public final class Functional {
    private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

    private Functional() {
    }

    // ---- activations -------------------------------------------------------------------------------------------

    public static Tensor softmax(Tensor x, int dim) {
        Tensor shifted = floating(x).sub(floating(x).amax(new int[] {dim}, true).detach());
        Tensor e = shifted.exp();
        return e.div(e.sum(new int[] {dim}, true));
    }

    public static Tensor logSoftmax(Tensor x, int dim) {
        Tensor shifted = floating(x).sub(floating(x).amax(new int[] {dim}, true).detach());
        return shifted.sub(shifted.exp().sum(new int[] {dim}, true).log());
    }

    public static Tensor leakyRelu(Tensor x, double negativeSlope) {
        return Tensor.where(x.gt(0L), x, x.mul(negativeSlope));
    }

    /** GELU, exact ({@code approximate="none"}) or with the tanh approximation. */
    public static Tensor gelu(Tensor x, boolean tanhApproximation) {
        if (tanhApproximation) {
            Tensor inner = x.add(x.pow(3L).mul(0.044715)).mul(SQRT_2_OVER_PI);
            return x.mul(0.5).mul(inner.tanh().add(1L));
        }
        return x.mul(0.5).mul(x.mul(1 / Math.sqrt(2)).erf().add(1L));
    }

    /** {@code log(1 + exp(beta x)) / beta}, and {@code x} itself where {@code beta x > threshold}, as PyTorch. */
    public static Tensor softplus(Tensor x, double beta, double threshold) {
        Tensor scaled = x.mul(beta);
        return Tensor.where(scaled.gt(threshold), x, scaled.softplus().div(beta));
    }

    /** Zeroes each element with probability {@code p} and scales the rest by {@code 1/(1-p)} while training. */
    public static Tensor dropout(Tensor x, double p, boolean training, Generator generator) {
        if (p < 0 || p > 1) {
            throw new TensorException("dropout probability has to be between 0 and 1, but got " + p);
        }
        if (!training || p == 0) {
            return x;
        }
        if (p == 1) {
            return x.mul(0L);
        }
        Tensor keep = Tensor.rand(generator, x.shape()).ge(p).to(x.dtype());
        return x.mul(keep.div(1 - p));
    }

    // ---- layers ------------------------------------------------------------------------------------------------

    /** {@code x @ weight.T + bias}; {@code bias} may be null. */
    public static Tensor linear(Tensor x, Tensor weight, Tensor bias) {
        Tensor y = x.matmul(weight.t());
        return bias == null ? y : y.add(bias);
    }

    /** Rows of {@code table} picked by the int64 {@code indices}: shape {@code indices.shape + [dim]}. */
    public static Tensor embedding(Tensor indices, Tensor table) {
        if (indices.dtype() != DType.INT64) {
            throw new TensorException("Expected tensor for argument #1 'indices' to have one of the following scalar "
                    + "types: Long, Int; but got " + typeName(indices.dtype()) + " instead (while checking arguments for "
                    + "embedding)");
        }
        long rows = table.size(0);
        for (long i : indices.toLongs()) {
            if (i < 0 || i >= rows) {
                throw new TensorException("index out of range in self");
            }
        }
        int[] shape = java.util.Arrays.copyOf(indices.shape(), indices.dim() + 1);
        shape[indices.dim()] = table.size(1);
        return table.indexSelect(0, indices.reshape(-1)).view(shape);
    }

    // ---- losses ------------------------------------------------------------------------------------------------

    public static Tensor mseLoss(Tensor input, Tensor target, Reduction reduction) {
        Tensor d = input.sub(target);
        return reduction.apply(d.mul(d));
    }

    public static Tensor l1Loss(Tensor input, Tensor target, Reduction reduction) {
        return reduction.apply(input.sub(target).abs());
    }

    public static Tensor nllLoss(Tensor input, Tensor target, Reduction reduction) {
        return nllLoss(input, target, null, -100, reduction);
    }

    /** Negative log-likelihood of class indices; {@code weight} (per class) may be null. */
    public static Tensor nllLoss(Tensor input, Tensor target, Tensor weight, long ignoreIndex, Reduction reduction) {
        if (target.dtype() != DType.INT64) {
            throw new TensorException("expected scalar type Long but found " + target.dtype().scalarTypeName());
        }
        int classDim = input.dim() == 1 ? 0 : 1;
        checkBatch(input, target, classDim);
        int classes = input.size(classDim);
        Tensor mask = target.ne(ignoreIndex);
        Tensor safe = Tensor.where(mask, target, Tensor.number(0L));
        for (long t : safe.toLongs()) {
            if (t < 0 || t >= classes) {
                throw new TensorException("Target " + t + " is out of bounds.");
            }
        }
        Tensor picked = input.gather(classDim, safe.unsqueeze(classDim)).squeeze(classDim);
        Tensor w = mask.to(input.dtype());
        if (weight != null) {
            w = weight.indexSelect(0, safe.reshape(-1)).reshape(safe.shape()).mul(w);
        }
        // where, not a product with the 0/1 mask: an ignored target gets gradient 0 even when the mean divides by 0.
        Tensor losses = Tensor.where(mask, picked.neg().mul(w), Tensor.number(0L));
        return switch (reduction) {
            case NONE -> losses;
            case SUM -> losses.sum();
            case MEAN -> losses.sum().div(w.sum());
        };
    }

    public static Tensor crossEntropy(Tensor input, Tensor target, Reduction reduction) {
        return crossEntropy(input, target, null, -100, reduction, 0);
    }

    /**
     * Cross-entropy of logits against class indices (int64) or class probabilities (floating, same shape), with
     * optional class weights, ignored index and label smoothing, as {@code torch.nn.functional.cross_entropy}.
     */
    public static Tensor crossEntropy(Tensor input, Tensor target, Tensor weight, long ignoreIndex, Reduction reduction,
                                      double labelSmoothing) {
        if (labelSmoothing < 0 || labelSmoothing > 1) {
            throw new TensorException("label_smoothing must be between 0.0 and 1.0. Got: " + labelSmoothing);
        }
        if (ClassIndexCrossEntropy.covers(input, target, weight, labelSmoothing, reduction)) {
            Tensor loss = ClassIndexCrossEntropy.apply(input, target, ignoreIndex, reduction);
            if (loss != null) {
                return loss;
            }
        }
        int classDim = input.dim() == 1 ? 0 : 1;
        int classes = input.size(classDim);
        Tensor logp = logSoftmax(input, classDim);
        Tensor classWeight = weight == null ? null : weight.reshape(classWeightShape(input.dim(), classDim, classes));
        if (target.dtype().isFloating()) {
            Tensor t = labelSmoothing > 0 ? target.mul(1 - labelSmoothing).add(labelSmoothing / classes) : target;
            Tensor terms = logp.mul(t);
            if (classWeight != null) {
                terms = terms.mul(classWeight);
            }
            Tensor losses = terms.sum(new int[] {classDim}, false).neg();
            return switch (reduction) {
                case NONE -> losses;
                case SUM -> losses.sum();
                case MEAN -> losses.sum().div((double) Math.max(1, input.numel() / classes));
            };
        }
        Tensor nll = nllLoss(logp, target, weight, ignoreIndex, reduction);
        if (labelSmoothing == 0) {
            return nll;
        }
        Tensor mask = target.ne(ignoreIndex);
        Tensor terms = classWeight == null ? logp : logp.mul(classWeight);
        Tensor smooth = Tensor.where(mask, terms.sum(new int[] {classDim}, false).neg(), Tensor.number(0L));
        Tensor reduced = switch (reduction) {
            case NONE -> smooth;
            case SUM -> smooth.sum();
            case MEAN -> smooth.sum().div(weight == null ? mask.to(input.dtype()).sum()
                    : weight.indexSelect(0, Tensor.where(mask, target, Tensor.number(0L)).reshape(-1))
                        .mul(mask.reshape(-1).to(input.dtype())).sum());
        };
        return nll.mul(1 - labelSmoothing).add(reduced.mul(labelSmoothing / classes));
    }

    /**
     * Binary cross-entropy of probabilities, logs clamped at -100 as PyTorch; the gradient is PyTorch's
     * {@code (x - t) / max(x (1 - x), 1e-12)}, its 1e-12 being the float32 constant. {@code weight} may be null.
     */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target, Tensor weight, Reduction reduction) {
        if (!java.util.Arrays.equals(input.shape(), target.shape())) {
            throw new TensorException("Using a target size (" + size(target) + ") that is different to the input size ("
                    + size(input) + ") is deprecated. Please ensure they have the same size.");
        }
        for (double v : input.toDoubles()) {
            if (!(v >= 0 && v <= 1)) {
                throw new TensorException("all elements of input should be between 0 and 1");
            }
        }
        Tensor value;
        try (var scope = NoGrad.enter()) {
            Tensor logX = input.log().clamp(-100.0, null);
            Tensor log1mX = Tensor.number(1L).sub(input).log().clamp(-100.0, null);
            value = target.mul(logX).add(Tensor.number(1L).sub(target).mul(log1mX)).neg();
            if (weight != null) {
                value = value.mul(weight);
            }
        }
        Tensor losses = Tensor.withGradient("binary_cross_entropy", value, new Tensor[] {input, target}, (g, needs) -> {
            Tensor w = weight == null ? g : g.mul(weight);
            Tensor gx = needs[0] ? w.mul(input.sub(target))
                    .div(input.mul(Tensor.number(1L).sub(input)).clamp((double) 1e-12f, null)) : null;
            Tensor gt = needs[1] ? w.mul(Tensor.number(1L).sub(input).log().sub(input.log())) : null;
            return new Tensor[] {gx, gt};
        });
        return reduction.apply(losses);
    }

    /** {@code (1 - t) x + w_p softplus(-x)} with {@code w_p = 1 + (pos_weight - 1) t}: stable for any logit. */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target, Tensor weight, Tensor posWeight,
                                                      Reduction reduction) {
        if (!java.util.Arrays.equals(input.shape(), target.shape())) {
            throw new TensorException("Target size (" + size(target) + ") must be the same as input size (" + size(input)
                    + ")");
        }
        Tensor logWeight = posWeight == null ? null : posWeight.sub(1L).mul(target).add(1L);
        Tensor soft = input.neg().softplus();
        Tensor losses = Tensor.number(1L).sub(target).mul(input).add(logWeight == null ? soft : logWeight.mul(soft));
        if (weight != null) {
            losses = losses.mul(weight);
        }
        return reduction.apply(losses);
    }

    /** The SVM hinge loss {@code max(0, 1 - y s)} for labels y = ±1. */
    public static Tensor hingeLoss(Tensor scores, Tensor labels, Reduction reduction) {
        return reduction.apply(Tensor.number(1L).sub(labels.mul(scores)).clamp(0.0, null));
    }

    /** The squared hinge {@code max(0, 1 - y s)²}, the exam's form of the soft-margin SVM loss. */
    public static Tensor squaredHingeLoss(Tensor scores, Tensor labels, Reduction reduction) {
        return reduction.apply(Tensor.number(1L).sub(labels.mul(scores)).clamp(0.0, null).pow(2L));
    }

    /** {@code log(1 + exp(-y x))} for labels y = ±1, as {@code soft_margin_loss}. */
    public static Tensor softMarginLoss(Tensor input, Tensor labels, Reduction reduction) {
        return reduction.apply(labels.mul(input).neg().softplus());
    }

    /** A shape as PyTorch prints it in messages: {@code torch.Size([2, 3])}. */
    private static String size(Tensor t) {
        return "torch.Size(" + Shapes.format(t.shape()) + ")";
    }


    /** PyTorch's legacy type name, as its argument checks print it: {@code torch.FloatTensor}. */
    private static String typeName(DType t) {
        return "torch." + t.scalarTypeName() + "Tensor";
    }

    private static Tensor floating(Tensor x) {
        return x.dtype().isFloating() ? x : x.to(adjoint.engine.DefaultDType.get());
    }

    private static int[] classWeightShape(int rank, int classDim, int classes) {
        int[] shape = new int[rank - classDim];
        java.util.Arrays.fill(shape, 1);
        shape[0] = classes;
        return shape;
    }

    private static void checkBatch(Tensor input, Tensor target, int classDim) {
        int[] expected = input.dim() == 1 ? new int[0] : removeDim(input.shape(), classDim);
        if (!java.util.Arrays.equals(expected, target.shape())) {
            if (input.dim() >= 2 && target.dim() >= 1 && input.size(0) != target.size(0)) {
                throw new TensorException("Expected input batch_size (" + input.size(0) + ") to match target batch_size ("
                        + target.size(0) + ").");
            }
            throw new TensorException("expected target of shape " + Shapes.format(expected) + " for input of shape "
                    + Shapes.format(input.shape()) + ", got " + Shapes.format(target.shape()));
        }
    }

    private static int[] removeDim(int[] shape, int dim) {
        int[] out = new int[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != dim) {
                out[j++] = shape[i];
            }
        }
        return out;
    }
}
