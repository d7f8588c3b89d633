package adjoint.engine.nn;

import adjoint.engine.Tensor;

/**
 * Merges dimensions {@code startDim..endDim} into one, as {@code torch.nn.Flatten} (1 and -1 by default, so the
 * batch dimension is kept).
 *
 * <pre>{@code
 * new Flatten().forward(Tensor.zeros(2, 3, 4)).shape();     // [2, 12]
 * new Flatten(0, -1).forward(Tensor.zeros(2, 3)).shape();   // [6]
 * }</pre>
 */
public final class Flatten extends Module {
    private final int startDim;
    private final int endDim;

    public Flatten() {
        this(1, -1);
    }

    public Flatten(int startDim, int endDim) {
        this.startDim = startDim;
        this.endDim = endDim;
    }

    @Override
    public Tensor forward(Tensor input) {
        return input.flatten(startDim, endDim);
    }

    @Override
    protected String extraRepr() {
        return "start_dim=" + startDim + ", end_dim=" + endDim;
    }
}
