package adjoint.app.lecture;

import adjoint.app.render.EdgeFigure;
import adjoint.app.render.GraphFigures;
import adjoint.app.render.GraphPainter;
import adjoint.app.render.GraphTheme;
import adjoint.app.render.Rgba;
import adjoint.app.render.Surface;
import adjoint.app.render.TextStyle;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The lecture's picture of one moment of the sweep, on any surface (the screen's canvas, a GIF frame, a PNG): the
 * graph drawn by {@link GraphPainter} with the values and adjoints reached so far, the nodes of the current step
 * lit, the active edge drawn thick with its contribution w̄child × ∂child/∂node written beside it, and the step's
 * caption above the graph.
 */
public final class SweepPicture {
    /** Room above the graph for the caption, in canvas units. */
    static final double CAPTION = 64;
    static final double MARGIN = 36;
    private static final TextStyle CAPTION_STYLE = TextStyle.bold(20);
    private static final TextStyle PHASE_STYLE = TextStyle.sans(14);
    private static final TextStyle EDGE_STYLE = TextStyle.bold(16);

    private final Lecture lecture;
    private final GraphTheme theme;

    public SweepPicture(Lecture lecture, GraphTheme theme) {
        this.lecture = lecture;
        this.theme = theme;
    }

    /** The figures as the timeline stands. */
    public GraphFigures figures() {
        return GraphFigures.of(lecture.document(), lecture.shownEvaluation(), GraphFigures.FigureOptions.SHOW_ALL);
    }

    /** {minX, minY, maxX, maxY} of the picture in canvas units, the caption included. */
    public double[] bounds() {
        double[] b = GraphFigures.of(lecture.document(), lecture.evaluation(), GraphFigures.FigureOptions.SHOW_ALL)
                .bounds(null);
        if (b == null) {
            return new double[] {0, 0, 480, 240};
        }
        return new double[] {b[0] - MARGIN, b[1] - MARGIN - CAPTION, Math.max(b[2] + MARGIN, b[0] + 560), b[3] + MARGIN + 30};
    }

    public void paint(Surface s) {
        double[] box = bounds();
        s.fillRect(box[0], box[1], box[2] - box[0], box[3] - box[1], theme.background());
        GraphFigures f = figures();
        SweepStep step = lecture.timeline().current();
        Set<String> lit = new LinkedHashSet<>();
        if (step != null) {
            lit.add(step.node());
            if (step.child() != null) {
                lit.add(step.child());
            }
        }
        GraphPainter.paint(s, f, new GraphPainter.PaintOptions(theme, lit, false));
        if (step != null && step.kind() == SweepStep.Kind.EDGE) {
            activeEdge(s, f, step);
        }
        caption(s, box, step);
    }

    private void activeEdge(Surface s, GraphFigures f, SweepStep step) {
        Rgba colour = theme.gradient();
        for (EdgeFigure e : f.edges()) {
            if (e.from().equals(step.node()) && e.to().equals(step.child())) {
                double[][] pieces = e.pieces();
                for (double[] p : pieces) {
                    s.curve(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], colour, 5);
                }
                // the gradient flows against the edge: an arrow head at the parent's end
                double x = e.x1() + 14;
                double y = e.y1();
                s.fillPolygon(new double[] {x - 12, x + 2, x + 2}, new double[] {y, y - 8, y + 8}, colour);
            }
        }
        for (EdgeFigure e : f.edges()) {
            if (e.from().equals(step.node()) && e.to().equals(step.child())) {
                double[][] pieces = e.pieces();
                double[] p = pieces[pieces.length / 2];
                double mx = (p[0] + 3 * p[2] + 3 * p[4] + p[6]) / 8;
                double my = (p[1] + 3 * p[3] + 3 * p[5] + p[7]) / 8 - 14;
                String text = Pretty.bar(step.childLabel()) + "·∂" + step.childLabel() + "/∂" + step.label() + " = "
                        + Pretty.number(step.value());
                double w = text.length() * 9.8 + 18;
                if (Math.abs(e.x2() - e.x1()) < w + 40) {
                    // a short edge: the label goes above both nodes rather than over them
                    var a = f.node(step.node());
                    var b = f.node(step.child());
                    mx = (e.x1() + e.x2()) / 2;
                    my = Math.min(a.y(), b.y()) - 14;
                }
                s.fillRoundRect(mx - w / 2, my - 19, w, 26, 8, theme.nodeFill().withAlpha(0.94));
                s.strokeRoundRect(mx - w / 2, my - 19, w, 26, 8, colour, 1.5);
                s.text(text, mx, my, EDGE_STYLE.aligned(TextStyle.Align.CENTER), colour);
                return;
            }
        }
    }

    private void caption(Surface s, double[] box, SweepStep step) {
        SweepTimeline t = lecture.timeline();
        String phase = step == null ? "Ready: press → or Space to start the forward sweep"
                : (step.isForward() ? "Forward sweep" : "Backward sweep") + "  ·  step " + t.position() + " of " + t.size();
        s.text(phase, box[0] + 16, box[1] + 22, PHASE_STYLE, theme.muted());
        if (step != null) {
            s.text(step.caption(), box[0] + 16, box[1] + 50, CAPTION_STYLE,
                    step.isForward() ? theme.text() : theme.gradient());
        }
        double y = box[1] + CAPTION - 6;
        s.line(box[0] + 16, y, box[2] - 16, y, theme.nodeBorder().withAlpha(0.5), 1, false);
        s.fillRect(box[0] + 16, y - 1.5, (box[2] - box[0] - 32) * t.progress(), 3, theme.selection());
    }
}
