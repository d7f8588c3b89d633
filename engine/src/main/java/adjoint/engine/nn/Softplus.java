package adjoint.engine.nn;

import adjoint.engine.Tensor;

/**
 * {@code log(1 + exp(beta x)) / beta}, and {@code x} where {@code beta x > threshold}, as {@code torch.nn.Softplus}
 * (beta 1, threshold 20 by default).
 *
 * <pre>{@code
 * new Softplus().forward(Tensor.of(0)); // [0.6931]
 * }</pre>
 */
public final class Softplus extends Module {
    private final double beta;
    private final double threshold;

    public Softplus() {
        this(1, 20);
    }

    public Softplus(double beta, double threshold) {
        this.beta = beta;
        this.threshold = threshold;
    }

    @Override
    public Tensor forward(Tensor input) {
        return Functional.softplus(input, beta, threshold);
    }

    @Override
    protected String extraRepr() {
        return "beta=" + beta + ", threshold=" + threshold;
    }
}
