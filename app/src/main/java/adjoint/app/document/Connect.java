package adjoint.app.document;

import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;

/**
 * Makes a port of {@code target} read {@code source}: an edge. Refused when it would close a cycle
 * ({@code connecting w3 to w1 would make a cycle}) or when the target cannot combine the shapes it would then
 * read ({@code cannot connect: [2, 3] @ [2, 3] — mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)}).
 * Whatever the port held before (a constant, another edge) is replaced. On a signed sum, the port just past
 * its last term adds a term.
 *
 * <pre>{@code
 * document = new Connect("n1", "n2", Port.input(0)).apply(document);   // sin reads x
 * }</pre>
 */
public record Connect(String source, String target, Port port) implements Command {
    @Override
    public String description() {
        return "Connect";
    }

    @Override
    public Document apply(Document d) {
        ExprGraph g = d.graph();
        Edits.node(g, source);
        GraphNode reader = Edits.node(g, target);
        if (g.wouldCycle(source, target)) {
            throw new EditRefused("connecting " + Edits.label(d, source) + " to " + Edits.label(d, target)
                    + " would make a cycle");
        }
        GraphNode edited;
        try {
            if (Port.of(reader).isEmpty() && !port.isKeyword()) {
                throw new EditRefused("it has no inputs");
            }
            edited = port.with(reader, Operand.ref(source));
        } catch (EditRefused e) {
            throw new EditRefused("cannot connect to " + Edits.label(d, target) + ": " + e.getMessage());
        }
        if (edited.equals(reader)) {
            return d;
        }
        ExprGraph after = g.withNode(edited);
        ConnectionCheck.check(d, after, target);
        return Edits.commit(d, after);
    }
}
