package adjoint.app.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Moves nodes by a delta on the canvas (the end of a drag). Nodes without a position stay unplaced.
 *
 * <pre>{@code
 * document = new MoveNodes(Set.of("n1", "n2"), 40, 0).apply(document);
 * }</pre>
 */
public record MoveNodes(Set<String> ids, double dx, double dy) implements Command {
    public MoveNodes {
        ids = Set.copyOf(ids);
    }

    @Override
    public String description() {
        return ids.size() == 1 ? "Move node" : "Move " + ids.size() + " nodes";
    }

    @Override
    public Document apply(Document d) {
        if (dx == 0 && dy == 0) {
            return d;
        }
        Map<String, Point> moved = new LinkedHashMap<>(d.positions());
        for (String id : ids) {
            Point p = moved.get(id);
            if (p != null) {
                moved.put(id, p.translate(dx, dy));
            }
        }
        return d.withPositions(moved);
    }
}
