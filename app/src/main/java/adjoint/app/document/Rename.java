package adjoint.app.document;

import adjoint.engine.graph.GraphNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives a node a new name (its label: {@code w1}, {@code x}, {@code loss}); an empty name removes the label, so
 * the node is called {@code wK} by its place. The name must be an identifier that no other node has and that
 * the language does not reserve. Earlier names of the node (the {@code x} of {@code x = 1.5; w1 = x}) stay.
 *
 * <pre>{@code
 * document = new Rename("n2", "w2").apply(document);
 * new Rename("n3", "w2").apply(document);     // refused: another node is already called w2
 * }</pre>
 */
public record Rename(String id, String name) implements Command {
    @Override
    public String description() {
        return "Rename";
    }

    @Override
    public Document apply(Document d) {
        GraphNode n = Edits.node(d.graph(), id);
        String wanted = name == null ? "" : name.strip();
        List<String> names = new ArrayList<>(n.names());
        if (!names.isEmpty()) {
            names.removeLast();
        }
        if (!wanted.isEmpty()) {
            String problem = Names.problem(wanted, d.graph(), id);
            if (problem != null) {
                throw new EditRefused(problem);
            }
            names.remove(wanted);
            names.add(wanted);
        }
        if (names.equals(n.names())) {
            return d;
        }
        return Edits.commit(d, d.graph().withNode(n.withNames(names)));
    }
}
