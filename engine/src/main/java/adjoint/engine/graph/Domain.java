package adjoint.engine.graph;

import adjoint.engine.Tensor;
import java.util.Map;

/** Finds the node where a NaN or infinity first appears, and says why in the words of the operation. */
final class Domain {
    /** Values beyond this many elements are not scanned (taken as finite). */
    static final int SCANNED = 1_000_000;

    private Domain() {
    }

    static String warning(GraphNode n, Tensor value, ExprGraph graph, Map<String, NodeResult> earlier) {
        if (!value.dtype().isFloating() || n.isLeaf()) {
            return null;
        }
        boolean nan = false;
        boolean inf = false;
        for (double v : value.numel() > SCANNED ? new double[0] : value.toDoubles()) {
            nan |= Double.isNaN(v);
            inf |= Double.isInfinite(v);
        }
        if (!nan && !inf) {
            return null;
        }
        for (String in : n.inputIds()) {
            NodeResult r = earlier.get(in);
            if (r != null && (r.warning() != null || (r.value() != null && hasNonFinite(r.value())))) {
                return null;
            }
        }
        return words(n, nan);
    }

    /** Why node {@code n} gives NaN ({@code nan}) or an infinity, in the words of its operation. */
    static String words(GraphNode n, boolean nan) {
        return switch (n.op()) {
            case "log", "ln", "log1p" -> nan ? "log of a negative number is not defined (nan)" : "log of zero is -inf";
            case "sqrt" -> "square root of a negative number is not defined (nan)";
            case "div" -> nan ? "0 / 0 is not defined (nan)" : "division by zero gives infinity";
            case "pow" -> nan ? "a negative number to a fractional power is not defined (nan)" : "the power overflows to infinity";
            case "exp", "exp2" -> "exp overflows to infinity";
            default -> nan ? "the result is not a number (nan)" : "the result is infinite";
        };
    }

    private static boolean hasNonFinite(Tensor t) {
        if (!t.dtype().isFloating() || t.numel() > SCANNED) {
            return false;
        }
        for (double v : t.toDoubles()) {
            if (!Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }
}
