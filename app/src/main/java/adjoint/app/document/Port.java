package adjoint.app.document;

import adjoint.engine.graph.Form;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One input socket of a node, as the canvas draws it: a positional input, a keyword input ({@code bias=b}), or
 * one item of a list input (a tensor given to {@code cat([a, b])}). A port holds a node (an edge), a constant
 * written into the formula (the 4 of {@code 4 * w3}) or nothing yet ({@link Operand#unconnected()}).
 *
 * <pre>{@code
 * GraphNode mul = graph.node("n4");                  // 4 * w3
 * Port.of(mul)                                       // [input 0, input 1]
 * Port.input(0).operand(mul)                         // Const[value=4]
 * Port.input(1).label(mul)                           // "b"
 * }</pre>
 *
 * @param index   the positional input (0-based), or -1 for a keyword input
 * @param keyword the keyword, or null for a positional input
 * @param item    the item of a list input, or -1
 */
public record Port(int index, String keyword, int item) {

    /** The positional input {@code index} (0-based). */
    public static Port input(int index) {
        return new Port(index, null, -1);
    }

    public static Port keyword(String name) {
        return new Port(-1, name, -1);
    }

    /** Item {@code item} of the list given as positional input {@code index}. */
    public static Port item(int index, int item) {
        return new Port(index, null, item);
    }

    public boolean isKeyword() {
        return keyword != null;
    }

    /**
     * The ports a node shows, in order: its tensor inputs by position (each item of a list input), then keyword
     * inputs that hold a node or wait for one. Constant options such as {@code dim=0} or the sizes of
     * {@code view(2, 3)} are not ports; the inspector edits them ({@link SetConstant}).
     */
    public static List<Port> of(GraphNode node) {
        List<Port> ports = new ArrayList<>();
        if (node.form() == Form.LEAF) {
            return ports;
        }
        int tensors = Signatures.tensorInputs(node);
        for (int i = 0; i < node.inputs().size(); i++) {
            Operand o = node.inputs().get(i);
            if (o instanceof Operand.Group g) {
                for (int j = 0; j < g.items().size(); j++) {
                    ports.add(item(i, j));
                }
            } else if (i < tensors || !(o instanceof Operand.Const) || o.isUnconnected()) {
                ports.add(input(i));
            }
        }
        node.kwargs().forEach((k, o) -> {
            if (o instanceof Operand.Ref || o.isUnconnected()) {
                ports.add(keyword(k));
            }
        });
        return ports;
    }

    /** What this port holds on {@code node}; refused if the node has no such input. */
    public Operand operand(GraphNode node) {
        if (isKeyword()) {
            Operand o = node.kwargs().get(keyword);
            if (o == null) {
                throw new Command.EditRefused("it has no input '" + keyword + "'");
            }
            return o;
        }
        if (index < 0 || index >= node.inputs().size()) {
            throw new Command.EditRefused("it has no input " + (index + 1));
        }
        Operand o = node.inputs().get(index);
        if (item < 0) {
            return o;
        }
        if (!(o instanceof Operand.Group g) || item >= g.items().size()) {
            throw new Command.EditRefused("input " + (index + 1) + " has no item " + (item + 1));
        }
        return g.items().get(item);
    }

    /** Whether {@code node} has this input. */
    public boolean existsOn(GraphNode node) {
        try {
            operand(node);
            return true;
        } catch (Command.EditRefused e) {
            return false;
        }
    }

    /**
     * {@code node} with this port holding {@code value}. A keyword port that does not exist yet is added; on a
     * signed sum ({@code add}), the positional input just past the last one adds a term.
     */
    public GraphNode with(GraphNode node, Operand value) {
        if (isKeyword()) {
            Map<String, Operand> kw = new LinkedHashMap<>(node.kwargs());
            kw.put(keyword, value);
            return new GraphNode(node.id(), node.names(), node.op(), node.form(), node.inputs(), kw, node.attrs());
        }
        List<Operand> inputs = new ArrayList<>(node.inputs());
        if (index == inputs.size() && item < 0 && Signatures.isSignedSum(node)) {
            inputs.add(value);
            List<Integer> signs = new ArrayList<>(node.signs());
            signs.add(1);
            return node.withInputs(inputs).withAttr("signs", List.copyOf(signs));
        }
        Operand old = operand(node);
        if (item < 0) {
            inputs.set(index, value);
        } else {
            List<Operand> items = new ArrayList<>(((Operand.Group) node.inputs().get(index)).items());
            items.set(item, value);
            inputs.set(index, new Operand.Group(items));
        }
        return old.equals(value) ? node : node.withInputs(inputs);
    }

    /** A short name for the port on {@code node}: its parameter ({@code input}, {@code weight}, {@code a}, {@code b}). */
    public String label(GraphNode node) {
        if (isKeyword()) {
            return keyword;
        }
        String name = Signatures.parameter(node, index);
        return item < 0 ? name : name + "[" + item + "]";
    }

    @Override
    public String toString() {
        return isKeyword() ? keyword : item < 0 ? "input " + index : "input " + index + "[" + item + "]";
    }
}
