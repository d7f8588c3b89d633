package adjoint.engine.nn;

import adjoint.engine.Tensor;

/**
 * {@code 1 / (1 + exp(-x))} elementwise, as {@code torch.nn.Sigmoid}.
 *
 * <pre>{@code
 * new Sigmoid().forward(Tensor.of(0)); // [0.5]
 * }</pre>
 */
public final class Sigmoid extends Module {
    @Override
    public Tensor forward(Tensor input) {
        return input.sigmoid();
    }
}
