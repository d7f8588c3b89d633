package adjoint.engine;

/**
 * The backward rule of a custom operation, as the {@code backward} of a {@code torch.autograd.Function}: given the
 * output's gradient, the gradient of each input (null for an input that needs none).
 */
@FunctionalInterface
public interface GradientRule {
    Tensor[] apply(Tensor grad, boolean[] needsGrad);
}
