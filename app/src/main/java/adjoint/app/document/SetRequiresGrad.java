package adjoint.app.document;

import adjoint.engine.graph.Form;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a value node's requires_grad on or off. In the language a variable ({@code x = 1.5}) always requires a
 * gradient and a constant ({@code x = tensor(1.5)}) does not, so switching it off makes the variable the
 * constant {@code tensor(value)} (integers written as floats, so the dtype stays floating) and switching it on
 * makes a constant with floating data a variable again. The node keeps its id, name and edges.
 *
 * <pre>{@code
 * document = new SetRequiresGrad("n1", false).apply(document);   // x = tensor(1.5)
 * }</pre>
 */
public record SetRequiresGrad(String id, boolean requiresGrad) implements Command {
    @Override
    public String description() {
        return requiresGrad ? "Require gradient" : "Stop gradient";
    }

    @Override
    public Document apply(Document d) {
        GraphNode n = Edits.node(d.graph(), id);
        if (!LeafValues.isValue(n)) {
            throw new EditRefused("only variables and constants have requires_grad; "
                    + Edits.label(d, id) + " is computed");
        }
        if (LeafValues.requiresGrad(n) == requiresGrad) {
            return d;
        }
        GraphNode edited;
        if (n.form() == Form.LEAF) {
            edited = NodeTemplates.constant(n.id(), null, floats(n.attrs().get("value"))).withNames(n.names());
        } else if (n.kwargs().isEmpty() && !hasIntegers(LeafValues.value(n))) {
            edited = new GraphNode(n.id(), n.names(), "leaf", Form.LEAF, List.of(), Map.of(),
                    Map.of("value", LeafValues.value(n)));
        } else {
            Map<String, Operand> kw = new LinkedHashMap<>(n.kwargs());
            if (requiresGrad) {
                kw.put("requires_grad", Operand.constant(true));
            } else {
                kw.remove("requires_grad");
            }
            edited = new GraphNode(n.id(), n.names(), n.op(), n.form(), n.inputs(), kw, n.attrs());
        }
        return Edits.commit(d, d.graph().withNode(edited));
    }

    private static Object floats(Object v) {
        return switch (v) {
            case Long l -> (double) l;
            case List<?> list -> list.stream().map(SetRequiresGrad::floats).toList();
            default -> v;
        };
    }

    private static boolean hasIntegers(Object v) {
        return switch (v) {
            case Long l -> true;
            case Boolean b -> true;
            case List<?> list -> list.stream().anyMatch(SetRequiresGrad::hasIntegers);
            default -> false;
        };
    }
}
