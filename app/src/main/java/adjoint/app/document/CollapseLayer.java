package adjoint.app.document;

import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.Form;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collapses an expanded layer (see {@link ExpandLayer}) back into the one node it was, reading its inputs from
 * the expanded operations as they are now (an input connected since is kept). Refused when the operations were
 * changed so that they no longer compute the layer, or are read by other nodes.
 *
 * <pre>{@code
 * document = new CollapseLayer("n4").apply(document);   // x @ W.T + b → linear(x, W, b)
 * }</pre>
 */
public record CollapseLayer(String id) implements Command {
    /** Whether the node is the output of an expanded layer. */
    public static boolean canCollapse(GraphNode n) {
        return n.attrs().get(ExpandLayer.ATTR) instanceof Map<?, ?>;
    }

    @Override
    public String description() {
        return "Collapse layer";
    }

    @Override
    public Document apply(Document d) {
        ExprGraph g = d.graph();
        GraphNode out = Edits.node(g, id);
        if (!(out.attrs().get(ExpandLayer.ATTR) instanceof Map<?, ?> layer) || !"linear".equals(layer.get("kind"))) {
            throw new EditRefused(Edits.label(d, id) + " is not an expanded layer");
        }
        EditRefused changed = new EditRefused("the operations of " + Edits.label(d, id)
                + " were changed, so they are no longer the layer: it cannot collapse");
        List<String> parts = ((List<?>) layer.get("parts")).stream().map(String::valueOf).toList();
        if (parts.isEmpty() || parts.size() > 2 || !parts.stream().allMatch(g::contains)) {
            throw changed;
        }
        boolean bias = parts.size() == 2;
        String t = parts.getFirst();
        GraphNode m = bias ? g.node(parts.get(1)) : out;
        Map<String, Operand> role = new LinkedHashMap<>();
        if (bias) {
            if (!is(out, "add", 2) || !out.signs().equals(List.of(1, 1))
                    || !out.inputs().getFirst().equals(Operand.ref(m.id())) || !g.consumers(m.id()).equals(List.of(id))) {
                throw changed;
            }
            role.put("bias", out.inputs().get(1));
        }
        GraphNode tr = g.node(t);
        if (!is(m, "matmul", 2) || !m.inputs().get(1).equals(Operand.ref(t)) || tr.form() != Form.ATTRIBUTE
                || !tr.op().equals("T") || tr.inputs().size() != 1 || !g.consumers(t).equals(List.of(m.id()))) {
            throw changed;
        }
        role.put("input", m.inputs().getFirst());
        role.put("weight", tr.inputs().getFirst());

        List<Operand> inputs = new ArrayList<>();
        for (Object r : (List<?>) layer.get("positional")) {
            inputs.add(operand(String.valueOf(r), role));
        }
        Map<String, Operand> kwargs = new LinkedHashMap<>();
        ((Map<?, ?>) layer.get("keywords")).forEach((k, r) -> kwargs.put(String.valueOf(k), operand(String.valueOf(r), role)));
        Map<String, Object> attrs = new LinkedHashMap<>(out.attrs());
        attrs.remove(ExpandLayer.ATTR);
        if (bias) {
            attrs.remove("signs");
        }
        GraphNode linear = new GraphNode(id, out.names(), "linear", Form.FUNCTION, inputs, kwargs, attrs);
        Set<String> gone = Set.copyOf(parts);
        List<GraphNode> nodes = new ArrayList<>(g.nodes().stream().filter(n -> !gone.contains(n.id()) && !n.id().equals(id)).toList());
        nodes.add(linear);
        ExprGraph collapsed = ExprGraph.of(nodes, gone.contains(g.output()) ? id : g.output());

        Map<String, Point> positions = new LinkedHashMap<>(d.positions());
        Point start = d.position(t);
        Point end = d.position(id);
        if (start != null && end != null) {
            double dx = end.x() - start.x();
            positions.put(id, new Point(start.x(), end.y()));
            if (dx > 0) {
                ExpandLayer.shiftDownstream(collapsed, id, positions, end.x(), -dx);
            }
        }
        return Edits.commit(d, collapsed, positions);
    }

    private static boolean is(GraphNode n, String op, int inputs) {
        return n.form() == Form.OPERATOR && n.op().equals(op) && n.inputs().size() == inputs && n.kwargs().isEmpty();
    }

    private static Operand operand(String role, Map<String, Operand> roles) {
        return role.equals(ExpandLayer.NONE) ? Operand.constant(null) : roles.get(role);
    }
}
