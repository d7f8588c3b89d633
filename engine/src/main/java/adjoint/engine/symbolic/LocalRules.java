package adjoint.engine.symbolic;

import adjoint.engine.Tensor;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import adjoint.engine.lang.Operations;
import adjoint.engine.symbolic.Sym.Num;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Each elementwise operation's local partial ∂out/∂input as a formula over node labels, one rule a line, mirroring
 * the engine's numeric gradient rules in {@code Pointwise} ({@code log} gives {@code 1/u}, {@code pow} the power
 * rule); and each node's own formula ({@code sin(w1)}). Tensor operations are in {@link TensorRules}.
 */
final class LocalRules {
    private static final Set<String> IDENTITY = Set.of("clone", "contiguous", "float", "double", "to", "type",
            "retain_grad");
    private static final Set<String> NO_GRADIENT = Set.of("detach", "gt", "lt", "ge", "le", "eq", "ne", "sign",
            "argmax", "argmin");

    /**
     * How to read a node's operands: labels of nodes, and shapes and values known from an evaluation (null where
     * unknown); the values are read only for what has no gradient, such as the indices a gather or a loss picks.
     */
    record Context(Map<String, String> labels, Map<String, int[]> shapes, Map<String, Tensor> values) {
        static final Context EMPTY = new Context(Map.of(), Map.of(), Map.of());

        Sym sym(Operand o) {
            return switch (o) {
                case null -> null;
                case Operand.Ref r -> new Sym.Var(labels.get(r.id()));
                case Operand.Const c -> constant(c.value());
                case Operand.Group g -> null;
            };
        }

        /** The value of an operand that is a node or a constant, or null. */
        Tensor value(Operand o) {
            return switch (o) {
                case Operand.Ref r -> values.get(r.id());
                case Operand.Const c when c.value() instanceof Number || c.value() instanceof List<?> ->
                        Operations.toTensor(c.value());
                case null, default -> null;
            };
        }

        int[] shape(Operand o) {
            return switch (o) {
                case Operand.Ref r -> shapes.get(r.id());
                case Operand.Const c -> c.value() instanceof List<?> l ? listShape(l) : new int[0];
                default -> null;
            };
        }
    }

    /** One operand position of a node with the partial of the node with respect to it. */
    record Slot(Operand operand, Sym partial) {
    }

    private LocalRules() {
    }

    static Sym constant(Object v) {
        return switch (v) {
            case Long l -> new Num(l);
            case Double d -> new Num(d);
            case Boolean b -> new Num(b ? 1 : 0);
            case List<?> list -> {
                List<Sym> items = new ArrayList<>();
                for (Object o : list) {
                    Sym s = constant(o);
                    if (s == null) {
                        yield null;
                    }
                    items.add(s);
                }
                yield new Sym.Items(items);
            }
            case null, default -> null;
        };
    }

    private static int[] listShape(List<?> l) {
        List<Integer> dims = new ArrayList<>();
        Object cur = l;
        while (cur instanceof List<?> inner) {
            dims.add(inner.size());
            cur = inner.isEmpty() ? null : inner.getFirst();
        }
        return dims.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The i-th positional input, else the keyword input {@code name}, else null. */
    static Operand arg(GraphNode n, int i, String name) {
        return i < n.inputs().size() ? n.inputs().get(i) : n.kwargs().get(name);
    }

    // ---- elementwise operations: local partials ------------------------------------------------------------

    /** Every operand of an elementwise node with the node's partial with respect to it; null if not elementwise. */
    static List<Slot> elementwise(GraphNode n, Context cx) {
        Function<Operand, Sym> s = cx::sym;
        Operand a = arg(n, 0, "input");
        Operand b = arg(n, 1, "other");
        Sym x = s.apply(a);
        if (n.form() == adjoint.engine.graph.Form.OPERATOR) {
            return switch (n.op()) {
                case "add" -> {
                    List<Slot> slots = new ArrayList<>();
                    for (int i = 0; i < n.inputs().size(); i++) {
                        slots.add(new Slot(n.inputs().get(i), new Num(n.signs().get(i))));
                    }
                    yield slots;
                }
                case "sub" -> List.of(new Slot(a, Sym.ONE), new Slot(b, new Num(-1)));
                case "neg" -> List.of(new Slot(a, new Num(-1)));
                case "mul" -> List.of(new Slot(a, s.apply(b)), new Slot(b, x));
                case "div" -> division(a, b, x, s.apply(b));
                case "pow" -> power(a, b, x, s.apply(b));
                default -> null;
            };
        }
        if (n.form() != adjoint.engine.graph.Form.FUNCTION && n.form() != adjoint.engine.graph.Form.METHOD) {
            return null;
        }
        Sym unary = unary(n.op(), x);
        if (unary != null && n.inputs().size() + n.kwargs().size() == 1) {
            return List.of(new Slot(a, unary));
        }
        return switch (n.op()) {
            case "pow" -> power(a, arg(n, 1, "exponent"), x, s.apply(arg(n, 1, "exponent")));
            case "add" -> List.of(new Slot(a, Sym.ONE), new Slot(b, alpha(n, cx, 1)));
            case "sub" -> List.of(new Slot(a, Sym.ONE), new Slot(b, Sym.mul(new Num(-1), alpha(n, cx, 1))));
            case "mul" -> List.of(new Slot(a, s.apply(b)), new Slot(b, x));
            case "div" -> division(a, b, x, s.apply(b));
            case "maximum", "max", "minimum", "min" -> b == null || n.kwargs().containsKey("dim")
                    || b instanceof Operand.Const c && c.value() instanceof Long ? null // a reduction over dim b
                    : extremum(n.op().startsWith("max"), a, b, x, s.apply(b));
            case "softplus" -> {
                Sym beta = arg(n, 1, "beta") == null ? Sym.ONE : s.apply(arg(n, 1, "beta"));
                Sym threshold = arg(n, 2, "threshold") == null ? new Num(20) : s.apply(arg(n, 2, "threshold"));
                Sym scaled = Sym.mul(beta, x);
                yield List.of(new Slot(a, Sym.call("where", Sym.call("gt", scaled, threshold), Sym.ONE, Sym.call("sigmoid", scaled))));
            }
            case "gelu" -> List.of(new Slot(a, gelu(x, arg(n, 1, "approximate"))));
            case "where" -> {
                Sym c = s.apply(arg(n, 0, "condition"));
                yield List.of(new Slot(arg(n, 0, "condition"), Sym.ZERO),
                        new Slot(arg(n, 1, "input"), Sym.call("where", c, Sym.ONE, Sym.ZERO)),
                        new Slot(arg(n, 2, "other"), Sym.call("where", c, Sym.ZERO, Sym.ONE)));
            }
            case "clamp", "clip" -> List.of(new Slot(a, clampMask(x, s.apply(arg(n, 1, "min")), s.apply(arg(n, 2, "max")))));
            case "leaky_relu" -> {
                Sym slope = arg(n, 1, "negative_slope") == null ? new Num(0.01) : s.apply(arg(n, 1, "negative_slope"));
                yield List.of(new Slot(a, Sym.call("where", Sym.call("gt", x, Sym.ZERO), Sym.ONE, slope)));
            }
            default -> {
                if (IDENTITY.contains(n.op())) {
                    yield List.of(new Slot(a, Sym.ONE));
                }
                if (NO_GRADIENT.contains(n.op())) {
                    List<Slot> slots = new ArrayList<>();
                    n.inputs().forEach(o -> slots.add(new Slot(o, Sym.ZERO)));
                    yield slots;
                }
                yield null;
            }
        };
    }

    /** The derivative of a function of one variable, at {@code x}; null for a function that has no such rule. */
    static Sym unary(String fn, Sym x) {
        return switch (fn) {
            case "sin" -> Sym.call("cos", x);
            case "cos" -> Sym.neg(Sym.call("sin", x));
            case "tan" -> Sym.pow(Sym.call("cos", x), -2);
            case "exp" -> Sym.call("exp", x);
            case "exp2" -> Sym.mul(Sym.call("log", new Num(2)), Sym.call("exp2", x));
            case "log", "ln" -> Sym.pow(x, -1);
            case "log1p" -> Sym.pow(Sym.add(Sym.ONE, x), -1);
            case "sqrt" -> Sym.mul(new Num(0.5), Sym.pow(Sym.call("sqrt", x), -1));
            case "abs" -> Sym.call("sign", x);
            case "tanh" -> Sym.sub(Sym.ONE, Sym.pow(Sym.call("tanh", x), 2));
            case "sigmoid" -> Sym.mul(Sym.call("sigmoid", x), Sym.sub(Sym.ONE, Sym.call("sigmoid", x)));
            case "relu" -> Sym.call("where", Sym.call("gt", x, Sym.ZERO), Sym.ONE, Sym.ZERO);
            case "neg" -> new Num(-1);
            case "reciprocal" -> Sym.neg(Sym.pow(x, -2));
            case "erf" -> Sym.mul(new Num(2), Sym.call("exp", Sym.neg(Sym.pow(x, 2))),
                    Sym.pow(Sym.call("sqrt", new Num(Math.PI)), -1));
            case "softplus" -> Sym.call("sigmoid", x);
            case "sign" -> Sym.ZERO;
            default -> null;
        };
    }

    /**
     * GELU's derivative: {@code Φ(x) + x φ(x)} exactly, or that of {@code x/2 (1 + tanh(k (x + 0.044715 x³)))} with
     * {@code k = √(2/π)} for {@code approximate="tanh"}; null for another mode.
     */
    private static Sym gelu(Sym x, Operand approximate) {
        Object mode = approximate instanceof Operand.Const c ? c.value() : approximate == null ? "none" : null;
        if ("tanh".equals(mode)) {
            Num k = new Num(Math.sqrt(2 / Math.PI));
            Sym th = Sym.call("tanh", Sym.mul(k, Sym.add(x, Sym.mul(new Num(0.044715), Sym.pow(x, 3)))));
            Sym inner = Sym.mul(k, Sym.add(Sym.ONE, Sym.mul(new Num(3 * 0.044715), Sym.pow(x, 2))));
            return Sym.add(Sym.mul(new Num(0.5), Sym.add(Sym.ONE, th)),
                    Sym.mul(new Num(0.5), x, Sym.sub(Sym.ONE, Sym.pow(th, 2)), inner));
        }
        if (!"none".equals(mode)) {
            return null;
        }
        Sym cdf = Sym.mul(new Num(0.5), Sym.add(Sym.ONE, Sym.call("erf", Sym.mul(new Num(Math.sqrt(0.5)), x))));
        Sym pdf = Sym.mul(new Num(1 / Math.sqrt(2 * Math.PI)), Sym.call("exp", Sym.mul(new Num(-0.5), Sym.pow(x, 2))));
        return Sym.add(cdf, Sym.mul(x, pdf));
    }

    private static List<Slot> division(Operand a, Operand b, Sym x, Sym y) {
        return List.of(new Slot(a, Sym.pow(y, -1)), new Slot(b, Sym.mul(new Num(-1), x, Sym.pow(y, -2))));
    }

    /** The power rule for the base, {@code a**b·ln a} for the exponent (mirrors the engine's pow gradient). */
    private static List<Slot> power(Operand a, Operand b, Sym x, Sym y) {
        if (x == null || y == null) {
            return null;
        }
        return List.of(new Slot(a, Sym.mul(y, new Sym.Pow(x, Sym.add(y, new Num(-1))))),
                new Slot(b, Sym.mul(new Sym.Pow(x, y), Sym.call("log", x))));
    }

    /** The larger (smaller) operand takes the gradient; a tie splits it in halves, as the engine does. */
    private static List<Slot> extremum(boolean max, Operand a, Operand b, Sym x, Sym y) {
        return List.of(new Slot(a, takes(max, x, y)), new Slot(b, takes(max, y, x)));
    }

    /** {@code where(gt(x, y), 1, where(lt(x, y), 0, 0.5))} for a maximum, the comparisons swapped for a minimum. */
    private static Sym takes(boolean max, Sym x, Sym y) {
        Sym wins = Sym.call(max ? "gt" : "lt", x, y);
        Sym loses = Sym.call(max ? "lt" : "gt", x, y);
        return Sym.call("where", wins, Sym.ONE, Sym.call("where", loses, Sym.ZERO, new Num(0.5)));
    }

    private static Sym clampMask(Sym x, Sym min, Sym max) {
        List<Sym> masks = new ArrayList<>();
        if (min != null) {
            masks.add(Sym.call("where", Sym.call("ge", x, min), Sym.ONE, Sym.ZERO));
        }
        if (max != null) {
            masks.add(Sym.call("where", Sym.call("le", x, max), Sym.ONE, Sym.ZERO));
        }
        return new Sym.Mul(masks);
    }

    private static Sym alpha(GraphNode n, Context cx, int fallback) {
        Operand o = n.kwargs().get("alpha");
        return o == null ? new Num(fallback) : cx.sym(o);
    }

    // ---- forward formulas ----------------------------------------------------------------------------------

    /** The node's own formula over its operands ({@code sin(w1)}, {@code w2 - w4 + w5}); null when not expressible. */
    static Sym forward(GraphNode n, Context cx) {
        List<Sym> in = new ArrayList<>();
        for (Operand o : n.inputs()) {
            Sym s = cx.sym(o);
            if (s == null) {
                return null;
            }
            in.add(s);
        }
        if (n.isLeaf()) {
            return null;
        }
        return switch (n.form()) {
            case OPERATOR -> switch (n.op()) {
                case "add" -> {
                    List<Sym> terms = new ArrayList<>();
                    for (int i = 0; i < in.size(); i++) {
                        terms.add(n.signs().get(i) < 0 ? Sym.neg(in.get(i)) : in.get(i));
                    }
                    yield new Sym.Add(terms);
                }
                case "sub" -> Sym.sub(in.get(0), in.get(1));
                case "neg" -> Sym.neg(in.getFirst());
                case "mul" -> Sym.mul(in.get(0), in.get(1));
                case "div" -> Sym.div(in.get(0), in.get(1));
                case "pow" -> new Sym.Pow(in.get(0), in.get(1));
                case "matmul" -> Sym.call("matmul", in.get(0), in.get(1));
                default -> null;
            };
            case FUNCTION, METHOD -> n.kwargs().isEmpty() && (unary(n.op(), Sym.ZERO) != null && in.size() == 1
                    || n.op().equals("pow") && in.size() == 2)
                    ? (n.op().equals("pow") ? new Sym.Pow(in.get(0), in.get(1)) : new Sym.Call(n.op(), in)) : null;
            case ATTRIBUTE -> n.op().equals("T") ? new Sym.Method(in.getFirst(), "T", List.of()) : null;
            default -> null;
        };
    }
}
