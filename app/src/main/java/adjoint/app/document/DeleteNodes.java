package adjoint.app.document;

import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletes nodes with their edges: a node that read a deleted node keeps the port, not connected. Ids that are
 * not in the graph are ignored.
 *
 * <pre>{@code
 * document = new DeleteNodes(Set.of("n2")).apply(document);  // the nodes that read sin(x) now say
 *                                                             // "input 1 is not connected"
 * }</pre>
 */
public record DeleteNodes(Set<String> ids) implements Command {
    public DeleteNodes {
        ids = Set.copyOf(ids);
    }

    @Override
    public String description() {
        return ids.size() == 1 ? "Delete node" : "Delete " + ids.size() + " nodes";
    }

    @Override
    public Document apply(Document d) {
        ExprGraph g = d.graph();
        if (ids.stream().noneMatch(g::contains)) {
            return d;
        }
        List<GraphNode> kept = new ArrayList<>();
        for (GraphNode n : g.nodes()) {
            if (!ids.contains(n.id())) {
                kept.add(cut(n, ids));
            }
        }
        String output = ids.contains(g.output()) ? null : g.output();
        return Edits.commit(d, ExprGraph.of(kept, output));
    }

    /** The node with every input that reads one of {@code gone} not connected. */
    static GraphNode cut(GraphNode n, Set<String> gone) {
        if (n.inputIds().stream().noneMatch(gone::contains)) {
            return n;
        }
        List<Operand> inputs = n.inputs().stream().map(o -> cut(o, gone)).toList();
        Map<String, Operand> kw = new LinkedHashMap<>();
        n.kwargs().forEach((k, o) -> kw.put(k, cut(o, gone)));
        return new GraphNode(n.id(), n.names(), n.op(), n.form(), inputs, kw, n.attrs());
    }

    private static Operand cut(Operand o, Set<String> gone) {
        return switch (o) {
            case Operand.Ref r -> gone.contains(r.id()) ? Operand.unconnected() : r;
            case Operand.Group g -> new Operand.Group(g.items().stream().map(i -> cut(i, gone)).toList());
            case Operand.Const c -> c;
        };
    }
}
