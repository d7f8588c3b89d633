package adjoint.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A tensor's text exactly as PyTorch prints it (its default print options: 4 digits, 80 columns, at most 1000
 * elements before {@code ...}): {@code tensor([1.5000, 2.0000], requires_grad=True)}, {@code tensor([1., 2.])},
 * {@code tensor([1.0000e-05, 1.0000e+00])}, rows on their own lines, elements padded to one width.
 */
final class TensorFormat {
    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;
    private static final int LINE_WIDTH = 80;
    private static final int PRECISION = 4;

    private final Tensor t;
    private final boolean summarize;
    private final boolean floating;
    private final double[] doubles;
    private final long[] longs;
    private boolean intMode = true;
    private boolean sciMode;
    private int width = 1;

    private TensorFormat(Tensor t) {
        this.t = t;
        this.summarize = t.numel() > THRESHOLD;
        this.floating = t.dtype().isFloating();
        this.doubles = floating ? t.toDoubles() : null;
        this.longs = floating ? null : t.toLongs();
        List<Long> shown = new ArrayList<>();
        collect(0, 0, shown);
        measure(shown);
    }

    static String format(Tensor t) {
        String prefix = "tensor(";
        List<String> suffixes = new ArrayList<>();
        DType type = t.dtype();
        String body;
        if (t.numel() == 0) {
            if (t.dim() != 1) {
                suffixes.add("size=" + tuple(t.shape()));
            }
            if (type != DefaultDType.get()) {
                suffixes.add("dtype=torch." + type.label());
            }
            body = "[]";
        } else {
            if (type != DefaultDType.get() && type != DType.INT64 && type != DType.BOOL) {
                suffixes.add("dtype=torch." + type.label());
            }
            TensorFormat f = new TensorFormat(t);
            body = f.text(0, 0, prefix.length());
        }
        if (t.node() != null) {
            suffixes.add("grad_fn=<" + t.node().torchName().replace("torch::autograd::", "") + ">");
        } else if (t.requiresGrad()) {
            suffixes.add("requires_grad=True");
        }
        return withSuffixes(prefix + body, suffixes, prefix.length());
    }

    // ---- which elements are shown, and how wide they are -----------------------------------------------------

    /** The indices along a dimension of size {@code n} that are printed (-1 marks the {@code ...}). */
    private int[] shownIndices(int n) {
        if (!summarize || n <= 2 * EDGE_ITEMS) {
            return java.util.stream.IntStream.range(0, n).toArray();
        }
        int[] out = new int[2 * EDGE_ITEMS + 1];
        for (int i = 0; i < EDGE_ITEMS; i++) {
            out[i] = i;
            out[EDGE_ITEMS + 1 + i] = n - EDGE_ITEMS + i;
        }
        out[EDGE_ITEMS] = -1;
        return out;
    }

    private void collect(int dim, long flat, List<Long> shown) {
        if (dim == t.dim()) {
            shown.add(flat);
            return;
        }
        for (int i : shownIndices(t.shape()[dim])) {
            if (i >= 0) {
                collect(dim + 1, flat * t.shape()[dim] + i, shown);
            }
        }
    }

    /** PyTorch's {@code _Formatter}: integer mode, scientific mode and the common width, from the shown values. */
    private void measure(List<Long> shown) {
        if (!floating) {
            for (long i : shown) {
                width = Math.max(width, plain(longs[(int) i]).length());
            }
            return;
        }
        double[] v = doubles;
        List<Double> finite = new ArrayList<>();
        for (long i : shown) {
            if (Double.isFinite(v[(int) i]) && v[(int) i] != 0) {
                finite.add(v[(int) i]);
            }
        }
        if (finite.isEmpty()) {
            return;
        }
        double min = finite.stream().mapToDouble(Math::abs).min().orElseThrow();
        double max = finite.stream().mapToDouble(Math::abs).max().orElseThrow();
        intMode = finite.stream().allMatch(x -> x == Math.ceil(x));
        sciMode = max / min > 1000 || max > 1e8 || (!intMode && min < 1e-4);
        for (double x : finite) {
            int w = sciMode ? scientific(x).length() : intMode ? fixed(x, 0).length() + 1 : fixed(x, PRECISION).length();
            width = Math.max(width, w);
        }
    }

    // ---- text --------------------------------------------------------------------------------------------------

    private String element(long flat) {
        String s;
        if (!floating) {
            s = plain(longs[(int) flat]);
        } else {
            double x = doubles[(int) flat];
            if (!Double.isFinite(x)) {
                s = Double.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
            } else {
                s = sciMode ? scientific(x) : intMode ? fixed(x, 0) + "." : fixed(x, PRECISION);
            }
        }
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    private String plain(long v) {
        return t.dtype() == DType.BOOL ? (v != 0 ? "True" : "False") : Long.toString(v);
    }

    /** The block for dimension {@code dim} from flat row-major offset {@code flat}, as PyTorch's {@code _tensor_str}. */
    private String text(int dim, long flat, int indent) {
        int rank = t.dim();
        if (rank == 0) {
            return element(0);
        }
        int n = t.shape()[dim];
        List<String> parts = new ArrayList<>();
        for (int i : shownIndices(n)) {
            if (dim == rank - 1) {
                parts.add(i < 0 ? " ..." : element(flat * n + i));
            } else {
                parts.add(i < 0 ? "..." : text(dim + 1, flat * n + i, indent + 1));
            }
        }
        if (dim < rank - 1) {
            String separator = "," + "\n".repeat(rank - dim - 1) + " ".repeat(indent + 1);
            return "[" + String.join(separator, parts) + "]";
        }
        int perLine = Math.max(1, (LINE_WIDTH - indent) / (width + 2));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < parts.size(); i += perLine) {
            lines.add(String.join(", ", parts.subList(i, Math.min(parts.size(), i + perLine))));
        }
        return "[" + String.join(",\n" + " ".repeat(indent + 1), lines) + "]";
    }

    /** Python's {@code '{:.Nf}'}: the exact binary value rounded half to even. */
    private static String fixed(double x, int digits) {
        String s = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        return x < 0 || (x == 0 && 1 / x < 0) ? (s.startsWith("-") ? s : "-" + s) : s;
    }

    /** Python's {@code '{:.4e}'}, e.g. {@code 1.2346e+05}. */
    private static String scientific(double x) {
        if (x == 0) {
            return (1 / x < 0 ? "-" : "") + "0." + "0".repeat(PRECISION) + "e+00";
        }
        BigDecimal d = new BigDecimal(x).round(new MathContext(PRECISION + 1, RoundingMode.HALF_EVEN));
        int exponent = d.precision() - d.scale() - 1;
        String mantissa = d.movePointLeft(exponent).setScale(PRECISION, RoundingMode.HALF_EVEN).toPlainString();
        String e = Integer.toString(Math.abs(exponent));
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }

    private static String tuple(int[] shape) {
        List<String> dims = java.util.Arrays.stream(shape).mapToObj(Integer::toString).toList();
        return "(" + String.join(", ", dims) + (shape.length == 1 ? ",)" : ")");
    }

    /** PyTorch's {@code _add_suffixes}: on the same line while it fits in 80 columns, else on a new one. */
    private static String withSuffixes(String text, List<String> suffixes, int indent) {
        StringBuilder out = new StringBuilder(text);
        int lastLine = text.length() - text.lastIndexOf('\n') + 1;
        for (String suffix : suffixes) {
            if (lastLine + suffix.length() + 2 > LINE_WIDTH) {
                out.append(",\n").append(" ".repeat(indent)).append(suffix);
                lastLine = indent + suffix.length();
            } else {
                out.append(", ").append(suffix);
                lastLine += suffix.length() + 2;
            }
        }
        return out.append(')').toString();
    }
}
