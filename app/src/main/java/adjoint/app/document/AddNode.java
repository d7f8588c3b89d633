package adjoint.app.document;

import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds the node a palette entry names at a point: {@code variable} (a scalar leaf x = 1.0), {@code vector},
 * {@code matrix}, {@code constant} ({@code tensor(1.0)}, no gradient), {@code data} (a constant matrix), an
 * operator ({@code add sub mul div pow neg matmul}, {@code T}) or any function of the language, its tensor inputs
 * not connected yet. {@code linear} comes with its weight W and bias b as variables, {@code embedding} with its
 * table E; they are placed left of it.
 *
 * <pre>{@code
 * AddNode add = AddNode.of(document, "sin", new Point(200, 40));
 * document = add.apply(document);
 * document.graph().node(add.id()).op()    // "sin"
 * }</pre>
 *
 * @param entry    the palette entry's name (see {@link #entries()})
 * @param position where the new node's top-left corner goes
 * @param id       the new node's id, or null for the graph's {@link ExprGraph#nextId()}
 */
public record AddNode(String entry, Point position, String id) implements Command {
    /** Space between a layer and the parameters placed left of it. */
    static final double PARAMETER_OFFSET = 280;

    public AddNode(String entry, Point position) {
        this(entry, position, null);
    }

    /** The command with its id fixed now, so the caller knows which node it will add (to select it). */
    public static AddNode of(Document document, String entry, Point position) {
        return new AddNode(entry, position, document.graph().nextId());
    }

    /** Every entry name this command accepts. */
    public static Set<String> entries() {
        return NodeTemplates.entries();
    }

    @Override
    public String description() {
        return "Add " + entry;
    }

    @Override
    public Document apply(Document d) {
        ExprGraph g = d.graph();
        String newId = id != null ? id : g.nextId();
        if (g.contains(newId)) {
            throw new EditRefused("there is already a node " + newId);
        }
        List<GraphNode> made = NodeTemplates.make(entry, newId, g).nodes();
        List<GraphNode> nodes = new ArrayList<>(g.nodes());
        nodes.addAll(made);
        g = ExprGraph.of(nodes, g.nodes().isEmpty() ? newId : g.output());
        Map<String, Point> positions = new LinkedHashMap<>(d.positions());
        positions.put(newId, position);
        int parameters = made.size() - 1;
        for (int k = 0; k < parameters; k++) {
            positions.put(made.get(k + 1).id(),
                    position.translate(-PARAMETER_OFFSET, (k - (parameters - 1) / 2.0) * 150));
        }
        return Edits.commit(d, g, positions);
    }
}
