package adjoint.engine.graph;

import adjoint.engine.DType;
import adjoint.engine.lang.Assign;
import adjoint.engine.lang.BinaryOp;
import adjoint.engine.lang.Expr;
import adjoint.engine.lang.IndexItem;
import adjoint.engine.lang.Position;
import adjoint.engine.lang.Program;
import adjoint.engine.lang.ProgramPrinter;
import adjoint.engine.lang.Statement;
import adjoint.engine.lang.UnaryOp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a graph back as a program: a statement per named node (and per unnamed node read more than once, or the
 * output), every other node inline, so what the user typed comes back. Precedence is the language printer's.
 */
final class GraphPrinter {
    private static final Position AT = Position.UNKNOWN;
    private final ExprGraph graph;
    private final Map<String, String> labels;

    private GraphPrinter(ExprGraph graph) {
        this.graph = graph;
        this.labels = graph.labels();
    }

    static String print(ExprGraph graph) {
        return new GraphPrinter(graph).program();
    }

    /** Expressions of single nodes, for tables and tooltips: {@code sin(w1)}, {@code w2 - w4 + w5}. */
    static String formula(ExprGraph graph, String id, Map<String, String> labels) {
        GraphPrinter p = new GraphPrinter(graph);
        return ProgramPrinter.print(p.expr(graph.node(id), labels, false));
    }

    private String program() {
        List<Statement> statements = new ArrayList<>();
        for (GraphNode n : graph.nodes()) {
            if (!statement(n)) {
                continue;
            }
            List<String> names = n.names().isEmpty() ? List.of(labels.get(n.id())) : n.names();
            statements.add(new Assign(names.getFirst(), expr(n, labels, true), AT));
            for (String alias : names.subList(1, names.size())) {
                statements.add(new Assign(alias, new Expr.Name(names.getFirst(), AT), AT));
            }
        }
        return statements.isEmpty() ? "" : ProgramPrinter.print(new Program(statements, AT));
    }

    private boolean statement(GraphNode n) {
        return !n.names().isEmpty() || n.isLeaf() || n.id().equals(graph.output()) || graph.consumers(n.id()).size() > 1;
    }

    /** The expression computing {@code n}; inputs that are statements appear by name, others inline. */
    Expr expr(GraphNode n, Map<String, String> names, boolean inline) {
        List<Expr> in = n.inputs().stream().map(o -> operand(o, names, inline)).toList();
        Map<String, Expr> kw = new LinkedHashMap<>();
        n.kwargs().forEach((k, v) -> kw.put(k, operand(v, names, inline)));
        return switch (n.form()) {
            case LEAF -> constant(n.attrs().get("value"));
            case OPERATOR -> operator(n, in);
            case FUNCTION -> new Expr.Call(n.op(), in, kw, AT, AT);
            case METHOD -> new Expr.MethodCall(in.getFirst(), n.op(), in.subList(1, in.size()), kw, AT, AT);
            case ATTRIBUTE -> new Expr.Attribute(in.getFirst(), n.op(), AT, AT);
            case INDEX -> new Expr.Index(in.getFirst(), indexItems(n), AT);
        };
    }

    private Expr operator(GraphNode n, List<Expr> in) {
        if (n.op().equals("add")) {
            List<Integer> signs = n.signs();
            Expr e = signs.getFirst() < 0 ? new Expr.Unary(UnaryOp.NEG, in.getFirst(), AT) : in.getFirst();
            for (int i = 1; i < in.size(); i++) {
                e = new Expr.Binary(signs.get(i) < 0 ? BinaryOp.SUB : BinaryOp.ADD, e, in.get(i), AT, AT);
            }
            return e;
        }
        if (n.op().equals("neg")) {
            return new Expr.Unary(UnaryOp.NEG, in.getFirst(), AT);
        }
        BinaryOp op = switch (n.op()) {
            case "sub" -> BinaryOp.SUB;
            case "mul" -> BinaryOp.MUL;
            case "div" -> BinaryOp.DIV;
            case "pow" -> BinaryOp.POW;
            case "matmul" -> BinaryOp.MATMUL;
            default -> throw new IllegalStateException("no operator " + n.op());
        };
        return new Expr.Binary(op, in.get(0), in.get(1), AT, AT);
    }

    private Expr operand(Operand o, Map<String, String> names, boolean inline) {
        return switch (o) {
            case Operand.Const c -> constant(c.value());
            case Operand.Group g -> new Expr.ListLit(g.items().stream().map(i -> operand(i, names, inline)).toList(), AT);
            case Operand.Ref r -> {
                GraphNode n = graph.node(r.id());
                yield inline && !statement(n) ? expr(n, names, true) : new Expr.Name(names.get(r.id()), AT);
            }
        };
    }

    private static Expr constant(Object v) {
        return switch (v) {
            case null -> new Expr.Name("None", AT);
            case Operand.Unconnected u -> new Expr.Name("None", AT);
            case Boolean b -> new Expr.Name(b ? "True" : "False", AT);
            case Long l -> l < 0 ? new Expr.Unary(UnaryOp.NEG, num(Long.toString(-l), -l, true), AT)
                    : num(Long.toString(l), l, true);
            case Double d -> d < 0 || (d == 0 && 1 / d < 0) ? new Expr.Unary(UnaryOp.NEG, decimal(-d), AT) : decimal(d);
            case String s -> new Expr.Str(s, AT);
            case DType t -> new Expr.Name(t.label(), AT);
            case List<?> list -> new Expr.ListLit(list.stream().map(GraphPrinter::constant).toList(), AT);
            default -> throw new IllegalStateException("no literal for " + v);
        };
    }

    private static Expr decimal(double d) {
        if (d == Math.PI) {
            return new Expr.Name("pi", AT);
        }
        if (d == Math.E) {
            return new Expr.Name("e", AT);
        }
        return num(Double.toString(d).replace("E", "e"), d, false);
    }

    private static Expr.Num num(String text, double value, boolean integer) {
        return new Expr.Num(text, value, integer, AT);
    }

    @SuppressWarnings("unchecked")
    private static List<IndexItem> indexItems(GraphNode n) {
        List<IndexItem> items = new ArrayList<>();
        for (IndexSpec s : (List<IndexSpec>) n.attrs().get("index")) {
            items.add(switch (s) {
                case IndexSpec.At a -> constant(a.index());
                case IndexSpec.NewAxis x -> new Expr.Name("None", AT);
                case IndexSpec.Range r -> new IndexItem.Slice(bound(r.start()), bound(r.stop()), bound(r.step()), AT);
            });
        }
        return items;
    }

    private static Expr bound(Long v) {
        return v == null ? null : constant(v);
    }
}
