package adjoint.engine.optim;

import adjoint.engine.Tensor;
import java.math.BigDecimal;
import java.util.List;

/** PyTorch's checks of optimizer arguments, with its messages (numbers printed as Python prints floats). */
final class HyperParameters {
    private HyperParameters() {
    }

    /** {@code value} if it is {@code >= 0}, else {@code "Invalid <what>: <value>"} (NaN is refused too). */
    static double nonNegative(String what, double value) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException("Invalid " + what + ": " + repr(value));
        }
        return value;
    }

    /** A beta in [0, 1), as Adam checks it. */
    static double beta(int index, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException("Invalid beta parameter at index " + index + ": " + repr(value));
        }
        return value;
    }

    /** The parameter list, refused when empty or holding a non-leaf, as {@code torch.optim.Optimizer}. */
    static List<Tensor> params(List<Tensor> params) {
        if (params.isEmpty()) {
            throw new IllegalArgumentException("optimizer got an empty parameter list");
        }
        for (Tensor p : params) {
            if (!p.isLeaf()) {
                throw new IllegalArgumentException("can't optimize a non-leaf Tensor");
            }
        }
        return params;
    }

    /** Python's {@code repr} of a float: {@code -1.0}, {@code 0.001}, {@code 1e-08}, {@code 1e+16}. */
    static String repr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return 1 / v > 0 ? "0.0" : "-0.0";
        }
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent < -4 || exponent >= 16) {
            String digits = d.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return (v < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        String plain = d.toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}
