package adjoint.app.optimize;

import adjoint.app.optimize.LandscapeModel.Domain;
import adjoint.app.optimize.LandscapeModel.Sampled;
import adjoint.app.render.Rgba;
import adjoint.app.render.Surface;
import adjoint.app.render.TextStyle;
import adjoint.engine.optimize.Contours;
import adjoint.engine.optimize.Curve;
import adjoint.engine.optimize.Path;
import adjoint.engine.optimize.PathPoint;
import adjoint.engine.optimize.Polyline;
import java.util.List;

/**
 * Draws the landscape on any surface (screen, PNG, SVG, GIF frame): two variables as a heatmap with contours,
 * undefined regions hatched, optional gradient arrows and the racing paths; one variable as the curve with each
 * path's iterates and tangent, beside it x and f over the iterations.
 */
final class LandscapePainter {
    static final double MARGIN_LEFT = 64;
    static final double MARGIN_TOP = 30;
    static final double MARGIN_BOTTOM = 48;
    /** Room right of the heatmap for its colour bar and the bar's numbers. */
    static final double COLOUR_BAR = 92;
    /** How many contour levels, and so colour bands less one, the heatmap has. */
    static final int LEVELS = 14;

    /** Everything one picture shows. */
    record Picture(List<String> names, Sampled sampled, Domain domain, double[] start, List<Path> paths, boolean arrows) {
    }

    private LandscapePainter() {
    }

    /** The heatmap's or curve's frame in a picture of this size (the view maps clicks with it). */
    static Frame mainFrame(Picture p, double width, double height) {
        double w = p.names().size() == 2 ? width - MARGIN_LEFT - 20 - COLOUR_BAR : width * 0.6 - MARGIN_LEFT - 10;
        Domain d = p.domain();
        double[] yr = p.names().size() == 2 ? new double[] {d.yMin(), d.yMax()} : curveRange(p);
        return new Frame(MARGIN_LEFT, MARGIN_TOP, Math.max(50, w), Math.max(50, height - MARGIN_TOP - MARGIN_BOTTOM),
                d.xMin(), d.xMax(), yr[0], yr[1]);
    }

    static void paint(Surface s, double width, double height, Picture p) {
        s.fillRect(0, 0, width, height, Rgba.WHITE);
        if (p.domain() == null) {
            return;
        }
        Frame f = mainFrame(p, width, height);
        if (p.names().size() == 2) {
            if (p.sampled() != null && p.sampled().surface() != null) {
                double[] levels = Contours.levels(p.sampled().surface(), LEVELS);
                heatmap(s, f, p.sampled().surface(), levels, p.arrows());
                colourBar(s, f, levels);
                s.text("colour: f, " + (levels.length + 1) + " quantile bands from purple (low) to yellow (high); lines: contours"
                        + (p.arrows() ? "; arrows: −∇f" : ""), f.left() + 30, f.top() - 10, TextStyle.sans(11), Frame.AXIS);
            }
            f.drawAxes(s, p.names().get(0), p.names().get(1));
            paths2d(s, f, p);
        } else {
            if (p.sampled() != null && p.sampled().curve() != null) {
                curve(s, f, p.sampled().curve());
            }
            f.drawAxes(s, p.names().get(0), "f");
            paths1d(s, f, p);
            double x0 = width * 0.6 + 50;
            double w = width - x0 - 16;
            double h = (height - MARGIN_TOP - 2 * MARGIN_BOTTOM) / 2;
            series(s, new Frame(x0, MARGIN_TOP, w, h, 0, 1, 0, 1), p, 0, p.names().get(0));
            series(s, new Frame(x0, MARGIN_TOP + h + MARGIN_BOTTOM, w, h, 0, 1, 0, 1), p, -1, "f");
        }
        legend(s, f, p.paths());
    }

    private static void heatmap(Surface s, Frame f, adjoint.engine.optimize.Surface sf, double[] levels, boolean arrows) {
        double cw = f.width() / (sf.columns() - 1);
        double ch = f.height() / (sf.rows() - 1);
        for (int r = 0; r < sf.rows(); r++) {
            for (int c = 0; c < sf.columns(); c++) {
                double x = f.px(sf.xs().value(c)) - cw / 2;
                double y = f.py(sf.ys().value(r)) - ch / 2;
                Rgba colour = sf.isDefined(r, c) ? Colours.ramp(band(levels, sf.f(r, c))) : Colours.UNDEFINED;
                s.fillRect(clampX(f, x), clampY(f, y), clip(f, x, cw, true), clip(f, y, ch, false), colour);
            }
        }
        hatch(s, f, sf, cw, ch);
        for (double level : levels) {
            for (Polyline line : Contours.trace(sf, level)) {
                for (int i = 1; i < line.size(); i++) {
                    s.line(f.px(line.x(i - 1)), f.py(line.y(i - 1)), f.px(line.x(i)), f.py(line.y(i)), Colours.CONTOUR, 1, false);
                }
                if (line.closed() && line.size() > 2) {
                    int n = line.size() - 1;
                    s.line(f.px(line.x(n)), f.py(line.y(n)), f.px(line.x(0)), f.py(line.y(0)), Colours.CONTOUR, 1, false);
                }
            }
        }
        if (arrows) {
            arrows(s, f, sf);
        }
        if (sf.note() != null) {
            s.fillRect(f.left() + 4, f.top() + f.height() - 22, Math.min(f.width() - 8, 7.2 * sf.note().length() + 80), 18,
                    Rgba.WHITE.withAlpha(0.85));
            s.text("grey, hatched: undefined — " + sf.note(), f.left() + 8, f.top() + f.height() - 9, TextStyle.sans(11), Rgba.BLACK);
        }
    }

    /**
     * The heatmap's key: one cell per colour band, lowest at the bottom, each boundary numbered with the contour
     * level it is (the bands are quantiles of f, so equal cells stand for unequal steps of f).
     */
    static void colourBar(Surface s, Frame f, double[] levels) {
        double x = f.left() + f.width() + 14;
        double barWidth = 14;
        int bands = levels.length + 1;
        double cell = f.height() / bands;
        TextStyle style = TextStyle.sans(11);
        int every = cell >= 13 ? 1 : (int) Math.ceil(13 / cell);
        for (int i = 0; i < bands; i++) {
            double top = f.top() + f.height() - (i + 1) * cell;
            s.fillRect(x, top, barWidth, cell + 0.5, Colours.ramp(levels.length == 0 ? 0.5 : (double) i / levels.length));
        }
        s.strokeRoundRect(x, f.top(), barWidth, f.height(), 0, Frame.AXIS, 1);
        for (int i = 0; i < levels.length; i++) {
            double y = f.top() + f.height() - (i + 1) * cell;
            s.line(x + barWidth, y, x + barWidth + 4, y, Frame.AXIS, 1, false);
            if ((levels.length - 1 - i) % every == 0) {
                s.text(Frame.brief(levels[i]), x + barWidth + 7, y + 4, style, Frame.AXIS);
            }
        }
        s.text("f", x + 3, f.top() - 10, TextStyle.sans(12), Frame.AXIS);
    }

    /** Diagonal hatching over undefined cells: a stroke in every cell on every fourth diagonal. */
    private static void hatch(Surface s, Frame f, adjoint.engine.optimize.Surface sf, double cw, double ch) {
        int every = Math.max(3, (int) Math.round(8 / Math.max(1, cw)));
        for (int r = 0; r < sf.rows(); r++) {
            for (int c = 0; c < sf.columns(); c++) {
                if (!sf.isDefined(r, c) && Math.floorMod(c + r, every) == 0) {
                    double x = f.px(sf.xs().value(c)) - cw / 2;
                    double y = f.py(sf.ys().value(r)) + ch / 2;
                    if (f.contains(x, y) && f.contains(x + cw, y - ch)) {
                        s.line(x, y, x + cw, y - ch, Colours.HATCH, 1, false);
                    }
                }
            }
        }
    }

    private static void arrows(Surface s, Frame f, adjoint.engine.optimize.Surface sf) {
        int stride = Math.max(1, sf.columns() / 16);
        double len = Math.min(f.width(), f.height()) / 16 * 0.8;
        Rgba ink = Rgba.hex("#1a1a1a").withAlpha(0.7);
        for (int r = stride / 2; r < sf.rows(); r += stride) {
            for (int c = stride / 2; c < sf.columns(); c += stride) {
                double gx = sf.gradX(r, c);
                double gy = sf.gradY(r, c);
                double n = Math.hypot(gx * f.width() / (f.xMax() - f.xMin()), gy * f.height() / (f.yMax() - f.yMin()));
                if (!sf.isDefined(r, c) || !(n > 0) || !Double.isFinite(n)) {
                    continue;
                }
                double dx = -gx * f.width() / (f.xMax() - f.xMin()) / n * len;
                double dy = gy * f.height() / (f.yMax() - f.yMin()) / n * len;
                double x = f.px(sf.xs().value(c));
                double y = f.py(sf.ys().value(r));
                arrow(s, x - dx / 2, y - dy / 2, x + dx / 2, y + dy / 2, ink, 1.2);
            }
        }
    }

    static void arrow(Surface s, double x1, double y1, double x2, double y2, Rgba ink, double width) {
        s.line(x1, y1, x2, y2, ink, width, false);
        double a = Math.atan2(y2 - y1, x2 - x1);
        double h = 5;
        s.fillPolygon(new double[] {x2, x2 - h * Math.cos(a - 0.45), x2 - h * Math.cos(a + 0.45)},
                new double[] {y2, y2 - h * Math.sin(a - 0.45), y2 - h * Math.sin(a + 0.45)}, ink);
    }

    private static void paths2d(Surface s, Frame f, Picture p) {
        for (Path path : p.paths()) {
            Rgba colour = Colours.of(path.settings().algorithm());
            List<PathPoint> pts = path.points();
            for (int i = 1; i < pts.size(); i++) {
                segment(s, f, pts.get(i - 1).value(0), pts.get(i - 1).value(1), pts.get(i).value(0), pts.get(i).value(1), colour);
            }
            for (PathPoint q : pts) {
                dot(s, f, q.value(0), q.value(1), 2.8, colour);
            }
            PathPoint last = pts.get(pts.size() - 1);
            dot(s, f, last.value(0), last.value(1), 5, colour);
            stopMark(s, f, path, last.value(0), last.value(1));
        }
        if (p.start() != null && p.start().length == 2) {
            double x = f.px(p.start()[0]);
            double y = f.py(p.start()[1]);
            if (f.contains(x, y)) {
                s.strokeCircle(x, y, 7, Rgba.BLACK, 2);
                s.strokeCircle(x, y, 9, Rgba.WHITE, 1.5);
            }
        }
    }

    private static void curve(Surface s, Frame f, Curve c) {
        for (int i = 1; i < c.size(); i++) {
            if (c.isDefined(i - 1) && c.isDefined(i)) {
                segment(s, f, c.x(i - 1), c.f(i - 1), c.x(i), c.f(i), Rgba.hex("#1f3a93"));
            } else if (!c.isDefined(i)) {
                double x = f.px(c.x(i));
                s.line(x, f.top(), x, f.top() + f.height(), Colours.UNDEFINED.withAlpha(0.6), 2, false);
            }
        }
    }

    private static void paths1d(Surface s, Frame f, Picture p) {
        for (Path path : p.paths()) {
            Rgba colour = Colours.of(path.settings().algorithm());
            List<PathPoint> pts = path.points();
            for (int i = 1; i < pts.size(); i++) {
                segment(s, f, pts.get(i - 1).value(0), pts.get(i - 1).f(), pts.get(i).value(0), pts.get(i).f(), colour.withAlpha(0.5));
            }
            pts.forEach(q -> dot(s, f, q.value(0), q.f(), 3, colour));
            PathPoint last = pts.get(pts.size() - 1);
            if (Double.isFinite(last.f()) && Double.isFinite(last.gradient(0))) {
                double span = (f.xMax() - f.xMin()) / 6;
                double x = last.value(0);
                segment(s, f, x - span, last.f() - span * last.gradient(0), x + span, last.f() + span * last.gradient(0), colour);
                double px = f.px(x);
                double py = f.py(last.f());
                if (f.contains(px, py)) {
                    s.text("slope " + Frame.brief(last.gradient(0)), px + 8, py - 8, TextStyle.sans(11), colour);
                }
            }
            dot(s, f, last.value(0), last.f(), 5.5, colour);
            stopMark(s, f, path, last.value(0), last.f());
        }
    }

    /** One quantity over the iterations k for every path: the coordinate {@code index}, or f for −1. */
    private static void series(Surface s, Frame box, Picture p, int index, String name) {
        int steps = Math.max(1, p.paths().stream().mapToInt(Path::steps).max().orElse(1));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Path path : p.paths()) {
            for (PathPoint q : path.points()) {
                double v = index < 0 ? q.f() : q.value(index);
                if (Double.isFinite(v) && Math.abs(v) < 1e9) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(lo < hi)) {
            lo = Double.isFinite(lo) ? lo - 1 : 0;
            hi = lo + 2;
        }
        double pad = (hi - lo) * 0.08;
        Frame f = new Frame(box.left(), box.top(), box.width(), box.height(), 0, steps, lo - pad, hi + pad);
        f.drawAxes(s, "iteration k", name);
        for (Path path : p.paths()) {
            Rgba colour = Colours.of(path.settings().algorithm());
            List<PathPoint> pts = path.points();
            for (int i = 1; i < pts.size(); i++) {
                double a = index < 0 ? pts.get(i - 1).f() : pts.get(i - 1).value(index);
                double b = index < 0 ? pts.get(i).f() : pts.get(i).value(index);
                segment(s, f, i - 1, a, i, b, colour);
            }
            if (pts.size() < 60) {
                for (PathPoint q : pts) {
                    dot(s, f, q.step(), index < 0 ? q.f() : q.value(index), 2.5, colour);
                }
            }
        }
    }

    private static void stopMark(Surface s, Frame f, Path path, double x, double y) {
        if (path.stopped() == null) {
            return;
        }
        double px = Math.max(f.left(), Math.min(f.left() + f.width(), Double.isFinite(x) ? f.px(x) : f.left()));
        double py = Math.max(f.top(), Math.min(f.top() + f.height(), Double.isFinite(y) ? f.py(y) : f.top()));
        Rgba red = Colours.STOP;
        s.line(px - 7, py - 7, px + 7, py + 7, red, 3, false);
        s.line(px - 7, py + 7, px + 7, py - 7, red, 3, false);
        String text = path.settings().algorithm().label() + " stopped: " + path.stopped();
        TextStyle style = TextStyle.sans(11);
        double w = Math.min(f.width() - 10, text.length() * 6.2 + 10);
        double tx = Math.min(px + 10, f.left() + f.width() - w);
        double ty = Math.max(f.top() + 16, py - 10);
        s.fillRect(tx - 4, ty - 13, w, 18, Rgba.WHITE.withAlpha(0.92));
        s.text(text, tx, ty, style, red);
    }

    private static void legend(Surface s, Frame f, List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        TextStyle style = TextStyle.sans(12);
        double w = 40 + paths.stream().mapToDouble(p -> label(p).length() * 6.6).max().orElse(100);
        double x = f.left() + f.width() - w - 8;
        double y = f.top() + 8;
        s.fillRoundRect(x, y, w, 8 + 18 * paths.size(), 4, Rgba.WHITE.withAlpha(0.9));
        for (int i = 0; i < paths.size(); i++) {
            Path p = paths.get(i);
            Rgba colour = Colours.of(p.settings().algorithm());
            double ly = y + 16 + 18 * i;
            s.line(x + 8, ly - 4, x + 28, ly - 4, colour, 3, false);
            s.fillCircle(x + 18, ly - 4, 3.5, colour);
            s.text(label(p), x + 34, ly, style, Rgba.BLACK);
        }
    }

    static String label(Path p) {
        PathPoint last = p.last();
        return p.settings().describe() + "  k=" + p.steps() + "  f=" + Frame.brief(last.f());
    }

    private static void segment(Surface s, Frame f, double x1, double y1, double x2, double y2, Rgba colour) {
        double[] a = {f.px(x1), f.py(y1)};
        double[] b = {f.px(x2), f.py(y2)};
        if (!finite(a) || !finite(b) || !clipSegment(f, a, b)) {
            return;
        }
        s.line(a[0], a[1], b[0], b[1], colour, 2.2, false);
    }

    private static void dot(Surface s, Frame f, double x, double y, double r, Rgba colour) {
        double px = f.px(x);
        double py = f.py(y);
        if (Double.isFinite(px) && Double.isFinite(py) && f.contains(px, py)) {
            s.fillCircle(px, py, r + 1, Rgba.WHITE);
            s.fillCircle(px, py, r, colour);
        }
    }

    private static boolean finite(double[] p) {
        return Double.isFinite(p[0]) && Double.isFinite(p[1]);
    }

    /** Liang–Barsky clipping of a segment to the frame; false when nothing is left. */
    static boolean clipSegment(Frame f, double[] a, double[] b) {
        double t0 = 0;
        double t1 = 1;
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a[0] - f.left(), f.left() + f.width() - a[0], a[1] - f.top(), f.top() + f.height() - a[1]};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        if (t0 > t1) {
            return false;
        }
        double ax = a[0];
        double ay = a[1];
        a[0] = ax + t0 * dx;
        a[1] = ay + t0 * dy;
        b[0] = ax + t1 * dx;
        b[1] = ay + t1 * dy;
        return true;
    }

    private static double band(double[] levels, double v) {
        int i = 0;
        while (i < levels.length && v > levels[i]) {
            i++;
        }
        return levels.length == 0 ? 0.5 : (double) i / levels.length;
    }

    private static double clampX(Frame f, double x) {
        return Math.max(f.left(), x);
    }

    private static double clampY(Frame f, double y) {
        return Math.max(f.top(), y);
    }

    private static double clip(Frame f, double start, double size, boolean horizontal) {
        double lo = horizontal ? f.left() : f.top();
        double hi = lo + (horizontal ? f.width() : f.height());
        return Math.max(0, Math.min(hi, start + size) - Math.max(lo, start)) + 0.5;
    }

    /** The f range shown for a curve: the curve's finite values, padded. */
    private static double[] curveRange(Picture p) {
        double[] r = p.sampled() != null && p.sampled().curve() != null ? p.sampled().curve().range() : null;
        if (r == null || !(r[0] < r[1])) {
            return new double[] {-1, 1};
        }
        double hi = Math.min(r[1], r[0] + 50 * Math.max(1e-9, r[1] - r[0]));
        double pad = (hi - r[0]) * 0.08;
        return new double[] {r[0] - pad, hi + pad};
    }
}
