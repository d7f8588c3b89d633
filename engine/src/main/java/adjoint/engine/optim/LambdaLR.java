package adjoint.engine.optim;

import java.util.function.IntToDoubleFunction;

/**
 * Sets the learning rate to the initial one times {@code factor(epoch)}, as {@code torch.optim.lr_scheduler.LambdaLR}:
 * made at epoch 0 (which sets {@code lr = initial * factor(0)}), then one {@link #step()} after each
 * {@code optimizer.step()}.
 *
 * <pre>{@code
 * var opt = new SGD(params, SGD.options(0.1));
 * var schedule = new LambdaLR(opt, t -> 1 / Math.sqrt(1 + t / 100.0));
 * for (...) { opt.zeroGrad(); loss.backward(); opt.step(); schedule.step(); }
 * }</pre>
 */
public final class LambdaLR {
    private final Optimizer optimizer;
    private final double initial;
    private final IntToDoubleFunction factor;
    private int epoch;

    public LambdaLR(Optimizer optimizer, IntToDoubleFunction factor) {
        this.optimizer = optimizer;
        this.initial = optimizer.learningRate();
        this.factor = factor;
        apply();
    }

    /** Moves to the next epoch and sets its learning rate. */
    public void step() {
        epoch++;
        apply();
    }

    /** The epochs stepped so far (PyTorch's {@code last_epoch}). */
    public int epoch() {
        return epoch;
    }

    private void apply() {
        double f = factor.applyAsDouble(epoch);
        if (!(f >= 0) || Double.isInfinite(f)) {
            throw new IllegalArgumentException("the schedule's factor at epoch " + epoch + " is " + f
                    + "; it must be a finite number >= 0");
        }
        optimizer.setLearningRate(initial * f);
    }
}
