package adjoint.app.document;

import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An Adjoint document: the expression graph (engine), where each node sits on the canvas, and view settings.
 * Immutable: every edit is a {@link Command} that makes a new document, so undo is keeping the old one.
 * Knows nothing of JavaFX.
 *
 * <pre>{@code
 * Document d = Document.of(ExprGraph.parse("x = 1.5\nf = sin(x)"));   // laid out left to right
 * d = new AddNode("cos", new Point(400, 0)).apply(d);
 * d.labels()                                                        // {n1=x, n2=f, n3=w3}
 * }</pre>
 *
 * @param graph     the graph
 * @param positions canvas position (top-left corner) of each node id; a node without one is placed by the view
 * @param view      view settings
 */
public record Document(ExprGraph graph, Map<String, Point> positions, ViewSettings view) {
    public Document {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(view, "view");
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    public static Document empty() {
        return new Document(ExprGraph.empty(), Map.of(), ViewSettings.DEFAULT);
    }

    /** A document of this graph, laid out left to right with nodes of the default size. */
    public static Document of(ExprGraph graph) {
        return new Document(graph, GraphLayout.layout(graph), ViewSettings.DEFAULT);
    }

    public Document withGraph(ExprGraph g) {
        Map<String, Point> kept = new LinkedHashMap<>(positions);
        kept.keySet().retainAll(g.nodes().stream().map(n -> n.id()).toList());
        return new Document(g, kept, view);
    }

    public Document withPositions(Map<String, Point> p) {
        return new Document(graph, p, view);
    }

    public Document withView(ViewSettings v) {
        return new Document(graph, positions, v);
    }

    /** Where a node sits, or null if it has no position yet. */
    public Point position(String id) {
        return positions.get(id);
    }

    /** Each node's label as shown: its name or {@code wK}, or the exam's {@code w1..wN} when the view asks. */
    public Map<String, String> labels() {
        return view.examLabels() ? graph.examLabels() : graph.labels();
    }

    /** The node backward runs from: the one the user chose, else the graph's output (null when empty). */
    public String output() {
        return view.output() != null && graph.contains(view.output()) ? view.output() : graph.output();
    }

    /** Ids of the nodes this document has and {@code earlier} had not, in topological order (what a paste added). */
    public List<String> nodesAddedSince(Document earlier) {
        return graph.nodes().stream().map(GraphNode::id).filter(id -> !earlier.graph().contains(id)).toList();
    }
}
