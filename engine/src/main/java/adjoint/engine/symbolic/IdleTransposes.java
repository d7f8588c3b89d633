package adjoint.engine.symbolic;

import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.Form;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops the transposes that leave a value as it is, as PyTorch does: {@code x.T}, {@code x.t()},
 * {@code x.transpose(0, -1)} and {@code x.permute(0)} of a single number or a vector are {@code x}, and so is a
 * {@code transpose(i, i)} or a {@code permute} that keeps every dimension in place, whatever the shape. Midterm Q3's
 * {@code f = x.T @ x} then gives {@code ∂f/∂x = 2*x}, not {@code 2*x.T}.
 */
final class IdleTransposes {
    private final PlainShapes shapes;

    IdleTransposes(PlainShapes shapes) {
        this.shapes = shapes;
    }

    /** {@code s} without its idle transposes, bottom-up; unchanged where a target's shape is not plain to see. */
    Sym drop(Sym s) {
        Sym inner = s.replace(x -> x == s ? null : drop(x));
        if (inner instanceof Sym.Method m && idle(m)) {
            return m.target();
        }
        return inner;
    }

    private boolean idle(Sym.Method m) {
        boolean transpose = switch (m.name()) {
            case "T", "t", "mT" -> m.args().isEmpty();
            case "transpose", "permute" -> true;
            default -> false;
        };
        if (!transpose) {
            return false;
        }
        int[] shape = shapes.of(m.target());
        if (shape != null && shape.length <= 1) {
            return true;
        }
        return keepsEveryDimension(m, shape == null ? -1 : shape.length);
    }

    /** {@code transpose(i, i)}, or {@code permute(0, 1, …)} with every dimension where it was. */
    private static boolean keepsEveryDimension(Sym.Method m, int rank) {
        List<Object> args = m.args().size() == 1 && m.args().getFirst() instanceof List<?> l ? List.copyOf(l) : m.args();
        if (args.isEmpty() || !args.stream().allMatch(a -> a instanceof Long)) {
            return false;
        }
        if (m.name().equals("transpose")) {
            return args.size() == 2 && (args.get(0).equals(args.get(1))
                    || rank > 0 && Math.floorMod((Long) args.get(0), rank) == Math.floorMod((Long) args.get(1), rank));
        }
        for (int i = 0; i < args.size(); i++) {
            long d = (Long) args.get(i);
            if (d != i && !(rank > 0 && d + rank == i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * By label, the nodes {@code .T}, {@code .t()}, {@code .transpose(…)} or {@code .permute(…)} of a vector or a
     * number, each with the input it equals: {@code w2 = x.T} with x a vector gives {@code w2 → x}.
     */
    static Map<String, Sym> nodes(ExprGraph graph, Map<String, String> labels, Map<String, int[]> shapes) {
        Map<String, Sym> out = new HashMap<>();
        for (GraphNode n : graph.nodes()) {
            boolean transpose = switch (n.op()) {
                case "T", "t", "mT", "transpose", "permute" -> n.form() == Form.ATTRIBUTE || n.form() == Form.METHOD;
                default -> false;
            };
            if (transpose && !n.inputs().isEmpty() && n.inputs().getFirst() instanceof Operand.Ref r
                    && shapes.get(r.id()) != null && shapes.get(r.id()).length <= 1) {
                String input = labels.get(r.id());
                out.put(labels.get(n.id()), out.getOrDefault(input, new Sym.Var(input)));
            }
        }
        return out;
    }
}
