package adjoint.app.render;

import static adjoint.app.render.GraphFigures.FORMULA;
import static adjoint.app.render.GraphFigures.HEADER;
import static adjoint.app.render.GraphFigures.HINT;
import static adjoint.app.render.GraphFigures.KIND;
import static adjoint.app.render.GraphFigures.LABEL;
import static adjoint.app.render.GraphFigures.MESSAGE;
import static adjoint.app.render.GraphFigures.PAD;
import static adjoint.app.render.GraphFigures.ROW;
import static adjoint.app.render.GraphFigures.ROW_LABEL;
import static adjoint.app.render.GraphFigures.ROW_TEXT;
import static adjoint.app.render.GraphFigures.VALUE_X;

import java.util.Set;

/**
 * The one drawing of a graph, for every surface: the screen's canvas, PNG and SVG files. Node boxes with a coloured
 * header (label and kind), the operation, the value and gradient (numbers, or shape and heat map), problems marked
 * in red or amber with their message, the selection and the output highlighted, edges as curves with arrows.
 */
public final class GraphPainter {
    private static final double RADIUS = 10;
    private static final double ARROW = 11;

    private GraphPainter() {
    }

    /** How to draw: colours, which nodes are selected, and whether to fill the background. */
    public record PaintOptions(GraphTheme theme, Set<String> selection, boolean background) {
        public PaintOptions {
            selection = selection == null ? Set.of() : Set.copyOf(selection);
        }
    }

    /** Draws the edges, then the nodes. The caller has already set the surface's zoom and offset. */
    public static void paint(Surface s, GraphFigures figures, PaintOptions o) {
        GraphTheme t = o.theme();
        for (EdgeFigure e : figures.edges()) {
            boolean lit = o.selection().contains(e.from()) || o.selection().contains(e.to());
            edge(s, e, lit ? t.selection() : t.edge(), lit ? 3 : 2.2);
        }
        for (NodeFigure n : figures.nodes().values()) {
            node(s, n, o.selection().contains(n.id()), t);
        }
    }

    /** The grid behind the graph on screen, between canvas coordinates (x0, y0) and (x1, y1). */
    public static void grid(Surface s, GraphTheme t, double x0, double y0, double x1, double y1, double cell) {
        long first = (long) Math.floor(x0 / cell);
        for (long i = first; i * cell <= x1; i++) {
            s.line(i * cell, y0, i * cell, y1, i % 5 == 0 ? t.gridMajor() : t.gridMinor(), 1, false);
        }
        first = (long) Math.floor(y0 / cell);
        for (long i = first; i * cell <= y1; i++) {
            s.line(x0, i * cell, x1, i * cell, i % 5 == 0 ? t.gridMajor() : t.gridMinor(), 1, false);
        }
    }

    /** A wire being dragged from a port, drawn like an edge (dashed where it is not yet connected). */
    public static void wire(Surface s, GraphTheme t, double x1, double y1, double x2, double y2) {
        double reach = Math.max(40, Math.min(160, Math.abs(x2 - x1) / 2));
        s.curve(x1, y1, x1 + reach, y1, x2 - reach, y2, x2, y2, t.selection(), 2.5);
        s.fillCircle(x2, y2, 5, t.selection());
    }

    static void edge(Surface s, EdgeFigure e, Rgba colour, double width) {
        double[][] pieces = e.pieces();
        pieces[0][0] += PortFigure.RADIUS;
        double[] last = pieces[pieces.length - 1];
        double end = e.x2() - PortFigure.RADIUS - ARROW + 1;
        last[4] += end - last[6];
        last[6] = end;
        for (double[] p : pieces) {
            s.curve(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], colour, width);
        }
        double tip = e.x2() - PortFigure.RADIUS - 1;
        s.fillPolygon(new double[] {tip, tip - ARROW, tip - ARROW}, new double[] {e.y2(), e.y2() - 6, e.y2() + 6}, colour);
    }

    static void node(Surface s, NodeFigure n, boolean selected, GraphTheme t) {
        double x = n.x();
        double y = n.y();
        double w = n.width();
        double h = n.height();
        if (selected) {
            s.strokeRoundRect(x - 5, y - 5, w + 10, h + 10, RADIUS + 5, t.selection().withAlpha(0.35), 5);
        }
        s.fillRoundRect(x + 1.5, y + 3, w, h, RADIUS, Rgba.BLACK.withAlpha(t == GraphTheme.DARK ? 0.35 : 0.10));
        s.fillRoundRect(x, y, w, h, RADIUS, t.nodeFill());
        Rgba header = t.header(n.category());
        s.fillRoundRect(x, y, w, HEADER, RADIUS, header);
        s.fillRect(x, y + HEADER - RADIUS, w, RADIUS, header);
        s.line(x, y + HEADER, x + w, y + HEADER, n.category().colour(), 2, false);
        s.strokeRoundRect(x, y, w, h, RADIUS, border(n, selected, t), borderWidth(n, selected));
        if (n.output()) {
            s.strokeRoundRect(x + 3.5, y + 3.5, w - 7, h - 7, RADIUS - 3, t.output().withAlpha(0.55), 1.5);
        }
        s.text(TextMetrics.fit(n.label(), LABEL, w - 3 * PAD - TextMetrics.width(n.kind(), KIND)),
                x + PAD, y + 27, LABEL, t.text());
        s.text(n.kind(), x + w - PAD, y + 26, n.output() ? KIND.emphasised() : KIND, n.output() ? t.output() : t.muted());
        double row = y + HEADER + 6;
        if (n.formula() != null) {
            s.text(n.formula(), x + PAD, row + 19, FORMULA, t.text());
            row += ROW;
        }
        if (n.value() != null) {
            row = valueRow(s, x, row, "value", n.value(), t.text(), t);
        }
        if (n.gradShown()) {
            row = n.grad() == null ? emptyRow(s, x, row, t) : valueRow(s, x, row, "grad", n.grad(), t.gradient(), t);
        }
        Rgba problem = n.problem() == NodeFigure.Problem.ERROR ? t.error() : t.warning();
        for (String line : n.message()) {
            s.text(line, x + PAD, row + 16, MESSAGE, problem);
            row += 19;
        }
        ports(s, n, t);
    }

    private static double valueRow(Surface s, double x, double row, String name, TensorSummary v, Rgba colour,
                                   GraphTheme t) {
        s.text(name, x + PAD, row + 18, ROW_LABEL, t.muted());
        s.text(v.text(), x + VALUE_X, row + 19, ROW_TEXT, colour);
        row += ROW;
        if (v.hasHeatMap()) {
            double cell = GraphFigures.cell(v);
            for (int r = 0; r < v.rows(); r++) {
                for (int c = 0; c < v.cols(); c++) {
                    s.fillRect(x + VALUE_X + c * cell, row + r * cell, cell - 1.5, cell - 1.5,
                            t.heat(v.cells()[r * v.cols() + c], v.scale()));
                }
            }
            if (v.more()) {
                s.text("…", x + VALUE_X + v.cols() * cell + 3, row + v.rows() * cell - 2, ROW_LABEL, t.muted());
            }
            row += v.rows() * cell + 8;
        }
        return row;
    }

    private static double emptyRow(Surface s, double x, double row, GraphTheme t) {
        s.text("grad", x + PAD, row + 18, ROW_LABEL, t.muted());
        s.text("—", x + VALUE_X, row + 19, ROW_TEXT, t.muted());
        return row + ROW;
    }

    private static void ports(Surface s, NodeFigure n, GraphTheme t) {
        for (PortFigure p : n.inputs()) {
            if (p.spare()) {
                s.strokeCircle(p.x(), p.y(), PortFigure.RADIUS - 1.5, t.muted().withAlpha(0.7), 1.2);
                s.text("+", p.x() - PortFigure.RADIUS - 4, p.y() - 8, HINT, t.muted().withAlpha(0.7));
                continue;
            }
            if (p.connected()) {
                s.fillCircle(p.x(), p.y(), PortFigure.RADIUS, t.edge());
                s.strokeCircle(p.x(), p.y(), PortFigure.RADIUS, t.nodeFill(), 1.5);
            } else {
                s.fillCircle(p.x(), p.y(), PortFigure.RADIUS, t.nodeFill());
                s.strokeCircle(p.x(), p.y(), PortFigure.RADIUS - 0.75, t.muted(), 1.5);
            }
            if (!p.hint().isEmpty()) {
                s.text(p.hint(), p.x() - PortFigure.RADIUS - 4, p.y() - 8, HINT, p.connected() ? t.text() : t.muted());
            }
        }
        PortFigure out = n.outputPort();
        s.fillCircle(out.x(), out.y(), PortFigure.RADIUS, n.category().colour());
        s.strokeCircle(out.x(), out.y(), PortFigure.RADIUS, t.nodeFill(), 1.5);
    }

    private static Rgba border(NodeFigure n, boolean selected, GraphTheme t) {
        return switch (n.problem()) {
            case ERROR -> t.error();
            case WARNING -> t.warning();
            case NONE -> selected ? t.selection() : n.output() ? t.output() : t.nodeBorder();
        };
    }

    private static double borderWidth(NodeFigure n, boolean selected) {
        return n.problem() != NodeFigure.Problem.NONE || selected ? 3 : n.output() ? 2.5 : 1.5;
    }
}
