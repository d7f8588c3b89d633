package adjoint.app.document;

import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A copied part of a graph, as text for the clipboard: the selected nodes with their positions. Edges between
 * selected nodes are kept; an input read from outside the selection is left not connected.
 *
 * <pre>{@code
 * String clip = Fragment.copy(document, Set.of("n2", "n3"));   // Ctrl+C
 * document = new Paste(clip, new Point(300, 200)).apply(document);  // Ctrl+V
 * }</pre>
 */
public final class Fragment {
    static final String FORMAT = "adjoint-fragment";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** What a fragment holds. */
    record Parts(List<GraphNode> nodes, Map<String, Point> positions) {
    }

    private Fragment() {
    }

    /** The clipboard text of these nodes (ids not in the graph are ignored), in topological order. */
    public static String copy(Document d, Collection<String> ids) {
        Set<String> chosen = Set.copyOf(ids);
        Set<String> outside = d.graph().nodes().stream().map(GraphNode::id).filter(id -> !chosen.contains(id))
                .collect(Collectors.toSet());
        List<GraphNode> nodes = d.graph().nodes().stream().filter(n -> chosen.contains(n.id()))
                .map(n -> DeleteNodes.cut(n, outside)).toList();
        Map<String, Point> positions = new LinkedHashMap<>();
        nodes.forEach(n -> {
            if (d.position(n.id()) != null) {
                positions.put(n.id(), d.position(n.id()));
            }
        });
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", DocumentJson.VERSION);
        root.set("nodes", DocumentJson.nodes(nodes));
        root.set("positions", DocumentJson.positions(positions));
        return MAPPER.writeValueAsString(root);
    }

    /** Whether clipboard text is a fragment (so Paste is enabled). */
    public static boolean isFragment(String text) {
        try {
            read(text);
            return true;
        } catch (Command.EditRefused e) {
            return false;
        }
    }

    static Parts read(String text) {
        try {
            JsonNode root = MAPPER.readTree(text == null ? "" : text);
            if (root == null || !FORMAT.equals(root.path("format").stringValue(null))) {
                throw new Command.EditRefused("the clipboard holds no nodes of Adjoint");
            }
            if (root.path("version").asLong(0) > DocumentJson.VERSION) {
                throw new Command.EditRefused("the clipboard holds nodes from a newer Adjoint");
            }
            List<GraphNode> nodes = DocumentJson.readNodes(root.path("nodes"));
            ExprGraph.of(new ArrayList<>(nodes), null);
            return new Parts(nodes, DocumentJson.readPositions(root.path("positions")));
        } catch (JacksonException | IllegalArgumentException | ClassCastException | NullPointerException e) {
            throw new Command.EditRefused("the clipboard holds no nodes of Adjoint");
        }
    }
}
