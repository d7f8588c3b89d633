package adjoint.app.document;

import adjoint.engine.DType;
import adjoint.engine.TensorException;
import adjoint.engine.graph.Form;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import adjoint.engine.lang.Expr;
import adjoint.engine.lang.Operations;
import adjoint.engine.lang.Parser;
import adjoint.engine.lang.ProgramException;
import adjoint.engine.lang.UnaryOp;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The values a user types into nodes: a variable's value ({@code x = 1.5}, a leaf that requires a gradient), a
 * constant's ({@code tensor([[1.0, 2.0]])}, which does not), and constant options ({@code dim=0},
 * {@code reduction="sum"}). Values are the language's literals: {@code Long}, {@code Double}, nested
 * {@code List}s of them; options may also be strings, booleans, dtypes or null (None).
 *
 * <pre>{@code
 * LeafValues.parse("[[1, 2], [3, 4]]")     // [[1, 2], [3, 4]] (Longs)
 * LeafValues.parse("-1.5")                 // -1.5
 * LeafValues.parseConstant("\"sum\"")       // "sum"
 * LeafValues.format(List.of(1.0, 2.5))     // "[1.0, 2.5]"
 * }</pre>
 */
public final class LeafValues {
    private LeafValues() {
    }

    /** Whether the node holds a value to edit: a variable, or a constant {@code tensor(literal)}. */
    public static boolean isValue(GraphNode n) {
        return n.form() == Form.LEAF || dataOf(n) != null;
    }

    /** The node's value (a number or nested list), or null if it holds none. */
    public static Object value(GraphNode n) {
        if (n.form() == Form.LEAF) {
            return n.attrs().get("value");
        }
        Operand.Const data = dataOf(n);
        return data == null ? null : data.value();
    }

    /** Whether the node's value requires a gradient: every variable does, a constant only if it says so. */
    public static boolean requiresGrad(GraphNode n) {
        if (n.form() == Form.LEAF) {
            return true;
        }
        return n.kwargs().get("requires_grad") instanceof Operand.Const c && Boolean.TRUE.equals(c.value());
    }

    /** A value typed by the user: a number or a rectangular nested list of numbers. */
    public static Object parse(String text) {
        Object v = parseConstant(text);
        if (!isNumeric(v)) {
            throw new Command.EditRefused("'" + text.strip() + "' is not a value: write a number such as 1.5 or a "
                    + "list such as [[1, 2], [3, 4]]");
        }
        try {
            Operations.leaf(v);
        } catch (IllegalArgumentException | TensorException e) {
            throw new Command.EditRefused("'" + text.strip() + "' is not a value: " + e.getMessage());
        }
        return v;
    }

    /** A constant option typed by the user: a value, a string in quotes, True, False, None or a dtype name. */
    public static Object parseConstant(String text) {
        Expr e;
        try {
            e = Parser.parseExpression(text);
        } catch (ProgramException ex) {
            throw new Command.EditRefused("'" + text.strip() + "' is not a constant: " + ex.getMessage());
        }
        return constant(e, text);
    }

    /** A literal as the language writes it: {@code 1.5}, {@code [[1, 2], [3, 4]]}, {@code "sum"}, {@code None}. */
    public static String format(Object v) {
        return switch (v) {
            case null -> "None";
            case Boolean b -> b ? "True" : "False";
            case String s -> "\"" + s + "\"";
            case DType t -> t.label();
            case List<?> list -> list.stream().map(LeafValues::format).collect(Collectors.joining(", ", "[", "]"));
            default -> v.toString();
        };
    }

    /** {@code value} with one element replaced (an edit in the inspector's table); index is row, column, ... */
    public static Object withElement(Object value, int[] index, double element) {
        return withElement(value, index, 0, element);
    }

    private static Object withElement(Object value, int[] index, int depth, double element) {
        if (depth == index.length) {
            if (value instanceof List<?>) {
                throw new Command.EditRefused("the index " + java.util.Arrays.toString(index) + " is not an element");
            }
            return element;
        }
        if (!(value instanceof List<?> list) || index[depth] < 0 || index[depth] >= list.size()) {
            throw new Command.EditRefused("the index " + java.util.Arrays.toString(index) + " is outside the value");
        }
        List<Object> copy = new ArrayList<>(list);
        copy.set(index[depth], withElement(list.get(index[depth]), index, depth + 1, element));
        return List.copyOf(copy);
    }

    static Operand.Const dataOf(GraphNode n) {
        if (n.form() != Form.FUNCTION || !n.op().equals("tensor")) {
            return null;
        }
        Operand data = !n.inputs().isEmpty() ? n.inputs().getFirst() : n.kwargs().get("data");
        return data instanceof Operand.Const c && !data.isUnconnected() && isNumeric(c.value()) ? c : null;
    }

    static boolean isNumeric(Object v) {
        return switch (v) {
            case Long l -> true;
            case Double d -> true;
            case Boolean b -> true;
            case List<?> list -> !list.isEmpty() && list.stream().allMatch(LeafValues::isNumeric);
            case null, default -> false;
        };
    }

    private static Object constant(Expr e, String text) {
        return switch (e) {
            case Expr.Num n -> n.isInteger() && Math.abs(n.value()) < 9.2e18 ? (Object) Long.parseLong(n.text()) : n.value();
            case Expr.Str s -> s.value();
            case Expr.Unary u when u.op() == UnaryOp.NEG -> switch (constant(u.operand(), text)) {
                case Long l -> -l;
                case Double d -> -d;
                default -> throw notConstant(text);
            };
            case Expr.ListLit l -> l.elements().stream().map(x -> constant(x, text)).toList();
            case Expr.Name n -> switch (n.name()) {
                case "True" -> Boolean.TRUE;
                case "False" -> Boolean.FALSE;
                case "None" -> null;
                case "pi" -> Math.PI;
                case "e" -> Math.E;
                default -> {
                    try {
                        yield DType.parse(n.name());
                    } catch (RuntimeException ex) {
                        throw notConstant(text);
                    }
                }
            };
            default -> throw notConstant(text);
        };
    }

    private static Command.EditRefused notConstant(String text) {
        return new Command.EditRefused("'" + text.strip() + "' is not a constant: write a number, a list of numbers, "
                + "a string in quotes, True, False or None");
    }
}
