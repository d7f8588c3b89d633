package adjoint.engine.nn;

import adjoint.engine.Tensor;

/**
 * A loss criterion, as PyTorch's loss modules: {@code apply(input, target)} gives the reduced loss.
 *
 * <pre>{@code
 * Loss loss = new MSELoss();
 * loss.apply(Tensor.of(1, 2), Tensor.of(1, 4)).item(); // 2.0
 * }</pre>
 */
public interface Loss {
    Tensor apply(Tensor input, Tensor target);
}
