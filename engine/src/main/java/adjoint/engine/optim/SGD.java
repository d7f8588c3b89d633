package adjoint.engine.optim;

import static adjoint.engine.optim.HyperParameters.nonNegative;

import adjoint.engine.NoGrad;
import adjoint.engine.Tensor;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stochastic gradient descent with optional momentum, dampening, Nesterov momentum, weight decay and maximisation,
 * exactly as {@code torch.optim.SGD}: with {@code g = grad (+ weightDecay p)}, the first step sets the momentum
 * buffer to {@code g}, later steps to {@code momentum buf + (1 - dampening) g}, and {@code p -= lr buf} (Nesterov:
 * {@code p -= lr (g + momentum buf)}).
 *
 * <pre>{@code
 * var w = Tensor.of(1.0).requiresGrad(true);
 * var opt = new SGD(List.of(w), SGD.options(0.1).momentum(0.9));
 * w.setGrad(Tensor.of(2.0));
 * opt.step(); // w = [0.8]
 * }</pre>
 */
public final class SGD extends RatedOptimizer<SGD.Options> {
    private final Map<Tensor, Tensor> momentumBuffers = new IdentityHashMap<>();

    public SGD(List<Tensor> params, Options options) {
        super(HyperParameters.params(params), options);
        if (options.nesterov() && (options.momentum() <= 0 || options.dampening() != 0)) {
            throw new IllegalArgumentException("Nesterov momentum requires a momentum and zero dampening");
        }
    }

    /** PyTorch's defaults with learning rate {@code lr}: no momentum, dampening, weight decay or Nesterov. */
    public static Options options(double lr) {
        return new Options(lr, 0, 0, 0, false, false);
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
                    update(p);
                }
            }
        }
    }

    private void update(Tensor p) {
        Tensor d = options.maximize() ? p.grad().neg() : p.grad();
        if (options.weightDecay() != 0) {
            d = d.add(p.mul(options.weightDecay()));
        }
        if (options.momentum() != 0) {
            Tensor buf = momentumBuffers.get(p);
            if (buf == null) {
                buf = Tensor.zeros(d.dtype(), d.shape()).copy_(d);
                momentumBuffers.put(p, buf);
            } else {
                buf.mul_(options.momentum()).add_(d.mul(1 - options.dampening()));
            }
            d = options.nesterov() ? d.add(buf.mul(options.momentum())) : buf;
        }
        p.add_(d.mul(-options.lr()));
    }

    /** The state PyTorch keeps for {@code p}: {@code momentum_buffer} once a step with momentum has run. */
    public Map<String, Tensor> state(Tensor p) {
        Tensor buf = momentumBuffers.get(p);
        return buf == null ? Map.of() : Map.of("momentum_buffer", buf);
    }

    /** SGD's hyper-parameters; each wither returns a copy. Negative values are refused with PyTorch's messages. */
    public record Options(double lr, double momentum, double dampening, double weightDecay, boolean nesterov,
                          boolean maximize) implements RatedOptimizer.Rate<Options> {
        public Options {
            nonNegative("learning rate", lr);
            nonNegative("momentum value", momentum);
            nonNegative("weight_decay value", weightDecay);
        }

        public Options lr(double value) {
            return new Options(value, momentum, dampening, weightDecay, nesterov, maximize);
        }

        public Options momentum(double value) {
            return new Options(lr, value, dampening, weightDecay, nesterov, maximize);
        }

        public Options dampening(double value) {
            return new Options(lr, momentum, value, weightDecay, nesterov, maximize);
        }

        public Options weightDecay(double value) {
            return new Options(lr, momentum, dampening, value, nesterov, maximize);
        }

        public Options nesterov(boolean value) {
            return new Options(lr, momentum, dampening, weightDecay, value, maximize);
        }

        public Options maximize(boolean value) {
            return new Options(lr, momentum, dampening, weightDecay, nesterov, value);
        }
    }
}
