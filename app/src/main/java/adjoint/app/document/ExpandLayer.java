package adjoint.app.document;

import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.Form;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands a layer into the operations it stands for: {@code linear(x, W, b)} becomes {@code x @ W.T + b} (a
 * transpose, a matrix product and a sum), with W and b staying the parameter nodes they were. The sum keeps the
 * layer's id, names and position (nodes that read the layer still do), and records in its {@code layer}
 * attribute how the layer was written, so that {@link CollapseLayer} gives back exactly the same node. Nodes
 * downstream of the layer move right to make room.
 *
 * <pre>{@code
 * document = new ExpandLayer("n4").apply(document);    // linear(x, W, b) → x @ W.T + b
 * document = new CollapseLayer("n4").apply(document);  // and back
 * }</pre>
 */
public record ExpandLayer(String id) implements Command {
    /** The attribute of an expanded layer's output node that records the layer. */
    public static final String ATTR = "layer";
    static final List<String> ROLES = List.of("input", "weight", "bias");
    static final String NONE = "None";
    static final double STEP = GraphLayout.DEFAULT_SIZE.width() + GraphLayout.LAYER_GAP;

    /** Whether the node is a layer that this command expands. */
    public static boolean canExpand(GraphNode n) {
        return n.form() == Form.FUNCTION && n.op().equals("linear");
    }

    @Override
    public String description() {
        return "Expand layer";
    }

    @Override
    public Document apply(Document d) {
        GraphNode n = Edits.node(d.graph(), id);
        if (!canExpand(n)) {
            throw new EditRefused(Edits.label(d, id) + " is not a layer that expands");
        }
        Map<String, Operand> role = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        Map<String, String> keywords = new LinkedHashMap<>();
        if (n.inputs().size() > ROLES.size()) {
            throw new EditRefused("linear takes 3 inputs but " + Edits.label(d, id) + " has " + n.inputs().size());
        }
        for (int i = 0; i < n.inputs().size(); i++) {
            positional.add(take(ROLES.get(i), n.inputs().get(i), role));
        }
        for (Map.Entry<String, Operand> k : n.kwargs().entrySet()) {
            if (!ROLES.contains(k.getKey()) || role.containsKey(k.getKey())) {
                throw new EditRefused("linear has no input '" + k.getKey() + "' to expand");
            }
            keywords.put(k.getKey(), take(k.getKey(), k.getValue(), role));
        }
        if (!role.containsKey("weight")) {
            throw new EditRefused(Edits.label(d, id) + " has no weight");
        }
        boolean bias = role.containsKey("bias");
        ExprGraph g = d.graph();
        String t = g.nextId();
        String m = bias ? "n" + (Integer.parseInt(t.substring(1)) + 1) : id;
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("kind", "linear");
        record.put("parts", bias ? List.of(t, m) : List.of(t));
        record.put("positional", List.copyOf(positional));
        record.put("keywords", Map.copyOf(keywords));
        Map<String, Object> attrs = new LinkedHashMap<>(n.attrs());
        attrs.put(ATTR, Map.copyOf(record));

        List<GraphNode> nodes = new ArrayList<>(g.nodes().stream().filter(x -> !x.id().equals(id)).toList());
        nodes.add(new GraphNode(t, List.of(), "T", Form.ATTRIBUTE, List.of(role.get("weight")), Map.of(), Map.of()));
        Operand input = role.getOrDefault("input", Operand.unconnected());
        List<Operand> product = List.of(input, Operand.ref(t));
        if (bias) {
            nodes.add(new GraphNode(m, List.of(), "matmul", Form.OPERATOR, product, Map.of(), Map.of()));
            attrs.put("signs", List.of(1, 1));
            nodes.add(new GraphNode(id, n.names(), "add", Form.OPERATOR, List.of(Operand.ref(m), role.get("bias")),
                    Map.of(), attrs));
        } else {
            nodes.add(new GraphNode(id, n.names(), "matmul", Form.OPERATOR, product, Map.of(), attrs));
        }
        ExprGraph expanded = ExprGraph.of(nodes, g.output());

        Map<String, Point> positions = new LinkedHashMap<>(d.positions());
        Point p = d.position(id);
        if (p != null) {
            double room = bias ? 2 * STEP : STEP;
            shiftDownstream(expanded, id, positions, p.x(), room);
            positions.put(t, p.translate(0, GraphLayout.DEFAULT_SIZE.height() * 0.8));
            if (bias) {
                positions.put(m, p.translate(STEP, 0));
            }
            positions.put(id, p.translate(room, 0));
        }
        return Edits.commit(d, expanded, positions);
    }

    /** Moves the placed nodes that read {@code from} (directly or not) and lie right of {@code x} by {@code dx}. */
    static void shiftDownstream(ExprGraph g, String from, Map<String, Point> positions, double x, double dx) {
        for (GraphNode n : g.nodes()) {
            Point q = positions.get(n.id());
            if (q != null && q.x() > x && !n.id().equals(from) && g.dependsOn(n.id(), from)) {
                positions.put(n.id(), q.translate(dx, 0));
            }
        }
    }

    private static String take(String name, Operand o, Map<String, Operand> role) {
        if (name.equals("bias") && o instanceof Operand.Const c && !o.isUnconnected() && c.value() == null) {
            return NONE;
        }
        role.put(name, o);
        return name;
    }

    /** A layer record with the ids of its parts renamed (when pasted). */
    static Map<String, Object> remap(Map<?, ?> layer, Map<String, String> ids) {
        Map<String, Object> out = new LinkedHashMap<>();
        layer.forEach((k, v) -> out.put(String.valueOf(k), k.equals("parts") && v instanceof List<?> parts
                ? parts.stream().map(p -> ids.getOrDefault(String.valueOf(p), String.valueOf(p))).toList() : v));
        return Map.copyOf(out);
    }
}
