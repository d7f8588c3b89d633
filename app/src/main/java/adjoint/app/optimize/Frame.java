package adjoint.app.optimize;

import adjoint.app.render.Rgba;
import adjoint.app.render.Surface;
import adjoint.app.render.TextStyle;
import java.util.Locale;

/**
 * A plot's rectangle on a surface and the data range it shows: maps data to pixels and back, and draws the axes
 * with ticks, numbers and names.
 */
record Frame(double left, double top, double width, double height, double xMin, double xMax, double yMin, double yMax) {
    static final Rgba AXIS = Rgba.hex("#333333");
    static final TextStyle TICK = TextStyle.sans(11);
    static final TextStyle NAME = TextStyle.bold(13);

    double px(double x) {
        return left + (x - xMin) / (xMax - xMin) * width;
    }

    double py(double y) {
        return top + height - (y - yMin) / (yMax - yMin) * height;
    }

    double dataX(double px) {
        return xMin + (px - left) / width * (xMax - xMin);
    }

    double dataY(double py) {
        return yMin + (top + height - py) / height * (yMax - yMin);
    }

    boolean contains(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }

    /** The frame, ticks and numbers on the left and bottom, and the axis names. */
    void drawAxes(Surface s, String xName, String yName) {
        Rgba grid = AXIS.withAlpha(0.9);
        s.line(left, top, left, top + height, grid, 1, false);
        s.line(left, top + height, left + width, top + height, grid, 1, false);
        s.line(left + width, top, left + width, top + height, grid.withAlpha(0.3), 1, false);
        s.line(left, top, left + width, top, grid.withAlpha(0.3), 1, false);
        double xs = niceStep(xMax - xMin, Math.max(2, width / 80));
        for (double t = Math.ceil(xMin / xs) * xs; t <= xMax + 1e-9 * xs; t += xs) {
            double p = px(t);
            s.line(p, top + height, p, top + height + 5, AXIS, 1, false);
            s.text(number(t, xs), p, top + height + 18, TICK.aligned(TextStyle.Align.CENTER), AXIS);
        }
        double ys = niceStep(yMax - yMin, Math.max(2, height / 50));
        for (double t = Math.ceil(yMin / ys) * ys; t <= yMax + 1e-9 * ys; t += ys) {
            double p = py(t);
            s.line(left - 5, p, left, p, AXIS, 1, false);
            s.text(number(t, ys), left - 8, p + 4, TICK.aligned(TextStyle.Align.RIGHT), AXIS);
        }
        s.text(xName, left + width / 2, top + height + 36, NAME.aligned(TextStyle.Align.CENTER), AXIS);
        s.text(yName, left, top - 8, NAME.aligned(TextStyle.Align.CENTER), AXIS);
    }

    /** A step of 1, 2 or 5 times a power of ten giving about {@code count} ticks over {@code span}. */
    static double niceStep(double span, double count) {
        double raw = span / count;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / p;
        return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
    }

    static String number(double v, double step) {
        if (Math.abs(v) < step * 1e-6) {
            return "0";
        }
        int digits = Math.max(0, (int) -Math.floor(Math.log10(step)));
        return String.format(Locale.ROOT, "%." + Math.min(digits, 6) + "f", v);
    }

    /** A short number for labels and tables: 4 significant digits. */
    static String brief(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (Math.abs(v) < 1e-12) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e")) {
            return s;
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
