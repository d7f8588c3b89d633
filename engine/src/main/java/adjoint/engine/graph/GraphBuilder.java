package adjoint.engine.graph;

import adjoint.engine.DType;
import adjoint.engine.lang.Assign;
import adjoint.engine.lang.BinaryOp;
import adjoint.engine.lang.Expr;
import adjoint.engine.lang.IndexItem;
import adjoint.engine.lang.Program;
import adjoint.engine.lang.ProgramException;
import adjoint.engine.lang.UnaryOp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the graph of a program: one node per distinct operation (a repeated subexpression is one node), constants
 * inline, chains of {@code +} and {@code -} as one signed sum, names attached to the nodes they are given to.
 */
final class GraphBuilder {
    private final Map<String, Operand> env = new HashMap<>();
    private final Map<List<Object>, String> shared = new HashMap<>();
    private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
    private int counter;

    private GraphBuilder() {
    }

    static ExprGraph build(Program program) {
        Assign last = program.output();
        program.check();
        GraphBuilder b = new GraphBuilder();
        for (Assign a : program.assignments()) {
            b.assign(a);
        }
        return ExprGraph.of(List.copyOf(b.nodes.values()), ((Operand.Ref) b.env.get(last.name())).id());
    }

    private void assign(Assign a) {
        Object literal = literal(a.value());
        String id;
        if (literal != null) {
            id = "n" + ++counter;
            nodes.put(id, GraphNode.leaf(id, a.name(), literal));
        } else {
            Operand o = build(a.value());
            id = o instanceof Operand.Ref r ? r.id() : node("tensor", Form.FUNCTION, List.of(o), Map.of(), Map.of());
            GraphNode n = nodes.get(id);
            List<String> names = new ArrayList<>(n.names());
            names.remove(a.name());
            names.add(a.name());
            nodes.put(id, n.withNames(names));
        }
        env.put(a.name(), Operand.ref(id));
    }

    /** The value of a bare literal ({@code 2}, {@code -1.5}, {@code [1, 2]}, {@code pi}), or null. */
    private Object literal(Expr e) {
        return switch (e) {
            case Expr.Num n -> number(n);
            case Expr.Unary u when u.op() == UnaryOp.NEG -> literal(u.operand()) instanceof Object v ? negate(v) : null;
            case Expr.Unary u -> literal(u.operand());
            case Expr.ListLit l when !l.elements().isEmpty() -> {
                List<Object> items = new ArrayList<>();
                for (Expr x : l.elements()) {
                    Object v = literal(x);
                    if (v == null) {
                        yield null;
                    }
                    items.add(v);
                }
                yield items;
            }
            case Expr.Name n when (n.name().equals("pi") || n.name().equals("e")) && !env.containsKey(n.name()) ->
                    n.name().equals("pi") ? Math.PI : Math.E;
            default -> null;
        };
    }

    private static Object number(Expr.Num n) {
        return n.isInteger() && Math.abs(n.value()) < 9.2e18 ? (Object) Long.parseLong(n.text()) : (Object) n.value();
    }

    private static Object negate(Object v) {
        return switch (v) {
            case Long l -> -l;
            case Double d -> -d;
            case List<?> list -> null;
            default -> null;
        };
    }

    private Operand build(Expr e) {
        return switch (e) {
            case Expr.Num n -> Operand.constant(number(n));
            case Expr.Str s -> Operand.constant(s.value());
            case Expr.Name n -> name(n);
            case Expr.ListLit l -> {
                List<Operand> items = l.elements().stream().map(this::build).toList();
                yield items.stream().allMatch(o -> o instanceof Operand.Const)
                        ? Operand.constant(items.stream().map(o -> ((Operand.Const) o).value()).toList())
                        : new Operand.Group(items);
            }
            case Expr.Unary u -> {
                Operand o = build(u.operand());
                if (u.op() == UnaryOp.PLUS) {
                    yield o;
                }
                yield o instanceof Operand.Const c && negate(c.value()) != null ? Operand.constant(negate(c.value()))
                        : Operand.ref(node("neg", Form.OPERATOR, List.of(o), Map.of(), Map.of()));
            }
            case Expr.Binary b when b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUB -> signedSum(b);
            case Expr.Binary b -> Operand.ref(node(switch (b.op()) {
                case MUL -> "mul";
                case DIV -> "div";
                case POW -> "pow";
                default -> "matmul";
            }, Form.OPERATOR, List.of(build(b.left()), build(b.right())), Map.of(), Map.of()));
            case Expr.Call c -> Operand.ref(node(c.function(), Form.FUNCTION, c.args().stream().map(this::build).toList(),
                    kwargs(c.kwargs()), Map.of()));
            case Expr.MethodCall m -> {
                if (m.method().endsWith("_")) {
                    String operator = switch (m.method()) {
                        case "add_" -> " or +=";
                        case "sub_" -> " or -=";
                        case "mul_" -> " or *=";
                        case "div_" -> " or /=";
                        default -> "";
                    };
                    throw new ProgramException("in-place operations such as " + m.method() + operator + " cannot be drawn "
                            + "as a graph; write the operation without '_'" + (operator.isEmpty() ? "" : " (y = y * x for y *= x)")
                            + " (adjoint eval still runs the program)", m.nameAt());
                }
                List<Operand> inputs = new ArrayList<>();
                inputs.add(build(m.target()));
                m.args().forEach(x -> inputs.add(build(x)));
                yield Operand.ref(node(m.method(), Form.METHOD, inputs, kwargs(m.kwargs()), Map.of()));
            }
            case Expr.Attribute a -> Operand.ref(node(a.name(), Form.ATTRIBUTE, List.of(build(a.target())), Map.of(), Map.of()));
            case Expr.Index ix -> Operand.ref(node("index", Form.INDEX, List.of(build(ix.target())), Map.of(),
                    Map.of("index", ix.items().stream().map(this::indexSpec).toList())));
        };
    }

    private Operand name(Expr.Name n) {
        if (env.containsKey(n.name())) {
            return env.get(n.name());
        }
        return Operand.constant(switch (n.name()) {
            case "pi" -> Math.PI;
            case "e" -> Math.E;
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "None" -> null;
            default -> {
                try {
                    yield DType.parse(n.name());
                } catch (RuntimeException ex) {
                    throw new ProgramException(ex.getMessage(), n.at());
                }
            }
        });
    }

    /** {@code a - b + c} (any nesting of + and -) as one node with signed inputs. */
    private Operand signedSum(Expr.Binary b) {
        List<Operand> terms = new ArrayList<>();
        List<Integer> signs = new ArrayList<>();
        collectTerms(b, 1, terms, signs);
        return Operand.ref(node("add", Form.OPERATOR, terms, Map.of(), Map.of("signs", List.copyOf(signs))));
    }

    private void collectTerms(Expr e, int sign, List<Operand> terms, List<Integer> signs) {
        if (e instanceof Expr.Binary b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUB)) {
            collectTerms(b.left(), sign, terms, signs);
            collectTerms(b.right(), b.op() == BinaryOp.SUB ? -sign : sign, terms, signs);
            return;
        }
        if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEG && !(u.operand() instanceof Expr.Num)) {
            collectTerms(u.operand(), -sign, terms, signs);
            return;
        }
        terms.add(build(e));
        signs.add(sign);
    }

    private Map<String, Operand> kwargs(Map<String, Expr> kw) {
        Map<String, Operand> out = new LinkedHashMap<>();
        kw.forEach((k, v) -> out.put(k, build(v)));
        return out;
    }

    private IndexSpec indexSpec(IndexItem item) {
        if (item instanceof IndexItem.Slice s) {
            return new IndexSpec.Range(bound(s.start()), bound(s.stop()), bound(s.step()));
        }
        Expr e = (Expr) item;
        if (e instanceof Expr.Name n && n.name().equals("None")) {
            return new IndexSpec.NewAxis();
        }
        Long at = bound(e);
        if (at == null) {
            throw new ProgramException("only constant indices can be drawn as a graph", e.at());
        }
        return new IndexSpec.At(at);
    }

    private Long bound(Expr e) {
        if (e == null) {
            return null;
        }
        Object v = literal(e);
        if (v instanceof Long l) {
            return l;
        }
        if (e instanceof Expr.Name n && n.name().equals("None")) {
            return null;
        }
        throw new ProgramException("an index must be a whole number written in the program", e.at());
    }

    /** The id of the node for this operation: an existing identical one, or a new one. */
    private String node(String op, Form form, List<Operand> inputs, Map<String, Operand> kwargs, Map<String, Object> attrs) {
        List<Object> key = List.of(op, form, inputs, kwargs, attrs);
        String existing = shared.get(key);
        if (existing != null) {
            return existing;
        }
        String id = "n" + ++counter;
        nodes.put(id, new GraphNode(id, List.of(), op, form, inputs, kwargs, attrs));
        shared.put(key, id);
        return id;
    }
}
