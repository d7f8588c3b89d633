package adjoint.engine.optim;

import static adjoint.engine.optim.HyperParameters.beta;
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
 * Adam, exactly as {@code torch.optim.Adam}: moving averages {@code m = beta1 m + (1-beta1) g} and
 * {@code v = beta2 v + (1-beta2) g²} (AMSGrad: the running maximum of v), then
 * {@code p -= lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps)}. Weight decay is added to the gradient
 * (L2); {@link AdamW} decouples it.
 *
 * <pre>{@code
 * var w = Tensor.of(1.0).requiresGrad(true);
 * var opt = new Adam(List.of(w), Adam.options(0.01).betas(0.9, 0.99));
 * w.setGrad(Tensor.of(2.0));
 * opt.step(); // w = [0.99]: the first step moves every coordinate by about lr
 * }</pre>
 */
public final class Adam extends RatedOptimizer<Adam.Options> {
    private final boolean decoupledWeightDecay;
    private final Map<Tensor, Moments> state = new IdentityHashMap<>();

    public Adam(List<Tensor> params, Options options) {
        this(params, options, false);
    }

    Adam(List<Tensor> params, Options options, boolean decoupledWeightDecay) {
        super(HyperParameters.params(params), options);
        this.decoupledWeightDecay = decoupledWeightDecay;
    }

    /** PyTorch's defaults: lr 1e-3, betas (0.9, 0.999), eps 1e-8, no weight decay, no AMSGrad. */
    public static Options options() {
        return options(1e-3);
    }

    public static Options options(double lr) {
        return new Options(lr, 0.9, 0.999, 1e-8, 0, false, false);
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
                    update(p, state.computeIfAbsent(p, k -> new Moments(k, options.amsgrad())));
                }
            }
        }
    }

    private void update(Tensor p, Moments s) {
        Tensor g = options.maximize() ? p.grad().neg() : p.grad();
        s.step++;
        if (decoupledWeightDecay) {
            p.mul_(1 - options.lr() * options.weightDecay());
        } else if (options.weightDecay() != 0) {
            g = g.add(p.mul(options.weightDecay()));
        }
        s.expAvg.mul_(options.beta1()).add_(g.mul(1 - options.beta1()));
        s.expAvgSq.mul_(options.beta2()).add_(g.mul(1 - options.beta2()).mul(g));
        double biasCorrection1 = 1 - Math.pow(options.beta1(), s.step);
        double biasCorrection2Sqrt = Math.sqrt(1 - Math.pow(options.beta2(), s.step));
        Tensor second = s.expAvgSq;
        if (s.maxExpAvgSq != null) {
            s.maxExpAvgSq.copy_(s.maxExpAvgSq.maximum(s.expAvgSq));
            second = s.maxExpAvgSq;
        }
        Tensor denom = second.sqrt().div(biasCorrection2Sqrt).add(options.eps());
        p.add_(s.expAvg.mul(-options.lr() / biasCorrection1).div(denom));
    }

    /** PyTorch's state for {@code p}: {@code step}, {@code exp_avg}, {@code exp_avg_sq} (and {@code max_exp_avg_sq}). */
    public Map<String, Tensor> state(Tensor p) {
        Moments s = state.get(p);
        if (s == null) {
            return Map.of();
        }
        Map<String, Tensor> out = new LinkedHashMap<>();
        out.put("step", Tensor.scalar(DType.FLOAT32, s.step));
        out.put("exp_avg", s.expAvg);
        out.put("exp_avg_sq", s.expAvgSq);
        if (s.maxExpAvgSq != null) {
            out.put("max_exp_avg_sq", s.maxExpAvgSq);
        }
        return Collections.unmodifiableMap(out);
    }

    private static final class Moments {
        long step;
        final Tensor expAvg;
        final Tensor expAvgSq;
        final Tensor maxExpAvgSq;

        Moments(Tensor p, boolean amsgrad) {
            expAvg = Tensor.zeros(p.dtype(), p.shape());
            expAvgSq = Tensor.zeros(p.dtype(), p.shape());
            maxExpAvgSq = amsgrad ? Tensor.zeros(p.dtype(), p.shape()) : null;
        }
    }

    /** Adam's (and AdamW's) hyper-parameters; each wither returns a copy, checked with PyTorch's messages. */
    public record Options(double lr, double beta1, double beta2, double eps, double weightDecay, boolean amsgrad,
                          boolean maximize) implements RatedOptimizer.Rate<Options> {
        public Options {
            nonNegative("learning rate", lr);
            nonNegative("epsilon value", eps);
            beta(0, beta1);
            beta(1, beta2);
            nonNegative("weight_decay value", weightDecay);
        }

        public Options lr(double value) {
            return new Options(value, beta1, beta2, eps, weightDecay, amsgrad, maximize);
        }

        public Options betas(double first, double second) {
            return new Options(lr, first, second, eps, weightDecay, amsgrad, maximize);
        }

        public Options eps(double value) {
            return new Options(lr, beta1, beta2, value, weightDecay, amsgrad, maximize);
        }

        public Options weightDecay(double value) {
            return new Options(lr, beta1, beta2, eps, value, amsgrad, maximize);
        }

        public Options amsgrad(boolean value) {
            return new Options(lr, beta1, beta2, eps, weightDecay, value, maximize);
        }

        public Options maximize(boolean value) {
            return new Options(lr, beta1, beta2, eps, weightDecay, amsgrad, value);
        }
    }
}
