package adjoint.app.render;

import adjoint.app.document.Document;
import adjoint.app.document.Point;
import adjoint.engine.Tensor;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.NodeResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Where everything of a graph is drawn: one {@link NodeFigure} per node and one {@link EdgeFigure} per edge, in
 * canvas units. Sizes come from {@link TextMetrics}, so every surface gets the same geometry.
 *
 * <pre>{@code
 * GraphFigures f = GraphFigures.of(document, evaluation, FigureOptions.SHOW_ALL);
 * f.node("n1").width(); // 180 or more
 * }</pre>
 */
public final class GraphFigures {
    static final double HEADER = 40;
    static final double ROW = 26;
    static final double PAD = 12;
    static final double VALUE_X = 62;
    static final double CELL = 14;

    /** The side of a heat-map cell: larger for small matrices, so a 2×2 reads from afar. */
    static double cell(TensorSummary s) {
        int most = Math.max(s.rows(), s.cols());
        return most <= 3 ? 22 : most <= 5 ? 18 : CELL;
    }
    static final double PORT_TOP = HEADER + 19;
    static final double PORT_STEP = 26;
    static final double MIN_WIDTH = 180;
    static final double MAX_WIDTH = 440;
    static final TextStyle LABEL = TextStyle.bold(20);
    static final TextStyle KIND = TextStyle.sans(13).aligned(TextStyle.Align.RIGHT);
    static final TextStyle FORMULA = TextStyle.mono(16);
    static final TextStyle ROW_LABEL = TextStyle.sans(13);
    static final TextStyle ROW_TEXT = TextStyle.mono(16);
    static final TextStyle MESSAGE = TextStyle.sans(14);
    static final TextStyle HINT = TextStyle.bold(14).aligned(TextStyle.Align.RIGHT);

    private final Map<String, NodeFigure> nodes;
    private final List<EdgeFigure> edges;

    private GraphFigures(Map<String, NodeFigure> nodes, List<EdgeFigure> edges) {
        this.nodes = Collections.unmodifiableMap(nodes);
        this.edges = List.copyOf(edges);
    }

    /** What the figures show, and of which nodes. */
    public record FigureOptions(boolean showValues, boolean showGrads, Set<String> only, Map<String, Point> moved) {
        public static final FigureOptions SHOW_ALL = new FigureOptions(true, true, null, Map.of());

        public static FigureOptions of(Document d) {
            return new FigureOptions(d.view().showValues(), d.view().showGrads(), null, Map.of());
        }

        public FigureOptions only(Set<String> ids) {
            return new FigureOptions(showValues, showGrads, ids, moved);
        }

        public FigureOptions moved(Map<String, Point> positions) {
            return new FigureOptions(showValues, showGrads, only, positions);
        }

        boolean includes(String id) {
            return only == null || only.contains(id);
        }
    }

    public static GraphFigures of(Document doc, GraphEvaluation ev, FigureOptions options) {
        ExprGraph g = doc.graph();
        Map<String, String> labels = doc.labels();
        String output = doc.output();
        Map<String, NodeContent> contents = new LinkedHashMap<>();
        for (GraphNode n : g.nodes()) {
            if (options.includes(n.id())) {
                NodeResult r = ev == null ? null : ev.result(n.id());
                contents.put(n.id(), NodeContent.of(g, n, labels, r, options, n.id().equals(output)));
            }
        }
        Map<String, Point> placed = positions(doc, contents, options);
        Map<String, NodeFigure> figures = new LinkedHashMap<>();
        contents.forEach((id, c) -> figures.put(id, c.at(placed.get(id))));
        return new GraphFigures(figures, edges(g, figures));
    }

    /**
     * The size each node of {@code doc} takes when drawn, {width, height}, for layouts. A node the evaluation has
     * no value for yet is measured as if it held a scalar.
     */
    public static Function<GraphNode, double[]> measure(Document doc, GraphEvaluation ev, FigureOptions options) {
        ExprGraph g = doc.graph();
        Map<String, String> labels = doc.labels();
        NodeResult placeholder = new NodeResult(Tensor.scalar(-0.123456), Tensor.scalar(-0.123456), null, null);
        return n -> {
            NodeResult r = ev == null || ev.result(n.id()) == null || ev.result(n.id()).value() == null
                    ? placeholder : ev.result(n.id());
            NodeContent c = NodeContent.of(g, g.contains(n.id()) ? g.node(n.id()) : n, labels, r, options,
                    n.id().equals(doc.output()));
            return new double[] {c.width(), c.height()};
        };
    }

    private static Map<String, Point> positions(Document doc, Map<String, NodeContent> contents, FigureOptions o) {
        Map<String, Point> placed = new LinkedHashMap<>();
        boolean missing = false;
        for (String id : contents.keySet()) {
            Point p = o.moved().containsKey(id) ? o.moved().get(id) : doc.positions().get(id);
            missing |= p == null;
            placed.put(id, p);
        }
        if (missing) {
            Map<String, Point> fallback = SimplePlacement.place(doc.graph(),
                    id -> contents.containsKey(id) ? new double[] {contents.get(id).width(), contents.get(id).height()}
                            : new double[] {MIN_WIDTH, HEADER + 2 * ROW});
            placed.replaceAll((id, p) -> p != null ? p : fallback.get(id));
        }
        return placed;
    }

    private static List<EdgeFigure> edges(ExprGraph g, Map<String, NodeFigure> figures) {
        List<EdgeFigure> edges = new ArrayList<>();
        for (NodeFigure to : figures.values()) {
            GraphNode node = g.node(to.id());
            for (PortFigure in : to.inputs()) {
                String source = in.spare() ? null : PortHints.source(node, in.port());
                NodeFigure from = source == null ? null : figures.get(source);
                if (from != null) {
                    PortFigure out = from.outputPort();
                    int i = in.index();
                    edges.add(EdgeLanes.route(new EdgeFigure(from.id(), to.id(), i, out.x(), out.y(), in.x(), in.y()),
                            figures.values()));
                }
            }
        }
        return edges;
    }

    public Map<String, NodeFigure> nodes() {
        return nodes;
    }

    public NodeFigure node(String id) {
        return nodes.get(id);
    }

    public List<EdgeFigure> edges() {
        return edges;
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** The topmost node under a point, or null. */
    public NodeFigure nodeAt(double x, double y) {
        NodeFigure hit = null;
        for (NodeFigure f : nodes.values()) {
            if (f.contains(x, y)) {
                hit = f;
            }
        }
        return hit;
    }

    /** The port within {@code tolerance} of a point (outputs and inputs), or null. */
    public PortFigure portAt(double x, double y, double tolerance) {
        PortFigure best = null;
        double bestDistance = Double.MAX_VALUE;
        for (NodeFigure f : nodes.values()) {
            List<PortFigure> ports = new ArrayList<>(f.inputs());
            ports.add(f.outputPort());
            for (PortFigure p : ports) {
                double d = Math.hypot(p.x() - x, p.y() - y);
                if (p.near(x, y, tolerance) && d < bestDistance) {
                    best = p;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /** The edge within {@code tolerance} of a point, or null. */
    public EdgeFigure edgeAt(double x, double y, double tolerance) {
        for (EdgeFigure e : edges) {
            if (e.near(x, y, tolerance)) {
                return e;
            }
        }
        return null;
    }

    /** {minX, minY, maxX, maxY} of the given nodes (all when null), or null if there are none. */
    public double[] bounds(Set<String> ids) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        boolean any = false;
        for (NodeFigure f : nodes.values()) {
            if (ids == null || ids.contains(f.id())) {
                any = true;
                b[0] = Math.min(b[0], f.x() - (f.inputs().isEmpty() ? 0 : 36));
                b[1] = Math.min(b[1], f.y());
                b[2] = Math.max(b[2], f.x() + f.width() + PortFigure.RADIUS);
                b[3] = Math.max(b[3], f.y() + f.height());
            }
        }
        return any ? b : null;
    }
}
