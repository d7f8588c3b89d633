package adjoint.app.render;

import static adjoint.app.render.GraphFigures.FORMULA;
import static adjoint.app.render.GraphFigures.HEADER;
import static adjoint.app.render.GraphFigures.KIND;
import static adjoint.app.render.GraphFigures.LABEL;
import static adjoint.app.render.GraphFigures.MAX_WIDTH;
import static adjoint.app.render.GraphFigures.MESSAGE;
import static adjoint.app.render.GraphFigures.MIN_WIDTH;
import static adjoint.app.render.GraphFigures.PAD;
import static adjoint.app.render.GraphFigures.PORT_STEP;
import static adjoint.app.render.GraphFigures.PORT_TOP;
import static adjoint.app.render.GraphFigures.ROW;
import static adjoint.app.render.GraphFigures.ROW_TEXT;
import static adjoint.app.render.GraphFigures.VALUE_X;

import adjoint.app.document.LeafValues;
import adjoint.app.document.Point;
import adjoint.app.document.Port;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.NodeResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A node's texts and size before it is placed; {@link #at} places it and adds its ports. */
record NodeContent(GraphNode node, NodeCategory category, String label, String kind, String formula,
                   TensorSummary value, TensorSummary grad, boolean gradShown, List<String> message,
                   NodeFigure.Problem problem, boolean output, List<Port> ports, List<String> hints,
                   double width, double height) {

    private static final int CACHE = 4096;
    private static final Map<Key, NodeContent> MADE = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, NodeContent> eldest) {
            return size() > CACHE;
        }
    };

    /** What a node's content depends on: the node, its inputs' labels, its result, what is shown. */
    private record Key(GraphNode node, List<String> inputLabels, String label, NodeResult result, boolean output,
                       boolean values, boolean grads) {
    }

    /** The content of a node, made once for each thing it depends on (dragging redraws often). */
    static NodeContent of(ExprGraph g, GraphNode n, Map<String, String> labels, NodeResult r,
                          GraphFigures.FigureOptions o, boolean output) {
        List<String> inputLabels = n.inputIds().stream().map(id -> labels.getOrDefault(id, id)).toList();
        Key key = new Key(n, inputLabels, labels.get(n.id()), r, output, o.showValues(), o.showGrads());
        synchronized (MADE) {
            NodeContent c = MADE.get(key);
            if (c != null) {
                return c;
            }
        }
        NodeContent c = make(g, n, labels, r, o, output);
        synchronized (MADE) {
            MADE.put(key, c);
        }
        return c;
    }

    private static NodeContent make(ExprGraph g, GraphNode n, Map<String, String> labels, NodeResult r,
                                    GraphFigures.FigureOptions o, boolean output) {
        String label = labels.getOrDefault(n.id(), n.id());
        String kind = output ? "output" : kind(n);
        String formula = LeafValues.isValue(n) ? null : formula(g, n, labels);
        TensorSummary value = o.showValues() && r != null ? TensorSummary.of(r.value()) : null;
        boolean gradShown = o.showGrads() && r != null && r.value() != null;
        TensorSummary grad = gradShown ? TensorSummary.of(r.grad()) : null;
        NodeFigure.Problem problem = r == null ? NodeFigure.Problem.NONE
                : r.error() != null ? NodeFigure.Problem.ERROR
                : r.warning() != null ? NodeFigure.Problem.WARNING : NodeFigure.Problem.NONE;
        List<Port> ports = new ArrayList<>(Port.of(n));
        List<String> hints = new ArrayList<>(ports.stream().map(p -> PortHints.hint(n, p, ports.size())).toList());
        if (PortHints.isSum(n)) {
            ports.add(Port.input(n.inputs().size()));
            hints.add("+");
        }

        double width = Math.max(MIN_WIDTH, TextMetrics.width(label, LABEL) + TextMetrics.width(kind, KIND) + 3 * PAD);
        if (formula != null) {
            width = Math.max(width, TextMetrics.width(formula, FORMULA) + 2 * PAD);
        }
        width = Math.max(width, rowWidth(value));
        width = Math.max(width, rowWidth(grad));
        width = Math.min(MAX_WIDTH, width);
        if (formula != null) {
            formula = TextMetrics.fit(formula, FORMULA, width - 2 * PAD);
        }
        String text = problem == NodeFigure.Problem.ERROR ? r.error() : problem == NodeFigure.Problem.WARNING ? r.warning() : null;
        if (text != null) {
            width = Math.max(width, Math.min(MAX_WIDTH, 250));
        }
        List<String> message = text == null ? List.of() : TextMetrics.wrap(text, MESSAGE, width - 2 * PAD, 4);

        double height = HEADER + 6 + (formula != null ? ROW : 0) + rowHeight(value, value != null)
                + rowHeight(grad, gradShown) + message.size() * 19 + 8;
        if (!ports.isEmpty()) {
            height = Math.max(height, PORT_TOP + (ports.size() - 1) * PORT_STEP + 22);
        }
        height = Math.max(height, HEADER + 30);
        return new NodeContent(n, NodeCategory.of(n), label, kind, formula, value, grad, gradShown, message, problem,
                output, ports, hints, Math.ceil(width), Math.ceil(height));
    }

    NodeFigure at(Point p) {
        double x = p.x();
        double y = p.y();
        List<PortFigure> inputs = new ArrayList<>();
        for (int i = 0; i < ports.size(); i++) {
            boolean spare = PortHints.isSum(node) && i == ports.size() - 1;
            inputs.add(new PortFigure(node.id(), ports.get(i), i, x, y + PORT_TOP + i * PORT_STEP, hints.get(i),
                    !spare && PortHints.source(node, ports.get(i)) != null, spare));
        }
        PortFigure out = new PortFigure(node.id(), null, -1, x + width, y + PORT_TOP, "", false, false);
        return new NodeFigure(node.id(), x, y, width, height, category, label, kind, formula, value, grad, gradShown,
                message, problem, output, List.copyOf(inputs), out);
    }

    private static String kind(GraphNode n) {
        if (n.isLeaf()) {
            return "variable";
        }
        return switch (n.op()) {
            case "add" -> n.signs().contains(-1) ? "sum ±" : "add";
            case "tensor" -> NodeCategory.of(n) == NodeCategory.CONSTANT ? "constant" : "tensor";
            default -> n.op();
        };
    }

    private static String formula(ExprGraph g, GraphNode n, Map<String, String> labels) {
        try {
            return g.formula(n.id(), labels);
        } catch (RuntimeException e) {
            return n.op();
        }
    }

    private static double rowWidth(TensorSummary s) {
        if (s == null) {
            return 0;
        }
        double w = VALUE_X + TextMetrics.width(s.text(), ROW_TEXT) + PAD;
        return s.hasHeatMap() ? Math.max(w, VALUE_X + s.cols() * GraphFigures.cell(s) + PAD + 16) : w;
    }

    private static double rowHeight(TensorSummary s, boolean shown) {
        if (!shown) {
            return 0;
        }
        return ROW + (s != null && s.hasHeatMap() ? s.rows() * GraphFigures.cell(s) + 8 : 0);
    }
}
