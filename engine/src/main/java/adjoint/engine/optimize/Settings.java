package adjoint.engine.optimize;

import adjoint.engine.Tensor;
import adjoint.engine.optim.Adagrad;
import adjoint.engine.optim.Adam;
import adjoint.engine.optim.Optimizer;
import adjoint.engine.optim.RMSprop;
import adjoint.engine.optim.SGD;
import java.util.List;

/**
 * An optimizer and its hyper-parameters, ready to build the engine's optimizer over some leaves.
 *
 * <pre>{@code
 * Settings.of(Algorithm.ADAM);                         // lr 0.001, β 0.9: PyTorch's defaults
 * Settings.of(Algorithm.MOMENTUM).withLr(0.01).withBeta(0.5);
 * }</pre>
 *
 * @param lr   the learning rate α
 * @param beta see {@link Algorithm}; NaN where it does not apply
 */
public record Settings(Algorithm algorithm, double lr, double beta) {
    public Settings {
        if (!(lr >= 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException("the learning rate must be a finite number >= 0, not " + lr);
        }
        if (algorithm.usesBeta() && !(beta >= 0 && beta < 1)) {
            throw new IllegalArgumentException("β must be in [0, 1) for " + algorithm.label() + ", not " + beta);
        }
        if (algorithm == Algorithm.NESTEROV && beta == 0) {
            throw new IllegalArgumentException("Nesterov momentum needs β > 0");
        }
        if (!algorithm.usesBeta()) {
            beta = Double.NaN;
        }
    }

    /** PyTorch's defaults for {@code algorithm}. */
    public static Settings of(Algorithm algorithm) {
        return new Settings(algorithm, algorithm.defaultLr(), algorithm.defaultBeta());
    }

    public Settings withLr(double value) {
        return new Settings(algorithm, value, beta);
    }

    public Settings withBeta(double value) {
        return new Settings(algorithm, lr, value);
    }

    /** The engine optimizer over {@code params} with these settings. */
    public Optimizer create(List<Tensor> params) {
        return switch (algorithm) {
            case SGD -> new SGD(params, SGD.options(lr));
            case MOMENTUM -> new SGD(params, SGD.options(lr).momentum(beta));
            case NESTEROV -> new SGD(params, SGD.options(lr).momentum(beta).nesterov(true));
            case ADAGRAD -> new Adagrad(params, Adagrad.options(lr));
            case RMSPROP -> new RMSprop(params, RMSprop.options(lr).alpha(beta));
            case ADAM -> new Adam(params, Adam.options(lr).betas(beta, 0.999));
        };
    }

    /** A short legend entry: {@code "adam (lr 0.001, β 0.9)"}. */
    public String describe() {
        return algorithm.label() + " (lr " + lr + (algorithm.usesBeta() ? ", β " + beta : "") + ")";
    }
}
