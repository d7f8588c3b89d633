package adjoint.app.document;

/**
 * Chooses the node backward runs from (the gradients shown are its gradients), or with null gives the choice
 * back to the graph: its output then follows edits (see {@link Edits#commit}).
 *
 * <pre>{@code
 * document = new SetOutput("n3").apply(document);   // gradients of w3
 * }</pre>
 */
public record SetOutput(String id) implements Command {
    @Override
    public String description() {
        return "Set output";
    }

    @Override
    public Document apply(Document d) {
        if (id == null) {
            return d.withView(d.view().withOutput(null));
        }
        Edits.node(d.graph(), id);
        return new Document(d.graph().withOutput(id), d.positions(), d.view().withOutput(id));
    }
}
