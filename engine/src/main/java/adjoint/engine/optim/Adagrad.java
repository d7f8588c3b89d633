package adjoint.engine.optim;

import static adjoint.engine.optim.HyperParameters.nonNegative;

import adjoint.engine.DType;
import adjoint.engine.NoGrad;
import adjoint.engine.Tensor;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adagrad, exactly as {@code torch.optim.Adagrad}: {@code sum += g²}, then
 * {@code p -= lr / (1 + (t-1) lrDecay) * g / (sqrt(sum) + eps)}. The accumulator starts at
 * {@code initialAccumulatorValue} for every parameter when the optimizer is made.
 *
 * <pre>{@code
 * var w = Tensor.of(1.0).requiresGrad(true);
 * var opt = new Adagrad(List.of(w), Adagrad.options(0.1));
 * w.setGrad(Tensor.of(2.0));
 * opt.step(); // w = [0.9]: 1 - 0.1 * 2 / sqrt(4)
 * }</pre>
 */
public final class Adagrad extends RatedOptimizer<Adagrad.Options> {
    private final Map<Tensor, Accumulator> state = new IdentityHashMap<>();

    public Adagrad(List<Tensor> params, Options options) {
        super(HyperParameters.params(params), options);
        for (Tensor p : this.params) {
            state.computeIfAbsent(p, k -> new Accumulator(k, options.initialAccumulatorValue()));
        }
    }

    /** PyTorch's defaults: lr 1e-2, no lr decay or weight decay, accumulator 0, eps 1e-10. */
    public static Options options() {
        return options(1e-2);
    }

    public static Options options(double lr) {
        return new Options(lr, 0, 0, 0, 1e-10, false);
    }

    /** The options the next step uses: those it was made with, with the learning rate a scheduler last set. */
    public Options hyperParameters() {
        return options;
    }

    @Override
    public void step() {
        try (var scope = NoGrad.enter()) {
            for (Tensor p : params) {
                if (p.grad() != null) {
                    update(p, state.get(p));
                }
            }
        }
    }

    private void update(Tensor p, Accumulator s) {
        Tensor g = options.maximize() ? p.grad().neg() : p.grad();
        s.step++;
        if (options.weightDecay() != 0) {
            g = g.add(p.mul(options.weightDecay()));
        }
        double clr = options.lr() / (1 + (s.step - 1) * options.lrDecay());
        s.sum.add_(g.mul(g));
        Tensor std = s.sum.sqrt().add(options.eps());
        p.add_(g.mul(-clr).div(std));
    }

    /** PyTorch's state for {@code p}: {@code step} and {@code sum}. */
    public Map<String, Tensor> state(Tensor p) {
        Accumulator s = state.get(p);
        if (s == null) {
            return Map.of();
        }
        Map<String, Tensor> out = new LinkedHashMap<>();
        out.put("step", Tensor.scalar(DType.FLOAT32, s.step));
        out.put("sum", s.sum);
        return Collections.unmodifiableMap(out);
    }

    private static final class Accumulator {
        long step;
        final Tensor sum;

        Accumulator(Tensor p, double initial) {
            sum = Tensor.full(p.dtype(), initial, p.shape());
        }
    }

    /** Adagrad's hyper-parameters; each wither returns a copy, checked with PyTorch's messages. */
    public record Options(double lr, double lrDecay, double weightDecay, double initialAccumulatorValue, double eps,
                          boolean maximize) implements RatedOptimizer.Rate<Options> {
        public Options {
            nonNegative("learning rate", lr);
            nonNegative("lr_decay value", lrDecay);
            nonNegative("weight_decay value", weightDecay);
            nonNegative("initial_accumulator_value value", initialAccumulatorValue);
            nonNegative("epsilon value", eps);
        }

        public Options lr(double value) {
            return new Options(value, lrDecay, weightDecay, initialAccumulatorValue, eps, maximize);
        }

        public Options lrDecay(double value) {
            return new Options(lr, value, weightDecay, initialAccumulatorValue, eps, maximize);
        }

        public Options weightDecay(double value) {
            return new Options(lr, lrDecay, value, initialAccumulatorValue, eps, maximize);
        }

        public Options initialAccumulatorValue(double value) {
            return new Options(lr, lrDecay, weightDecay, value, eps, maximize);
        }

        public Options eps(double value) {
            return new Options(lr, lrDecay, weightDecay, initialAccumulatorValue, value, maximize);
        }

        public Options maximize(boolean value) {
            return new Options(lr, lrDecay, weightDecay, initialAccumulatorValue, eps, value);
        }
    }
}
