package adjoint.engine.optim;

import adjoint.engine.Tensor;
import java.util.List;

/**
 * Updates parameters from their {@code .grad}, as {@code torch.optim.Optimizer}. Steps run without recording.
 *
 * <pre>{@code
 * var opt = new SGD(model.parameters(), SGD.options(0.1).momentum(0.9));
 * opt.zeroGrad(); loss.backward(); opt.step();
 * }</pre>
 */
public abstract class Optimizer {
    protected final List<Tensor> params;

    protected Optimizer(List<Tensor> params) {
        this.params = List.copyOf(params);
    }

    /** One update of every parameter that has a gradient. */
    public abstract void step();

    /** The learning rate the next step uses (PyTorch's {@code param_groups[0]["lr"]}). */
    public abstract double learningRate();

    /** Changes the learning rate from the next step on, keeping every state buffer, as a scheduler does. */
    public abstract void setLearningRate(double lr);

    /** Clears every parameter's gradient (sets it to none, PyTorch's default). */
    public void zeroGrad() {
        for (Tensor p : params) {
            p.setGrad(null);
        }
    }

    /** The optimizer's state for one parameter (momentum buffers, step count, ...), with PyTorch's key names. */
    public java.util.Map<String, Tensor> state(Tensor p) {
        return java.util.Map.of();
    }

    public List<Tensor> params() {
        return params;
    }
}
