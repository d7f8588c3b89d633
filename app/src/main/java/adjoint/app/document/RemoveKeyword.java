package adjoint.app.document;

import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Removes a keyword input, so the operation uses its default ({@code sum(x, dim=0)} becomes {@code sum(x)}).
 *
 * <pre>{@code
 * document = new RemoveKeyword("n5", "dim").apply(document);
 * }</pre>
 */
public record RemoveKeyword(String id, String keyword) implements Command {
    @Override
    public String description() {
        return "Remove " + keyword;
    }

    @Override
    public Document apply(Document d) {
        GraphNode n = Edits.node(d.graph(), id);
        if (!n.kwargs().containsKey(keyword)) {
            return d;
        }
        Map<String, Operand> kw = new LinkedHashMap<>(n.kwargs());
        kw.remove(keyword);
        GraphNode edited = new GraphNode(n.id(), n.names(), n.op(), n.form(), n.inputs(), kw, n.attrs());
        return Edits.commit(d, d.graph().withNode(edited));
    }
}
