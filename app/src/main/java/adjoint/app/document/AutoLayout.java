package adjoint.app.document;

import adjoint.app.document.GraphLayout.Direction;
import adjoint.app.document.GraphLayout.Size;
import adjoint.engine.graph.GraphNode;
import java.util.function.Function;

/**
 * Lays the whole graph out again (ELK layered, see {@link GraphLayout}), left to right or top to bottom.
 *
 * <pre>{@code
 * document = new AutoLayout(Direction.TOP_TO_BOTTOM, canvas::measure).apply(document);
 * }</pre>
 *
 * @param sizes each node's size on the canvas
 */
public record AutoLayout(Direction direction, Function<GraphNode, Size> sizes) implements Command {
    /** Nodes of {@link GraphLayout#DEFAULT_SIZE}. */
    public AutoLayout(Direction direction) {
        this(direction, n -> GraphLayout.DEFAULT_SIZE);
    }

    @Override
    public String description() {
        return "Auto-layout";
    }

    @Override
    public Document apply(Document d) {
        return d.withPositions(GraphLayout.layout(d.graph(), sizes, direction));
    }
}
