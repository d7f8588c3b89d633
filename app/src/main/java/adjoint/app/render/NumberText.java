package adjoint.app.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers as a person reads them on a node: five significant digits ({@code -0.70295}), no trailing zeros,
 * scientific notation only for very small or very large values ({@code 1.2346e-05}).
 */
public final class NumberText {
    private static final MathContext FIVE = new MathContext(5);
    private static final MathContext EIGHT = new MathContext(8);

    private NumberText() {
    }

    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e6 || a < 1e-4) {
            String s = String.format(Locale.ROOT, "%.4e", v);
            String mantissa = s.substring(0, s.indexOf('e')).replaceAll("0+$", "").replaceAll("\\.$", "");
            String exponent = s.substring(s.indexOf('e') + 1);
            int e = Integer.parseInt(exponent);
            return mantissa + "e" + (e < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(e));
        }
        return new BigDecimal(v).round(FIVE).stripTrailingZeros().toPlainString();
    }

    /** Eight significant digits, for tables: {@code -0.70294696}. */
    public static String precise(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return format(v);
        }
        double a = Math.abs(v);
        if (a >= 1e9 || a < 1e-6) {
            return String.format(Locale.ROOT, "%.7e", v).replaceAll("0+e", "e").replaceAll("\\.e", "e");
        }
        return new BigDecimal(v).round(EIGHT).stripTrailingZeros().toPlainString();
    }

    /** Full precision, for the inspector's table: the shortest text that reads back as the same double. */
    public static String exact(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return format(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v) + (v == 0 && 1 / v < 0 ? "" : "");
        }
        return Double.toString(v).replace("E", "e");
    }
}
