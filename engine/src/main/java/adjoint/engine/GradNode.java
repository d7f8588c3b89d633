package adjoint.engine;

import java.util.List;

/**
 * A recorded operation in the autograd graph, for tools that draw or explain it.
 *
 * <pre>{@code
 * Tensor x = Tensor.scalar(2.0).requiresGrad(true);
 * Tensor y = x.sin().mul(x);
 * y.gradFn().op();                         // "mul"
 * y.gradFn().inputs().get(0).gradFn().op(); // "sin"
 * }</pre>
 */
public interface GradNode {
    /** The primitive's name, e.g. {@code sin}, {@code matmul}, {@code sum}. */
    String op();

    /** The operation's inputs, in order; a leaf input has no {@link Tensor#gradFn()}. */
    List<Tensor> inputs();

    /** The tensors this operation saved for its backward pass. */
    List<Tensor> saved();
}
