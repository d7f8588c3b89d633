package adjoint.app.document;

import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pastes a {@link Fragment}: its nodes get fresh ids (and fresh names where theirs are taken: a copy of w2 is
 * w2_1), keep the edges among themselves, and are placed with their top-left corner at {@code at}, or 40 units
 * right of and below where they were copied when {@code at} is null. {@link Document#nodesAddedSince} tells
 * which nodes were pasted (to select them).
 *
 * <pre>{@code
 * Document after = new Paste(clip, null).apply(before);
 * after.nodesAddedSince(before);      // the pasted ids
 * }</pre>
 */
public record Paste(String fragment, Point at) implements Command {
    static final double OFFSET = 40;

    @Override
    public String description() {
        return "Paste";
    }

    @Override
    public Document apply(Document d) {
        Fragment.Parts parts = Fragment.read(fragment);
        if (parts.nodes().isEmpty()) {
            return d;
        }
        ExprGraph g = d.graph();
        Names names = new Names(g);
        Map<String, String> ids = new HashMap<>();
        int next = Integer.parseInt(g.nextId().substring(1));
        for (GraphNode n : parts.nodes()) {
            ids.put(n.id(), "n" + next++);
        }
        List<GraphNode> nodes = new ArrayList<>(g.nodes());
        for (GraphNode n : parts.nodes()) {
            List<String> fresh = n.names().stream().map(names::fresh).toList();
            List<Operand> inputs = n.inputs().stream().map(o -> remap(o, ids)).toList();
            Map<String, Operand> kw = new LinkedHashMap<>();
            n.kwargs().forEach((k, o) -> kw.put(k, remap(o, ids)));
            nodes.add(new GraphNode(ids.get(n.id()), fresh, n.op(), n.form(), inputs, kw, remapAttrs(n, ids)));
        }
        ExprGraph pasted = ExprGraph.of(nodes, g.output());
        Map<String, Point> positions = new LinkedHashMap<>(d.positions());
        double dx = OFFSET;
        double dy = OFFSET;
        if (at != null && !parts.positions().isEmpty()) {
            dx = at.x() - parts.positions().values().stream().mapToDouble(Point::x).min().orElse(0);
            dy = at.y() - parts.positions().values().stream().mapToDouble(Point::y).min().orElse(0);
        }
        for (Map.Entry<String, Point> e : parts.positions().entrySet()) {
            if (ids.containsKey(e.getKey())) {
                positions.put(ids.get(e.getKey()), e.getValue().translate(dx, dy));
            }
        }
        positions = Placement.complete(pasted, positions, n -> GraphLayout.DEFAULT_SIZE);
        return Edits.commit(d, pasted, positions);
    }

    private static Operand remap(Operand o, Map<String, String> ids) {
        return switch (o) {
            case Operand.Ref r -> ids.containsKey(r.id()) ? Operand.ref(ids.get(r.id())) : Operand.unconnected();
            case Operand.Group g -> new Operand.Group(g.items().stream().map(i -> remap(i, ids)).toList());
            case Operand.Const c -> c;
        };
    }

    /** A layer's record names the nodes it was expanded into: those get their new ids too. */
    private static Map<String, Object> remapAttrs(GraphNode n, Map<String, String> ids) {
        Map<String, Object> attrs = new LinkedHashMap<>(n.attrs());
        if (attrs.get(ExpandLayer.ATTR) instanceof Map<?, ?> layer) {
            attrs.put(ExpandLayer.ATTR, ExpandLayer.remap(layer, ids));
        }
        return attrs;
    }
}
