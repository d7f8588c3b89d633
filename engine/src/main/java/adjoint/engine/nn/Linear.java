package adjoint.engine.nn;

import adjoint.engine.Generator;
import adjoint.engine.Shapes;
import adjoint.engine.Tensor;
import adjoint.engine.TensorException;

/**
 * {@code y = x @ weight.T + bias} with weight {@code [out, in]}, as {@code torch.nn.Linear}. Both are initialised
 * from U(-1/sqrt(in), 1/sqrt(in)) (PyTorch's kaiming_uniform with a = sqrt(5)) in the default dtype.
 *
 * <pre>{@code
 * var lin = Linear.of(Tensor.of(new double[][] {{1, 2}}), Tensor.of(0.5));
 * lin.forward(Tensor.of(new double[][] {{3, 4}})); // [[11.5]]
 * }</pre>
 */
public final class Linear extends Module {
    private final Tensor weight;
    private final Tensor bias;

    public Linear(int inFeatures, int outFeatures, Generator generator) {
        this(inFeatures, outFeatures, true, generator);
    }

    public Linear(int inFeatures, int outFeatures, boolean bias, Generator generator) {
        this(uniform(generator, inFeatures, outFeatures, inFeatures), bias ? uniform(generator, inFeatures, outFeatures) : null);
    }

    private Linear(Tensor weight, Tensor bias) {
        this.weight = registerParameter("weight", weight);
        this.bias = bias == null ? null : registerParameter("bias", bias);
    }

    /** A layer with the given weight {@code [out, in]} and bias {@code [out]} (or null); leaves are used as is. */
    public static Linear of(Tensor weight, Tensor bias) {
        if (weight.dim() != 2) {
            throw new TensorException("Linear weight must be 2-D [out_features, in_features], got " + Shapes.format(weight.shape()));
        }
        if (bias != null && (bias.dim() != 1 || bias.size(0) != weight.size(0))) {
            throw new TensorException("Linear bias must have shape [" + weight.size(0) + "], got " + Shapes.format(bias.shape()));
        }
        return new Linear(weight, bias);
    }

    private static Tensor uniform(Generator generator, int fanIn, int... shape) {
        for (int d : shape) {
            if (d < 0) {
                throw new TensorException("Trying to create tensor with negative dimension " + d + ": " + Shapes.format(shape));
            }
        }
        double bound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
        return Tensor.uniform(generator, -bound, bound, shape);
    }

    @Override
    public Tensor forward(Tensor input) {
        return Functional.linear(input, weight, bias);
    }

    public Tensor weight() {
        return weight;
    }

    /** The bias, or null for a layer without one. */
    public Tensor bias() {
        return bias;
    }

    public int inFeatures() {
        return weight.size(1);
    }

    public int outFeatures() {
        return weight.size(0);
    }

    @Override
    protected String extraRepr() {
        return "in_features=" + inFeatures() + ", out_features=" + outFeatures() + ", bias=" + (bias == null ? "False" : "True");
    }
}
