package adjoint.engine.nn;

import adjoint.engine.Tensor;

/**
 * {@code x - log(sum(exp(x)))} along {@code dim}, computed stably, as {@code torch.nn.LogSoftmax(dim)}.
 *
 * <pre>{@code
 * new LogSoftmax(1).forward(Tensor.of(new double[][] {{0, 0}})); // [[-0.6931, -0.6931]]
 * }</pre>
 */
public final class LogSoftmax extends Module {
    private final int dim;

    public LogSoftmax(int dim) {
        this.dim = dim;
    }

    public int dim() {
        return dim;
    }

    @Override
    public Tensor forward(Tensor input) {
        return Functional.logSoftmax(input, dim);
    }

    @Override
    protected String extraRepr() {
        return "dim=" + dim;
    }
}
