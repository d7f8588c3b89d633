package adjoint.app.lecture;

import adjoint.app.render.EdgeFigure;
import adjoint.app.render.GraphFigures;
import adjoint.app.render.GraphPainter;
import adjoint.app.render.GraphTheme;
import adjoint.app.render.NodeFigure;
import adjoint.app.render.Rgba;
import adjoint.app.render.Surface;
import adjoint.app.render.TextStyle;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lecture's picture of one moment of the sweep, on any surface (the screen's canvas, a GIF frame, a PNG): the
 * graph drawn by {@link GraphPainter} with the values and adjoints reached so far, the nodes of the current step
 * lit, the active edge drawn thick with its contribution w̄child × ∂child/∂node written beside it, and the step's
 * caption above the graph.
 *
 * <p>The picture is a pure function of a fractional position on the timeline: {@code 3} is the moment after three
 * steps, {@code 3.4} is 40% of the way through the fourth step's animation. Between two steps the new step's
 * nodes are lit by a growing ring, its value fades in, and a pulse runs along the edge: against it on the
 * backward sweep (child → parent, carrying the contribution's label), along it on the forward sweep. The same
 * position always gives the same frame, so stepping back, scrubbing and the GIF export repeat what the screen shows.
 *
 * <pre>{@code
 * SweepPicture p = new SweepPicture(lecture, GraphTheme.LIGHT);
 * p.paint(surface, 9.5);   // half-way through step 10
 * }</pre>
 */
public final class SweepPicture {
    /** Room above the graph for the caption, in canvas units. */
    static final double CAPTION = 64;
    static final double MARGIN = 36;
    private static final TextStyle CAPTION_STYLE = TextStyle.bold(20);
    private static final TextStyle PHASE_STYLE = TextStyle.sans(14);
    private static final TextStyle EDGE_STYLE = TextStyle.bold(16);
    private static final double RING = 10;
    /** Where in a backward step the old running sum, fully hidden, gives way to the new one. */
    private static final double SWAP = 0.65;

    private final Lecture lecture;
    private final GraphTheme theme;
    /** The figures of each whole position, made once: a frame only paints, it lays out nothing. */
    private final ConcurrentHashMap<Integer, GraphFigures> figures = new ConcurrentHashMap<>();
    private volatile double[] bounds;

    public SweepPicture(Lecture lecture, GraphTheme theme) {
        this.lecture = lecture;
        this.theme = theme;
    }

    /** The figures as the timeline stands. */
    public GraphFigures figures() {
        return figures(lecture.timeline().position());
    }

    /** The figures after the first {@code position} steps. */
    public GraphFigures figures(int position) {
        return figures.computeIfAbsent(position, p -> GraphFigures.of(lecture.document(), lecture.shownEvaluation(p),
                GraphFigures.FigureOptions.SHOW_ALL));
    }

    /** Lays out every position ahead (a worker calls this, so that no frame waits for a layout). */
    public void prepare() {
        bounds();
        for (int p = 0; p <= lecture.timeline().size(); p++) {
            figures(p);
        }
    }

    /** {minX, minY, maxX, maxY} of the picture in canvas units, the caption included. */
    public double[] bounds() {
        double[] b = bounds;
        if (b == null) {
            double[] g = GraphFigures.of(lecture.document(), lecture.evaluation(), GraphFigures.FigureOptions.SHOW_ALL)
                    .bounds(null);
            b = g == null ? new double[] {0, 0, 480, 240} : new double[] {g[0] - MARGIN, g[1] - MARGIN - CAPTION,
                    Math.max(g[2] + MARGIN, g[0] + 560), g[3] + MARGIN + 30};
            bounds = b;
        }
        return b.clone();
    }

    /** Paints the moment the timeline stands at. */
    public void paint(Surface s) {
        paint(s, lecture.timeline().position());
    }

    /** Paints the moment at {@code position} (clamped to 0…size; the fraction is the next step's animation). */
    public void paint(Surface s, double position) {
        paintGraph(s, position);
        paintMotion(s, position);
    }

    /**
     * The still part of the moment at {@code position}: the background and the graph with its numbers. It changes
     * once per step, so the screen keeps it as a picture and repaints only {@link #paintMotion} on top each frame.
     */
    public void paintGraph(Surface s, double position) {
        double[] box = bounds();
        s.fillRect(box[0], box[1], box[2] - box[0], box[3] - box[1], theme.background());
        GraphPainter.paint(s, figures(graphAt(position)), new GraphPainter.PaintOptions(theme, Set.of(), false));
    }

    /** The whole position whose graph {@link #paintGraph} draws at {@code position}: the same graph, the same picture. */
    public int graphAt(double position) {
        return Frame.at(lecture.timeline().steps(), position).drawn();
    }

    /** What moves at {@code position}, drawn over {@link #paintGraph}'s picture: lights, pulses, labels, caption. */
    public void paintMotion(Surface s, double position) {
        paintLights(s, position);
        paintCaption(s, position);
    }

    /** The caption, the phase line and the progress bar, all within {@link #captionBounds()}. */
    public void paintCaption(Surface s, double position) {
        caption(s, bounds(), Frame.at(lecture.timeline().steps(), position));
    }

    /** The strip above the graph that {@link #paintCaption} draws in: {minX, minY, maxX, maxY}. */
    public double[] captionBounds() {
        double[] box = bounds();
        return new double[] {box[0], box[1], box[2], box[1] + CAPTION};
    }

    /**
     * Where {@link #paintLights} draws at {@code position}, {minX, minY, maxX, maxY}, or null where it draws
     * nothing. It depends on the step only, not on how far the step's animation has got.
     */
    public double[] lightBounds(double position) {
        Frame f = Frame.at(lecture.timeline().steps(), position);
        GraphFigures fig = figures(f.drawn());
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (SweepStep step : new SweepStep[] {f.step(), f.previous()}) {
            if (step == null) {
                continue;
            }
            for (String id : new String[] {step.node(), step.child()}) {
                NodeFigure n = id == null ? null : fig.node(id);
                if (n != null) {
                    include(b, n.x(), n.y());
                    include(b, n.x() + n.width(), n.y() + n.height());
                }
            }
            for (EdgeFigure e : fig.edges()) {
                boolean lit = step.isForward() ? e.to().equals(step.node())
                        : e.from().equals(step.node()) && e.to().equals(step.child());
                if (lit) {
                    for (double[] p : e.pieces()) {
                        for (int i = 0; i < 8; i += 2) {
                            include(b, p[i], p[i + 1]);
                        }
                    }
                    if (!step.isForward()) {
                        double[] label = labelAt(fig, e, step);
                        include(b, label[0] - label[2] / 2, label[1] - 19);
                        include(b, label[0] + label[2] / 2, label[1] + 7);
                        include(b, e.x2() - label[2] / 2, e.y2() - 33);
                        include(b, e.x2() + label[2] / 2, e.y2() - 7);
                    }
                }
            }
        }
        if (b[0] > b[2]) {
            return null;
        }
        double pad = 16;
        return new double[] {b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad};
    }

    private static void include(double[] b, double x, double y) {
        b[0] = Math.min(b[0], x);
        b[1] = Math.min(b[1], y);
        b[2] = Math.max(b[2], x);
        b[3] = Math.max(b[3], y);
    }

    /** The lights of the moment: rings, the active edge, pulses, the contribution's label, fading numbers. */
    public void paintLights(Surface s, double position) {
        Frame f = Frame.at(lecture.timeline().steps(), position);
        GraphFigures fig = figures(f.drawn());
        if (f.moving()) {
            coverNumbers(s, fig, f.step(), f.cover());
            highlight(s, fig, f.previous(), 1 - ease(span(f.fraction(), 0, 0.5)));
        }
        highlight(s, fig, f.step(), f.lit());
        if (f.step() != null && f.step().kind() == SweepStep.Kind.EDGE) {
            activeEdge(s, fig, f.step(), f);
        } else if (f.step() != null && f.step().isForward() && f.moving()) {
            forwardPulses(s, fig, f.step(), f.fraction());
        }
    }

    /** What a fractional position shows: the step coming in, the one before it, and how far along it is. */
    record Frame(double position, int whole, double fraction, SweepStep step, SweepStep previous, int size) {
        static Frame at(List<SweepStep> steps, double position) {
            int n = steps.size();
            double p = Double.isNaN(position) ? 0 : Math.max(0, Math.min(n, position));
            int k = (int) Math.floor(p);
            double f = k >= n ? 0 : p - k;
            if (f > 0) {
                return new Frame(p, k, f, steps.get(k), k > 0 ? steps.get(k - 1) : null, n);
            }
            return new Frame(p, k, 0, k == 0 ? null : steps.get(k - 1), null, n);
        }

        boolean moving() {
            return fraction > 0;
        }

        /** The whole position whose values are drawn: the one being reached. */
        int target() {
            return moving() ? whole + 1 : whole;
        }

        /**
         * The whole position whose numbers are drawn. Forward, the new node's rows appear at once (hidden, then
         * faded in); backward, the old running sum is drawn until it is hidden, then the new one.
         */
        int drawn() {
            return moving() && !step.isForward() && fraction < SWAP ? whole : target();
        }

        /** How much of the step's numbers is hidden, 0 to 1: forward the new value fades in, backward the old sum
         * fades out and the new one in. */
        double cover() {
            if (!moving()) {
                return 0;
            }
            return step.isForward() ? 1 - ease(span(fraction, 0.45, 1)) : 1 - Math.abs(1 - 2 * ease(span(fraction, 0.3, 1)));
        }

        /** How lit the step's nodes are, 0 to 1. */
        double lit() {
            return moving() ? ease(span(fraction, 0, 0.5)) : 1;
        }
    }

    /** Hides (at {@code alpha}) the numbers the step changes. */
    private void coverNumbers(Surface s, GraphFigures f, SweepStep step, double alpha) {
        NodeFigure n = f.node(step.node());
        if (n == null || alpha <= 0) {
            return;
        }
        double[] value = n.rowBox(false);
        double[] grad = n.rowBox(true);
        double top = step.isForward() ? value[1] : grad[1];
        double bottom = grad[1] + grad[3];
        // forward, the rows are new (names and numbers); backward, only the gradient's number changes
        double left = step.isForward() ? n.x() + 8 : n.numberX() - 2;
        s.fillRect(left, top + 2, n.x() + n.width() - 4 - left, bottom - top - 2, theme.nodeFill().withAlpha(alpha));
    }

    private void highlight(Surface s, GraphFigures f, SweepStep step, double amount) {
        if (step == null || amount <= 0) {
            return;
        }
        ring(s, f.node(step.node()), amount);
        if (step.child() != null) {
            ring(s, f.node(step.child()), amount);
        }
        if (step.isForward()) {
            for (EdgeFigure e : f.edges()) {
                if (e.to().equals(step.node())) {
                    for (double[] p : e.pieces()) {
                        s.curve(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], fade(theme.selection(), amount), 3);
                    }
                }
            }
        }
    }

    /** A ring that grows out of the node's border as {@code amount} goes from 0 to 1. */
    private void ring(Surface s, NodeFigure n, double amount) {
        if (n == null) {
            return;
        }
        double out = 5 * amount;
        s.strokeRoundRect(n.x() - out, n.y() - out, n.width() + 2 * out, n.height() + 2 * out, RING + out,
                theme.selection().withAlpha(0.35 * amount), 1 + 4 * amount);
        s.strokeRoundRect(n.x(), n.y(), n.width(), n.height(), RING, theme.selection().withAlpha(amount), 3);
    }

    private void activeEdge(Surface s, GraphFigures f, SweepStep step, Frame frame) {
        EdgeFigure edge = edge(f, step.node(), step.child());
        if (edge == null) {
            return;
        }
        double t = frame.fraction();
        double lit = frame.lit();
        Rgba colour = theme.gradient();
        double[][] pieces = edge.pieces();
        for (double[] p : pieces) {
            s.curve(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], fade(colour, lit), 1 + 4 * lit);
        }
        // the gradient flows against the edge: an arrow head at the parent's end
        double x = edge.x1() + 14;
        double y = edge.y1();
        s.fillPolygon(new double[] {x - 12, x + 2, x + 2}, new double[] {y, y - 8, y + 8}, fade(colour, lit));
        if (frame.moving()) {
            // the pulse runs from the child's input back to the parent's output
            double alpha = ease(span(t, 0, 0.08)) * (1 - ease(span(t, 0.6, 0.85)));
            double[] at = point(pieces, 1 - ease(span(t, 0, 0.6)));
            s.fillCircle(at[0], at[1], 11, fade(colour, 0.3 * alpha));
            s.fillCircle(at[0], at[1], 6, fade(colour, alpha));
        }
        contribution(s, f, edge, step, frame);
    }

    /** The label w̄child·∂child/∂node = value: it leaves the child with the pulse and settles over the edge. */
    private void contribution(Surface s, GraphFigures f, EdgeFigure e, SweepStep step, Frame frame) {
        double[] at = labelAt(f, e, step);
        double mx = at[0];
        double my = at[1];
        double w = at[2];
        String text = labelText(step);
        double alpha = 1;
        if (frame.moving()) {
            double go = ease(span(frame.fraction(), 0, 0.75));
            mx = e.x2() + (mx - e.x2()) * go;
            my = e.y2() - 14 + (my - e.y2() + 14) * go;
            alpha = ease(span(frame.fraction(), 0.1, 0.6));
        }
        if (alpha <= 0) {
            return;
        }
        Rgba colour = theme.gradient();
        s.fillRoundRect(mx - w / 2, my - 19, w, 26, 8, theme.nodeFill().withAlpha(0.94 * alpha));
        s.strokeRoundRect(mx - w / 2, my - 19, w, 26, 8, fade(colour, alpha), 1.5);
        s.text(text, mx, my, EDGE_STYLE.aligned(TextStyle.Align.CENTER), fade(colour, alpha));
    }

    private static String labelText(SweepStep step) {
        return Pretty.bar(step.childLabel()) + "·∂" + step.childLabel() + "/∂" + step.label() + " = "
                + Pretty.number(step.value());
    }

    /** Where the contribution's label rests: {centre x, baseline y, width}. */
    private static double[] labelAt(GraphFigures f, EdgeFigure e, SweepStep step) {
        double[] mid = point(e.pieces(), 0.5);
        double mx = mid[0];
        double my = mid[1] - 14;
        double w = labelText(step).length() * 9.8 + 18;
        if (Math.abs(e.x2() - e.x1()) < w + 40) {
            // a short edge: the label goes above both nodes rather than over them
            NodeFigure a = f.node(step.node());
            NodeFigure b = f.node(step.child());
            mx = (e.x1() + e.x2()) / 2;
            my = Math.min(a.y(), b.y()) - 14;
        }
        return new double[] {mx, my, w};
    }

    /** On the forward sweep a pulse runs along each input edge into the node being computed. */
    private void forwardPulses(Surface s, GraphFigures f, SweepStep step, double t) {
        double alpha = ease(span(t, 0, 0.08)) * (1 - ease(span(t, 0.6, 0.85)));
        if (alpha <= 0) {
            return;
        }
        for (EdgeFigure e : f.edges()) {
            if (e.to().equals(step.node())) {
                double[] along = point(e.pieces(), ease(span(t, 0, 0.6)));
                s.fillCircle(along[0], along[1], 11, fade(theme.selection(), 0.3 * alpha));
                s.fillCircle(along[0], along[1], 6, fade(theme.selection(), alpha));
            }
        }
    }

    private void caption(Surface s, double[] box, Frame f) {
        // the old caption fades out in the first half of a step, the new one in over the second
        boolean early = f.moving() && f.fraction() < 0.5;
        SweepStep shown = early ? f.previous() : f.step();
        String phase = shown == null ? "Ready: press → or Space to start the forward sweep"
                : (shown.isForward() ? "Forward sweep" : "Backward sweep") + "  ·  step "
                + (early ? f.whole() : f.target()) + " of " + f.size();
        s.text(phase, box[0] + 16, box[1] + 22, PHASE_STYLE, theme.muted());
        double alpha = f.moving() ? Math.abs(1 - 2 * ease(f.fraction())) : 1;
        if (shown != null) {
            Rgba colour = shown.isForward() ? theme.text() : theme.gradient();
            s.text(shown.caption(), box[0] + 16, box[1] + 50, CAPTION_STYLE, fade(colour, alpha));
        }
        double y = box[1] + CAPTION - 6;
        double progress = f.size() == 0 ? 1 : f.position() / f.size();
        s.line(box[0] + 16, y, box[2] - 16, y, theme.nodeBorder().withAlpha(0.5), 1, false);
        s.fillRect(box[0] + 16, y - 1.5, (box[2] - box[0] - 32) * progress, 3, theme.selection());
    }

    private static EdgeFigure edge(GraphFigures f, String from, String to) {
        for (EdgeFigure e : f.edges()) {
            if (e.from().equals(from) && e.to().equals(to)) {
                return e;
            }
        }
        return null;
    }

    /** The point a fraction {@code t} along a chain of cubic Bézier pieces. */
    static double[] point(double[][] pieces, double t) {
        double u = Math.max(0, Math.min(1, t)) * pieces.length;
        int i = Math.min(pieces.length - 1, (int) u);
        double v = u - i;
        double[] p = pieces[i];
        double a = (1 - v) * (1 - v) * (1 - v);
        double b = 3 * (1 - v) * (1 - v) * v;
        double c = 3 * (1 - v) * v * v;
        double d = v * v * v;
        return new double[] {a * p[0] + b * p[2] + c * p[4] + d * p[6], a * p[1] + b * p[3] + c * p[5] + d * p[7]};
    }

    /** Where {@code t} lies between {@code from} and {@code to}, clamped to 0…1. */
    static double span(double t, double from, double to) {
        return Math.max(0, Math.min(1, (t - from) / (to - from)));
    }

    /** Smoothstep: slow in, slow out. */
    static double ease(double t) {
        return t * t * (3 - 2 * t);
    }

    private static Rgba fade(Rgba c, double alpha) {
        return c.withAlpha(c.a() * Math.max(0, Math.min(1, alpha)));
    }
}
