package adjoint.engine.optim;

import adjoint.engine.Tensor;
import java.util.List;

/**
 * An optimizer whose hyper-parameters are one immutable {@code Options} record with a learning rate: a scheduler's
 * new rate replaces the record with a copy (PyTorch's {@code param_groups[0]["lr"] = ...}).
 */
abstract sealed class RatedOptimizer<O extends RatedOptimizer.Rate<O>> extends Optimizer permits SGD, Adam, RMSprop, Adagrad {
    /** Options with a learning rate: the one they hold, and a copy with another. */
    public interface Rate<O> {
        double lr();

        O lr(double value);
    }

    /** The options the next step uses. */
    protected O options;

    RatedOptimizer(List<Tensor> params, O options) {
        super(params);
        this.options = options;
    }

    @Override
    public final double learningRate() {
        return options.lr();
    }

    @Override
    public final void setLearningRate(double lr) {
        options = options.lr(lr);
    }
}
