package adjoint.app.document;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts nodes at given positions (snapping to the grid, aligning a selection). Ids not in the graph are ignored.
 *
 * <pre>{@code
 * document = new PlaceNodes(Map.of("n1", new Point(0, 0))).apply(document);
 * }</pre>
 */
public record PlaceNodes(Map<String, Point> positions) implements Command {
    public PlaceNodes {
        positions = Map.copyOf(positions);
    }

    @Override
    public String description() {
        return positions.size() == 1 ? "Move node" : "Move " + positions.size() + " nodes";
    }

    @Override
    public Document apply(Document d) {
        Map<String, Point> placed = new LinkedHashMap<>(d.positions());
        positions.forEach((id, p) -> {
            if (d.graph().contains(id)) {
                placed.put(id, p);
            }
        });
        return d.withPositions(placed);
    }
}
