package adjoint.app.document;

import adjoint.engine.graph.GraphNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Flips a term of a signed sum between + and −: the exam's {@code w6 = w2 - w4 + w5} is one {@code add} node with
 * the signs +, −, +.
 *
 * <pre>{@code
 * document = new SetSign("n6", 1, -1).apply(document);   // w2 + w4 becomes w2 - w4
 * }</pre>
 *
 * @param index the term (0-based)
 * @param sign  +1 or -1
 */
public record SetSign(String id, int index, int sign) implements Command {
    @Override
    public String description() {
        return "Set sign";
    }

    @Override
    public Document apply(Document d) {
        GraphNode n = Edits.node(d.graph(), id);
        if (!Signatures.isSignedSum(n)) {
            throw new EditRefused(Edits.label(d, id) + " is not a sum");
        }
        if (index < 0 || index >= n.inputs().size() || (sign != 1 && sign != -1)) {
            throw new EditRefused("a sum's term " + (index + 1) + " cannot have the sign " + sign);
        }
        List<Integer> signs = new ArrayList<>(n.signs());
        if (signs.get(index) == sign) {
            return d;
        }
        signs.set(index, sign);
        return Edits.commit(d, d.graph().withNode(n.withAttr("signs", List.copyOf(signs))));
    }
}
