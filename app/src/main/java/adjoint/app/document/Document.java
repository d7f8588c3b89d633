package adjoint.app.document;

import adjoint.engine.graph.ExprGraph;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An Adjoint document: the expression graph (engine), where each node sits on the canvas, and view settings.
 * Immutable: every edit is a {@link Command} that makes a new document, so undo is keeping the old one.
 * Knows nothing of JavaFX.
 *
 * @param graph     the graph
 * @param positions canvas position of each node id (a node without one is placed by auto-layout)
 * @param view      view settings
 */
public record Document(ExprGraph graph, Map<String, Point> positions, ViewSettings view) {
    public Document {
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    public static Document empty() {
        return new Document(ExprGraph.empty(), Map.of(), ViewSettings.DEFAULT);
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
}
