package adjoint.engine.nn;

import adjoint.engine.Generator;
import adjoint.engine.Tensor;
import adjoint.engine.TensorException;

/**
 * While training, zeroes each element with probability {@code p} (drawn from its generator) and scales the rest by
 * {@code 1/(1-p)}; in eval mode the identity. As {@code torch.nn.Dropout} (p 0.5 by default).
 *
 * <pre>{@code
 * var drop = new Dropout(0.5, new Generator(0));
 * drop.forward(Tensor.ones(4));        // e.g. [2, 0, 2, 2]
 * drop.eval().forward(Tensor.ones(4)); // [1, 1, 1, 1]
 * }</pre>
 */
public final class Dropout extends Module {
    private final double p;
    private final Generator generator;

    public Dropout(Generator generator) {
        this(0.5, generator);
    }

    public Dropout(double p, Generator generator) {
        if (!(p >= 0 && p <= 1)) {
            throw new TensorException("dropout probability has to be between 0 and 1, but got " + p);
        }
        this.p = p;
        this.generator = generator;
    }

    public double p() {
        return p;
    }

    @Override
    public Tensor forward(Tensor input) {
        return Functional.dropout(input, p, isTraining(), generator);
    }

    @Override
    protected String extraRepr() {
        return "p=" + p + ", inplace=False";
    }
}
