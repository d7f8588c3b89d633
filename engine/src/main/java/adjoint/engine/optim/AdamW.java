package adjoint.engine.optim;

import adjoint.engine.Tensor;
import java.util.List;
import java.util.Map;

/**
 * Adam with decoupled weight decay, exactly as {@code torch.optim.AdamW}: each step first shrinks the parameter,
 * {@code p *= 1 - lr weightDecay}, then takes Adam's step on the plain gradient. Default weight decay 1e-2.
 *
 * <pre>{@code
 * var w = Tensor.of(1.0).requiresGrad(true);
 * var opt = new AdamW(List.of(w), AdamW.options(0.01));
 * w.setGrad(Tensor.of(2.0));
 * opt.step(); // w = [0.9899]: 1 * (1 - 0.01 * 0.01) - 0.01
 * }</pre>
 */
public final class AdamW extends Optimizer {
    private final Adam adam;

    public AdamW(List<Tensor> params, Adam.Options options) {
        super(HyperParameters.params(params));
        adam = new Adam(params, options, true);
    }

    /** PyTorch's defaults: lr 1e-3, betas (0.9, 0.999), eps 1e-8, weight decay 1e-2, no AMSGrad. */
    public static Adam.Options options() {
        return options(1e-3);
    }

    public static Adam.Options options(double lr) {
        return Adam.options(lr).weightDecay(1e-2);
    }

    /** The options the next step uses: those it was made with, with the learning rate a scheduler last set. */
    public Adam.Options hyperParameters() {
        return adam.hyperParameters();
    }

    @Override
    public void step() {
        adam.step();
    }

    @Override
    public double learningRate() {
        return adam.learningRate();
    }

    @Override
    public void setLearningRate(double lr) {
        adam.setLearningRate(lr);
    }

    /** PyTorch's state for {@code p}: {@code step}, {@code exp_avg}, {@code exp_avg_sq} (and {@code max_exp_avg_sq}). */
    public Map<String, Tensor> state(Tensor p) {
        return adam.state(p);
    }
}
