package adjoint.engine.nn;

import adjoint.engine.Tensor;

/**
 * {@code x} where positive, {@code slope * x} elsewhere, as {@code torch.nn.LeakyReLU} (slope 0.01 by default).
 *
 * <pre>{@code
 * new LeakyReLU(0.2).forward(Tensor.of(-1, 3)); // [-0.2, 3]
 * }</pre>
 */
public final class LeakyReLU extends Module {
    private final double negativeSlope;

    public LeakyReLU() {
        this(0.01);
    }

    public LeakyReLU(double negativeSlope) {
        this.negativeSlope = negativeSlope;
    }

    public double negativeSlope() {
        return negativeSlope;
    }

    @Override
    public Tensor forward(Tensor input) {
        return Functional.leakyRelu(input, negativeSlope);
    }

    @Override
    protected String extraRepr() {
        return "negative_slope=" + negativeSlope;
    }
}
