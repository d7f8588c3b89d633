package adjoint.engine.nn;

import adjoint.engine.Tensor;

/**
 * Hyperbolic tangent elementwise, as {@code torch.nn.Tanh}.
 *
 * <pre>{@code
 * new Tanh().forward(Tensor.of(0, 1)); // [0, 0.7616]
 * }</pre>
 */
public final class Tanh extends Module {
    @Override
    public Tensor forward(Tensor input) {
        return input.tanh();
    }
}
