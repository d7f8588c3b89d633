package adjoint.app.document;

import adjoint.engine.graph.Form;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets the value of a variable or a constant: a number (scalar), a list (vector) or a nested list (matrix), as
 * {@link LeafValues#parse} reads it. The shape may change; nodes that can no longer combine it show an error.
 *
 * <pre>{@code
 * document = SetLeafValue.parse("n1", "1.5").apply(document);
 * document = SetLeafValue.parse("n7", "[[1, 2], [3, 4]]").apply(document);
 * }</pre>
 *
 * @param value a {@code Long}, {@code Double} or nested {@code List} of them
 */
public record SetLeafValue(String id, Object value) implements Command {
    /** The command for a value typed as text; refused (with why) if the text is not a value. */
    public static SetLeafValue parse(String id, String text) {
        return new SetLeafValue(id, LeafValues.parse(text));
    }

    @Override
    public String description() {
        return "Set value";
    }

    @Override
    public Document apply(Document d) {
        GraphNode n = Edits.node(d.graph(), id);
        if (!LeafValues.isValue(n)) {
            throw new EditRefused(Edits.label(d, id) + " is computed from its inputs; only variables and constants "
                    + "hold a value");
        }
        if (!LeafValues.isNumeric(value)) {
            throw new EditRefused("a value is a number or a list of numbers");
        }
        Object v = value;
        if (v.equals(LeafValues.value(n))) {
            return d;
        }
        GraphNode edited;
        if (n.form() == Form.LEAF) {
            edited = n.withAttr("value", v);
        } else if (!n.inputs().isEmpty()) {
            List<Operand> inputs = new ArrayList<>(n.inputs());
            inputs.set(0, Operand.constant(v));
            edited = n.withInputs(inputs);
        } else {
            Map<String, Operand> kw = new LinkedHashMap<>(n.kwargs());
            kw.put("data", Operand.constant(v));
            edited = new GraphNode(n.id(), n.names(), n.op(), n.form(), n.inputs(), kw, n.attrs());
        }
        return Edits.commit(d, d.graph().withNode(edited));
    }
}
