package adjoint.app.document;

import java.util.Set;

/**
 * Duplicates nodes (Ctrl+D): a {@link Fragment#copy} pasted 40 units right of and below the originals.
 *
 * <pre>{@code
 * Document after = new Duplicate(Set.of("n2")).apply(before);
 * }</pre>
 */
public record Duplicate(Set<String> ids) implements Command {
    public Duplicate {
        ids = Set.copyOf(ids);
    }

    @Override
    public String description() {
        return ids.size() == 1 ? "Duplicate node" : "Duplicate " + ids.size() + " nodes";
    }

    @Override
    public Document apply(Document d) {
        return new Paste(Fragment.copy(d, ids), null).apply(d);
    }
}
