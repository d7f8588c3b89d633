package adjoint.engine.optimize;

import java.util.Arrays;
import java.util.Locale;

/**
 * The optimizers a path can take, each an {@code adjoint.engine.optim} optimizer with PyTorch's update rule.
 * {@code beta} is each one's main second hyper-parameter: the momentum coefficient (momentum, Nesterov), the
 * smoothing constant {@code alpha} (RMSProp), {@code beta1} (Adam); plain gradient descent and AdaGrad have none.
 */
public enum Algorithm {
    /** {@code w ← w − α∇f}: {@code torch.optim.SGD(lr)}. */
    SGD("sgd", 1e-3, Double.NaN),
    /** The cheat sheet's {@code v ← βv − α∇f, w ← w + v}: {@code torch.optim.SGD(lr, momentum=β)}, the same steps. */
    MOMENTUM("momentum", 1e-3, 0.9),
    /** {@code torch.optim.SGD(lr, momentum=β, nesterov=True)}. */
    NESTEROV("nesterov", 1e-3, 0.9),
    /** {@code torch.optim.Adagrad(lr)}. */
    ADAGRAD("adagrad", 1e-2, Double.NaN),
    /** {@code torch.optim.RMSprop(lr, alpha=β)}. */
    RMSPROP("rmsprop", 1e-2, 0.99),
    /** {@code torch.optim.Adam(lr, betas=(β, 0.999))}. */
    ADAM("adam", 1e-3, 0.9);

    private final String label;
    private final double defaultLr;
    private final double defaultBeta;

    Algorithm(String label, double defaultLr, double defaultBeta) {
        this.label = label;
        this.defaultLr = defaultLr;
        this.defaultBeta = defaultBeta;
    }

    /** The command line's name: {@code sgd}, {@code momentum}, ... */
    public String label() {
        return label;
    }

    /** PyTorch's default learning rate (SGD's since PyTorch 2.x). */
    public double defaultLr() {
        return defaultLr;
    }

    /** The default β (PyTorch's, or 0.9 for momentum, which PyTorch leaves at 0), NaN where β does not apply. */
    public double defaultBeta() {
        return defaultBeta;
    }

    public boolean usesBeta() {
        return !Double.isNaN(defaultBeta);
    }

    /** The algorithm named {@code text} (any case), or an error listing the names. */
    public static Algorithm parse(String text) {
        for (Algorithm a : values()) {
            if (a.label.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown optimizer '" + text + "' (expected one of "
                + String.join(", ", Arrays.stream(values()).map(Algorithm::label).toList()) + ")");
    }
}
