package adjoint.engine;

/** PyTorch-like text for a tensor: {@code tensor([1.5000, 2.0000], requires_grad=True)}. */
final class TensorFormat {
    private static final int MAX_ELEMENTS = 1000;

    private TensorFormat() {
    }

    static String format(Tensor t) {
        StringBuilder sb = new StringBuilder("tensor(");
        if (t.numel() > MAX_ELEMENTS) {
            sb.append("<").append(t.numel()).append(" elements, shape ").append(Shapes.format(t.shape())).append(">");
        } else {
            appendData(sb, t.toDoubles(), t.shape(), 0, 0, t.dtype());
        }
        if (t.dtype() != DType.INT64 && t.dtype() != DType.BOOL && t.dtype() != DefaultDType.get()) {
            sb.append(", dtype=torch.").append(t.dtype().label());
        }
        if (t.gradFn() != null) {
            sb.append(", grad_fn=<").append(t.gradFn().op()).append(">");
        } else if (t.requiresGrad()) {
            sb.append(", requires_grad=True");
        }
        return sb.append(")").toString();
    }

    private static int appendData(StringBuilder sb, double[] data, int[] shape, int dim, int at, DType type) {
        if (dim == shape.length) {
            sb.append(element(data[at], type));
            return at + 1;
        }
        sb.append('[');
        for (int i = 0; i < shape[dim]; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            at = appendData(sb, data, shape, dim + 1, at, type);
        }
        sb.append(']');
        return at;
    }

    static String element(double v, DType type) {
        return switch (type) {
            case BOOL -> v != 0 ? "True" : "False";
            case INT64 -> Long.toString((long) v);
            default -> Double.isNaN(v) ? "nan" : Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf")
                    : String.format(java.util.Locale.ROOT, "%.4f", v);
        };
    }
}
