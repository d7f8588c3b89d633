package adjoint.app.document;

import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Empties a port of {@code target}: the edge (or constant) it held is gone and the node reports the input as not
 * connected. A term of a signed sum with more than two terms is removed instead, and a keyword input is dropped.
 *
 * <pre>{@code
 * document = new Disconnect("n2", Port.input(0)).apply(document);   // sin(_): "input 1 is not connected"
 * }</pre>
 */
public record Disconnect(String target, Port port) implements Command {
    @Override
    public String description() {
        return "Disconnect";
    }

    @Override
    public Document apply(Document d) {
        GraphNode n = Edits.node(d.graph(), target);
        Operand old;
        try {
            old = port.operand(n);
        } catch (EditRefused e) {
            throw new EditRefused("cannot disconnect " + Edits.label(d, target) + ": " + e.getMessage());
        }
        GraphNode edited;
        if (port.isKeyword()) {
            Map<String, Operand> kw = new LinkedHashMap<>(n.kwargs());
            kw.remove(port.keyword());
            edited = new GraphNode(n.id(), n.names(), n.op(), n.form(), n.inputs(), kw, n.attrs());
        } else if (Signatures.isSignedSum(n) && n.inputs().size() > 2 && port.item() < 0) {
            List<Operand> inputs = new ArrayList<>(n.inputs());
            List<Integer> signs = new ArrayList<>(n.signs());
            inputs.remove(port.index());
            signs.remove(port.index());
            edited = n.withInputs(inputs).withAttr("signs", List.copyOf(signs));
        } else if (old.isUnconnected()) {
            return d;
        } else {
            edited = port.with(n, Operand.unconnected());
        }
        ExprGraph g = d.graph().withNode(edited);
        return Edits.commit(d, g);
    }
}
