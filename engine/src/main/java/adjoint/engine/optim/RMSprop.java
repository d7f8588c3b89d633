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
 * RMSprop, exactly as {@code torch.optim.RMSprop}: {@code v = alpha v + (1-alpha) g²}, the denominator
 * {@code sqrt(v) + eps} (centered: {@code sqrt(v - mean(g)²) + eps}), then {@code p -= lr g / denom}, or with
 * momentum {@code buf = momentum buf + g / denom; p -= lr buf}.
 *
 * <pre>{@code
 * var w = Tensor.of(1.0).requiresGrad(true);
 * var opt = new RMSprop(List.of(w), RMSprop.options(0.01));
 * w.setGrad(Tensor.of(2.0));
 * opt.step(); // w = [0.9]: 1 - 0.01 * 2 / sqrt(0.01 * 4)
 * }</pre>
 */
public final class RMSprop extends RatedOptimizer<RMSprop.Options> {
    private final Map<Tensor, Averages> state = new IdentityHashMap<>();

    public RMSprop(List<Tensor> params, Options options) {
        super(HyperParameters.params(params), options);
    }

    /** PyTorch's defaults: lr 1e-2, alpha 0.99, eps 1e-8, no weight decay or momentum, not centered. */
    public static Options options() {
        return options(1e-2);
    }

    public static Options options(double lr) {
        return new Options(lr, 0.99, 1e-8, 0, 0, false, false);
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
                    update(p, state.computeIfAbsent(p, k -> new Averages(k, options)));
                }
            }
        }
    }

    private void update(Tensor p, Averages s) {
        Tensor g = options.maximize() ? p.grad().neg() : p.grad();
        s.step++;
        if (options.weightDecay() != 0) {
            g = g.add(p.mul(options.weightDecay()));
        }
        double alpha = options.alpha();
        s.squareAvg.mul_(alpha).add_(g.mul(1 - alpha).mul(g));
        Tensor avg;
        if (s.gradAvg != null) {
            s.gradAvg.mul_(alpha).add_(g.mul(1 - alpha));
            avg = s.squareAvg.sub(s.gradAvg.mul(s.gradAvg)).sqrt();
        } else {
            avg = s.squareAvg.sqrt();
        }
        avg = avg.add(options.eps());
        if (s.momentumBuffer != null) {
            s.momentumBuffer.mul_(options.momentum()).add_(g.div(avg));
            p.add_(s.momentumBuffer.mul(-options.lr()));
        } else {
            p.add_(g.mul(-options.lr()).div(avg));
        }
    }

    /** PyTorch's state for {@code p}: {@code step}, {@code square_avg}, {@code momentum_buffer}, {@code grad_avg}. */
    public Map<String, Tensor> state(Tensor p) {
        Averages s = state.get(p);
        if (s == null) {
            return Map.of();
        }
        Map<String, Tensor> out = new LinkedHashMap<>();
        out.put("step", Tensor.scalar(DType.FLOAT32, s.step));
        out.put("square_avg", s.squareAvg);
        if (s.momentumBuffer != null) {
            out.put("momentum_buffer", s.momentumBuffer);
        }
        if (s.gradAvg != null) {
            out.put("grad_avg", s.gradAvg);
        }
        return Collections.unmodifiableMap(out);
    }

    private static final class Averages {
        long step;
        final Tensor squareAvg;
        final Tensor momentumBuffer;
        final Tensor gradAvg;

        Averages(Tensor p, Options o) {
            squareAvg = Tensor.zeros(p.dtype(), p.shape());
            momentumBuffer = o.momentum() > 0 ? Tensor.zeros(p.dtype(), p.shape()) : null;
            gradAvg = o.centered() ? Tensor.zeros(p.dtype(), p.shape()) : null;
        }
    }

    /** RMSprop's hyper-parameters; each wither returns a copy, checked with PyTorch's messages. */
    public record Options(double lr, double alpha, double eps, double weightDecay, double momentum, boolean centered,
                          boolean maximize) implements RatedOptimizer.Rate<Options> {
        public Options {
            nonNegative("learning rate", lr);
            nonNegative("epsilon value", eps);
            nonNegative("momentum value", momentum);
            nonNegative("weight_decay value", weightDecay);
            nonNegative("alpha value", alpha);
        }

        public Options lr(double value) {
            return new Options(value, alpha, eps, weightDecay, momentum, centered, maximize);
        }

        public Options alpha(double value) {
            return new Options(lr, value, eps, weightDecay, momentum, centered, maximize);
        }

        public Options eps(double value) {
            return new Options(lr, alpha, value, weightDecay, momentum, centered, maximize);
        }

        public Options weightDecay(double value) {
            return new Options(lr, alpha, eps, value, momentum, centered, maximize);
        }

        public Options momentum(double value) {
            return new Options(lr, alpha, eps, weightDecay, value, centered, maximize);
        }

        public Options centered(boolean value) {
            return new Options(lr, alpha, eps, weightDecay, momentum, value, maximize);
        }

        public Options maximize(boolean value) {
            return new Options(lr, alpha, eps, weightDecay, momentum, centered, value);
        }
    }
}
