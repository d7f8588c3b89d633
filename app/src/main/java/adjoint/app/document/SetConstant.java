package adjoint.app.document;

import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;

/**
 * Writes a constant into an input of a node: an option such as {@code dim=0} or {@code reduction="sum"} (a
 * keyword port, added if the node has none yet), or a number in a formula (the 4 of {@code 4 * w3}, the 3 of
 * {@code w2 ** 3}). An edge the port held is replaced.
 *
 * <pre>{@code
 * document = SetConstant.parse("n5", Port.keyword("dim"), "0").apply(document);   // softmax(x, dim=0)
 * document = new SetConstant("n3", Port.input(1), 3L).apply(document);            // w2 ** 3
 * }</pre>
 *
 * @param value a {@code Long}, {@code Double}, {@code Boolean}, {@code String}, {@code DType}, nested list, or
 *              null for None
 */
public record SetConstant(String id, Port port, Object value) implements Command {
    /** The command for a constant typed as text ({@code 0}, {@code "sum"}, {@code None}); refused if not one. */
    public static SetConstant parse(String id, Port port, String text) {
        return new SetConstant(id, port, LeafValues.parseConstant(text));
    }

    @Override
    public String description() {
        return port.isKeyword() ? "Set " + port.keyword() : "Set constant";
    }

    @Override
    public Document apply(Document d) {
        GraphNode n = Edits.node(d.graph(), id);
        GraphNode edited;
        try {
            edited = port.with(n, Operand.constant(value));
        } catch (EditRefused e) {
            throw new EditRefused("cannot set a constant on " + Edits.label(d, id) + ": " + e.getMessage());
        }
        return edited.equals(n) ? d : Edits.commit(d, d.graph().withNode(edited));
    }
}
