package adjoint.engine.nn;

import adjoint.engine.Tensor;
import adjoint.engine.TensorException;

/**
 * {@code x Φ(x)}, exact ({@code "none"}, the default) or with the {@code "tanh"} approximation, as
 * {@code torch.nn.GELU}.
 *
 * <pre>{@code
 * new GELU().forward(Tensor.of(1));       // [0.8413]
 * new GELU("tanh").forward(Tensor.of(1)); // [0.8412]
 * }</pre>
 */
public final class GELU extends Module {
    private final String approximate;

    public GELU() {
        this("none");
    }

    public GELU(String approximate) {
        if (!approximate.equals("none") && !approximate.equals("tanh")) {
            throw new TensorException("approximate argument must be either none or tanh.");
        }
        this.approximate = approximate;
    }

    @Override
    public Tensor forward(Tensor input) {
        return Functional.gelu(input, approximate.equals("tanh"));
    }

    @Override
    protected String extraRepr() {
        return "approximate='" + approximate + "'";
    }
}
