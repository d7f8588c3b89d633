package adjoint.app.optimize;

import adjoint.app.render.Rgba;
import adjoint.app.render.Surface;
import adjoint.app.render.TextStyle;
import adjoint.engine.optimize.LabeledPoint;
import adjoint.engine.optimize.LinearModel;
import adjoint.engine.optimize.PointSet;
import adjoint.engine.optimize.SvmSolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws the SVM view on any surface: shaded class regions, the boundary w·x + b = 0 and dashed margins ±1 of the
 * SVM being trained, its support vectors ringed and the slack of violators, the exact solution and logistic
 * regression's boundary as overlays, and the numbers (margin 2/‖w‖, objective, accuracy).
 */
final class SvmPainter {
    static final Rgba EXACT = Rgba.hex("#1b7a2e");
    static final Rgba LOGISTIC = Rgba.hex("#8e24aa");
    static final Rgba SVM = Rgba.hex("#111111");
    static final double SUPPORT_TOLERANCE = 0.05;
    /** Room under the plot for the numbers. */
    static final double INFO_HEIGHT = 96;

    /** Everything one picture shows; {@code view} is {@code [xMin, xMax, yMin, yMax]} before fitting the aspect. */
    record Picture(PointSet points, SvmModel.Snapshot snapshot, double[] view, boolean exact, boolean logistic, double c,
                   String loss) {
    }

    private SvmPainter() {
    }

    /** The plot's frame: the view with equal scales on both axes, so margins look as wide as they are. */
    static Frame frame(Picture p, double width, double height) {
        double left = 56;
        double top = 34;
        double w = Math.max(50, width - left - 20);
        double h = Math.max(50, height - top - 50 - INFO_HEIGHT);
        double[] v = p.view();
        double sx = (v[1] - v[0]) / w;
        double sy = (v[3] - v[2]) / h;
        double s = Math.max(sx, sy);
        double cx = (v[0] + v[1]) / 2;
        double cy = (v[2] + v[3]) / 2;
        return new Frame(left, top, w, h, cx - s * w / 2, cx + s * w / 2, cy - s * h / 2, cy + s * h / 2);
    }

    static void paint(Surface s, double width, double height, Picture p) {
        s.fillRect(0, 0, width, height, Rgba.WHITE);
        Frame f = frame(p, width, height);
        SvmModel.Snapshot snap = p.snapshot();
        LinearModel m = snap == null || snap.svm() == null ? null : snap.svm().model();
        if (m != null && m.norm() > 0) {
            region(s, f, m, 1, Colours.PLUS.withAlpha(0.12));
            region(s, f, m, -1, Colours.MINUS.withAlpha(0.12));
        }
        f.drawAxes(s, "x₁", "x₂");
        if (snap != null && p.exact() && snap.exact() != null) {
            LinearModel e = snap.exact().model();
            line(s, f, e, 0, EXACT, 2.5, true);
            line(s, f, e, 1, EXACT.withAlpha(0.6), 1.5, true);
            line(s, f, e, -1, EXACT.withAlpha(0.6), 1.5, true);
        }
        if (snap != null && p.logistic() && snap.logistic() != null) {
            line(s, f, snap.logistic(), 0, LOGISTIC, 2.5, false);
        }
        if (m != null && m.norm() > 0) {
            line(s, f, m, 0, SVM, 2.5, false);
            line(s, f, m, 1, Colours.PLUS, 1.8, true);
            line(s, f, m, -1, Colours.MINUS, 1.8, true);
            slack(s, f, m, p.points());
        }
        List<Integer> support = m == null ? List.of() : m.supportVectors(p.points(), SUPPORT_TOLERANCE);
        if (snap != null && p.exact() && snap.exact() != null) {
            for (int i : snap.exact().supportVectors()) {
                LabeledPoint q = p.points().get(i);
                s.strokeCircle(f.px(q.x1()), f.py(q.x2()), 15, EXACT, 2);
            }
        }
        for (int i = 0; i < p.points().size(); i++) {
            point(s, f, p.points().get(i), support.contains(i));
        }
        info(s, f, p, m);
    }

    private static void point(Surface s, Frame f, LabeledPoint q, boolean support) {
        double x = f.px(q.x1());
        double y = f.py(q.x2());
        if (support) {
            s.strokeCircle(x, y, 11, Rgba.BLACK, 2);
        }
        if (q.label() > 0) {
            s.fillCircle(x, y, 6.5, Rgba.WHITE);
            s.fillCircle(x, y, 5.5, Colours.PLUS);
        } else {
            s.fillRect(x - 6.5, y - 6.5, 13, 13, Rgba.WHITE);
            s.fillRect(x - 5.5, y - 5.5, 11, 11, Colours.MINUS);
        }
    }

    /** Each violator's slack: a red segment to its own margin, along w. */
    private static void slack(Surface s, Frame f, LinearModel m, PointSet points) {
        double n2 = m.w1() * m.w1() + m.w2() * m.w2();
        for (LabeledPoint q : points.points()) {
            double fm = m.functionalMargin(q);
            if (fm < 1 - 1e-6) {
                double t = (q.label() - m.score(q.x1(), q.x2())) / n2;
                double[] a = {f.px(q.x1()), f.py(q.x2())};
                double[] b = {f.px(q.x1() + t * m.w1()), f.py(q.x2() + t * m.w2())};
                if (LandscapePainter.clipSegment(f, a, b)) {
                    s.line(a[0], a[1], b[0], b[1], Colours.STOP, 2, false);
                    s.text(String.format(Locale.ROOT, "ξ=%.2f", 1 - fm), (a[0] + b[0]) / 2 + 4, (a[1] + b[1]) / 2, TextStyle.sans(10), Colours.STOP);
                }
            }
        }
    }

    /** The line w·x + b = level across the frame. */
    static void line(Surface s, Frame f, LinearModel m, double level, Rgba colour, double width, boolean dashed) {
        double[] a;
        double[] b;
        if (Math.abs(m.w2()) >= Math.abs(m.w1())) {
            a = new double[] {f.xMin(), (level - m.b() - m.w1() * f.xMin()) / m.w2()};
            b = new double[] {f.xMax(), (level - m.b() - m.w1() * f.xMax()) / m.w2()};
        } else {
            a = new double[] {(level - m.b() - m.w2() * f.yMin()) / m.w1(), f.yMin()};
            b = new double[] {(level - m.b() - m.w2() * f.yMax()) / m.w1(), f.yMax()};
        }
        double[] pa = {f.px(a[0]), f.py(a[1])};
        double[] pb = {f.px(b[0]), f.py(b[1])};
        if (Double.isFinite(pa[0] + pa[1] + pb[0] + pb[1]) && LandscapePainter.clipSegment(f, pa, pb)) {
            s.line(pa[0], pa[1], pb[0], pb[1], colour, width, dashed);
        }
    }

    /** The part of the frame where {@code sign(w·x + b) = side}, clipped from the rectangle by the boundary. */
    private static void region(Surface s, Frame f, LinearModel m, int side, Rgba fill) {
        double[][] rect = {{f.xMin(), f.yMin()}, {f.xMax(), f.yMin()}, {f.xMax(), f.yMax()}, {f.xMin(), f.yMax()}};
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            double[] p = rect[i];
            double[] q = rect[(i + 1) % 4];
            double sp = side * m.score(p[0], p[1]);
            double sq = side * m.score(q[0], q[1]);
            if (sp >= 0) {
                out.add(p);
            }
            if ((sp >= 0) != (sq >= 0)) {
                double t = sp / (sp - sq);
                out.add(new double[] {p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])});
            }
        }
        if (out.size() >= 3) {
            s.fillPolygon(out.stream().mapToDouble(p -> f.px(p[0])).toArray(), out.stream().mapToDouble(p -> f.py(p[1])).toArray(), fill);
        }
    }

    private static void info(Surface s, Frame f, Picture p, LinearModel m) {
        SvmModel.Snapshot snap = p.snapshot();
        List<String[]> rows = new ArrayList<>();
        if (snap != null && snap.message() != null) {
            rows.add(new String[] {snap.message(), "#b00020"});
        }
        if (m != null && snap.svm() != null) {
            rows.add(new String[] {String.format(Locale.ROOT, "SVM (%s, C = %s), step %d%s", p.loss(), Frame.brief(p.c()),
                    snap.svm().step(), snap.done() ? "" : " …"), "#111111"});
            rows.add(new String[] {String.format(Locale.ROOT, "w = (%s, %s), b = %s", Frame.brief(m.w1()), Frame.brief(m.w2()),
                    Frame.brief(m.b())), "#111111"});
            rows.add(new String[] {"margin width 2/‖w‖ = " + Frame.brief(m.margin()) + "   objective " + Frame.brief(snap.svm().loss())
                    + "   accuracy " + Math.round(100 * snap.svm().accuracy()) + "%", "#111111"});
        }
        if (snap != null && p.exact()) {
            SvmSolution e = snap.exact();
            rows.add(e != null ? new String[] {"exact (dual): w = (" + Frame.brief(e.model().w1()) + ", " + Frame.brief(e.model().w2())
                    + "), b = " + Frame.brief(e.model().b()) + ", margin " + Frame.brief(e.margin()), "#1b7a2e"}
                    : new String[] {"exact: " + snap.exactError(), "#b00020"});
        }
        if (snap != null && p.logistic() && snap.logistic() != null) {
            LinearModel l = snap.logistic();
            rows.add(new String[] {"logistic regression: w = (" + Frame.brief(l.w1()) + ", " + Frame.brief(l.w2()) + "), b = "
                    + Frame.brief(l.b()), "#8e24aa"});
        }
        if (rows.isEmpty()) {
            return;
        }
        TextStyle style = TextStyle.sans(12);
        double top = f.top() + f.height() + 56;
        for (int i = 0; i < rows.size(); i++) {
            s.text(rows.get(i)[0], f.left(), top + 17 * i, i == 0 ? style.emphasised() : style, Rgba.hex(rows.get(i)[1]));
        }
    }
}
