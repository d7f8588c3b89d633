package adjoint.app.document;

import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every edit of the graph does last: keep the output sensible and the positions and view in step. */
final class Edits {
    private Edits() {
    }

    /**
     * The document with an edited graph and positions. The output follows the edit unless the user chose one
     * ({@link ViewSettings#output()}): when the output node comes to feed another node, the output moves
     * downstream to the last node that reads it and is read by none, so building {@code x → sin → ...} with the
     * mouse keeps the newest end of the chain as the output. A chosen output that was deleted is forgotten.
     */
    static Document commit(Document before, ExprGraph graph, Map<String, Point> positions) {
        ViewSettings view = before.view();
        if (view.output() != null && !graph.contains(view.output())) {
            view = view.withOutput(null);
        }
        Map<String, Point> kept = new LinkedHashMap<>();
        positions.forEach((id, p) -> {
            if (graph.contains(id)) {
                kept.put(id, p);
            }
        });
        return new Document(followOutput(graph, view), kept, view);
    }

    static Document commit(Document before, ExprGraph graph) {
        return commit(before, graph, before.positions());
    }

    static ExprGraph followOutput(ExprGraph g, ViewSettings view) {
        if (g.nodes().isEmpty()) {
            return g;
        }
        if (view.output() != null && g.contains(view.output())) {
            return view.output().equals(g.output()) ? g : g.withOutput(view.output());
        }
        String out = g.output();
        if (g.consumers(out).isEmpty()) {
            return g;
        }
        List<GraphNode> nodes = g.nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            String id = nodes.get(i).id();
            if (g.consumers(id).isEmpty() && g.dependsOn(id, out)) {
                return g.withOutput(id);
            }
        }
        return g;
    }

    /** A node of the graph, or a refusal naming the missing id. */
    static GraphNode node(ExprGraph g, String id) {
        if (id == null || !g.contains(id)) {
            throw new Command.EditRefused("there is no node " + id);
        }
        return g.node(id);
    }

    /** How the user sees a node: its label ({@code w3}, {@code x}). */
    static String label(Document d, String id) {
        Map<String, String> labels = d.view().examLabels() ? d.graph().examLabels() : d.graph().labels();
        return labels.getOrDefault(id, id);
    }
}
