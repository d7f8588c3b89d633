package adjoint.engine.nn;

import adjoint.engine.Tensor;

/**
 * {@code max(0, x)} elementwise, as {@code torch.nn.ReLU}; the gradient at 0 is 0.
 *
 * <pre>{@code
 * new ReLU().forward(Tensor.of(-1, 0, 2)); // [0, 0, 2]
 * }</pre>
 */
public final class ReLU extends Module {
    @Override
    public Tensor forward(Tensor input) {
        return input.relu();
    }
}
