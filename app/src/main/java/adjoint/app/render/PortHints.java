package adjoint.app.render;

import adjoint.app.document.Port;
import adjoint.engine.graph.Form;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import java.util.List;

/** The short text beside an input port: the constant it holds, its sign in a sum, or its parameter's name. */
final class PortHints {
    private PortHints() {
    }

    static String hint(GraphNode n, Port p, int ports) {
        Operand o = p.operand(n);
        if (o.isUnconnected()) {
            return p.isKeyword() || ports > 1 ? p.label(n) : "";
        }
        if (o instanceof Operand.Const c) {
            return constantText(c.value());
        }
        if (n.form() == Form.OPERATOR && n.op().equals("add")) {
            return p.label(n);
        }
        if (p.isKeyword()) {
            return p.keyword();
        }
        return n.form() == Form.OPERATOR || ports < 2 ? "" : p.label(n);
    }

    /** Whether the node is a signed sum, which shows a spare port where a wire adds a term. */
    static boolean isSum(GraphNode n) {
        return n.form() == Form.OPERATOR && n.op().equals("add");
    }

    /** The ids an input port reads (one, or several for a list). */
    static String source(GraphNode n, Port p) {
        return p.operand(n) instanceof Operand.Ref r ? r.id() : null;
    }

    private static String constantText(Object v) {
        return switch (v) {
            case null -> "None";
            case Double d -> NumberText.format(d);
            case Number x -> x.toString();
            case List<?> list -> "[…]";
            default -> v.toString();
        };
    }
}
