package adjoint.engine.nn;

import adjoint.engine.Tensor;

/**
 * {@code exp(x) / sum(exp(x))} along {@code dim}, computed stably, as {@code torch.nn.Softmax(dim)}.
 *
 * <pre>{@code
 * new Softmax(1).forward(Tensor.of(new double[][] {{0, 0}})); // [[0.5, 0.5]]
 * }</pre>
 */
public final class Softmax extends Module {
    private final int dim;

    public Softmax(int dim) {
        this.dim = dim;
    }

    public int dim() {
        return dim;
    }

    @Override
    public Tensor forward(Tensor input) {
        return Functional.softmax(input, dim);
    }

    @Override
    protected String extraRepr() {
        return "dim=" + dim;
    }
}
