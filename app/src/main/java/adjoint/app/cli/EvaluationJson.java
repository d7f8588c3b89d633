package adjoint.app.cli;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import adjoint.engine.TensorException;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphEvaluator;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.NodeResult;
import adjoint.engine.lang.Evaluation;
import adjoint.engine.lang.ProgramException;
import adjoint.engine.symbolic.Derivatives;
import adjoint.engine.symbolic.Sym;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of an {@link Evaluation}: 0-d tensors as numbers, others as nested lists, integers as integers,
 * non-finite numbers as the strings {@code "nan"}, {@code "inf"}, {@code "-inf"}.
 */
final class EvaluationJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EvaluationJson() {
    }

    static ObjectNode of(Evaluation ev) {
        ObjectNode root = NODES.objectNode();
        root.put("output", ev.output());
        root.put("dtype", ev.dtype().label());
        ObjectNode values = root.putObject("values");
        ev.values().forEach((name, t) -> values.set(name, tensor(t)));
        ObjectNode grads = root.putObject("grads");
        ev.grads().forEach((name, g) -> grads.set(name, g == null ? NODES.nullNode() : tensor(g)));
        ObjectNode shapes = root.putObject("shapes");
        ev.values().forEach((name, t) -> {
            ArrayNode shape = shapes.putArray(name);
            for (int d : t.shape()) {
                shape.add(d);
            }
        });
        return root;
    }

    /**
     * Adds the symbolic derivatives of the program's graph, over the program's names ({@link ExprGraph#labels()}):
     * {@code "partials"}, one per edge ({@code {"of", "wrt", "formula", "value", "latex", "vjp", "vjp_value"}}; a
     * tensor operation has no formula, only its vector-Jacobian product {@code vjp}), and {@code "adjoints"}, one per
     * name of a named node ({@code {"formula", "value", "latex", "chain", "chain_latex"}}; {@code x = 1.5; w1 = x}
     * gives x and w1 the same entry). Values are the formulas evaluated at
     * the engine's values in {@code dtype}. An adjoint without a formula has {@code "formula": null} and a
     * {@code "reason"}: no symbolic rule (also given as {@code "error"}), or too long to show
     * ({@code "too long to show: about 9.9e+10 symbols"}), when its {@code "value"} is the engine's gradient and its
     * {@code "chain"} still holds. A program that cannot be drawn as a graph gets {@code "symbolic_error"}.
     */
    static void addSymbolic(ObjectNode root, String source, DType dtype) {
        try {
            ExprGraph graph = ExprGraph.parse(source);
            GraphEvaluation ev = GraphEvaluator.evaluate(graph, dtype);
            Derivatives d = Derivatives.of(graph, graph.labels(), ev);
            Map<String, String> labels = d.labels();
            ArrayNode partials = NODES.arrayNode();
            for (Derivatives.Edge e : d.edges()) {
                ObjectNode p = partials.addObject();
                p.put("of", labels.get(e.of()));
                p.put("wrt", labels.get(e.wrt()));
                formula(p, "", e.partial(), d, ev);
                formula(p, "vjp", e.contribution(), d, ev);
                if (e.unsupported() != null) {
                    p.put("error", e.unsupported());
                }
            }
            ObjectNode adjoints = NODES.objectNode();
            for (GraphNode n : graph.nodes()) {
                if (n.names().isEmpty()) {
                    continue;
                }
                Derivatives.NodeAdjoint a = d.adjoint(n.id());
                ObjectNode o = NODES.objectNode();
                for (String name : n.names()) {
                    adjoints.set(name, o);
                }
                formula(o, "", a.formula() == null ? null : d.overNames(a.formula()), d, ev);
                o.put("chain", a.chain().text());
                o.put("chain_latex", a.chain().latex());
                if (a.unsupported() != null) {
                    o.put("error", a.unsupported());
                }
                if (a.formula() == null) {
                    o.put("reason", a.absent());
                    NodeResult r = ev.result(n.id());
                    if (a.tooLong() != null && r != null && r.grad() != null) {
                        o.set("value", tensor(r.grad()));
                    }
                }
            }
            root.set("partials", partials);
            root.set("adjoints", adjoints);
        } catch (ProgramException | IllegalArgumentException | TensorException e) {
            root.put("symbolic_error", e.getMessage() == null ? "cannot derive this program symbolically" : e.getMessage());
        } catch (StackOverflowError e) {
            root.put("symbolic_error", "the program is nested too deeply to derive symbolically");
        }
    }

    /** {@code formula}, {@code value}, {@code latex} (with a prefix: {@code vjp}, {@code vjp_value}, {@code vjp_latex}). */
    private static void formula(ObjectNode o, String prefix, Sym s, Derivatives d, GraphEvaluation ev) {
        String key = prefix.isEmpty() ? "formula" : prefix;
        String under = prefix.isEmpty() ? "" : prefix + "_";
        if (s == null) {
            o.putNull(key);
            o.putNull(under + "value");
            return;
        }
        o.put(key, s.text());
        try {
            o.set(under + "value", tensor(d.evaluate(s, ev)));
        } catch (IllegalArgumentException | TensorException e) {
            o.putNull(under + "value");
            o.put(under + "value_error", e.getMessage());
        }
        o.put(under + "latex", s.latex());
    }

    static ObjectNode error(String message, int line, int column) {
        ObjectNode root = NODES.objectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", message == null ? "unknown error" : message);
        if (line > 0) {
            error.put("line", line);
            error.put("column", column);
        }
        return root;
    }

    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    static JsonNode tensor(Tensor t) {
        DType type = t.dtype();
        if (type.isFloating()) {
            return nest(t.toDoubles(), null, t.shape(), 0, new int[1]);
        }
        return nest(null, t.toLongs(), t.shape(), 0, new int[1]);
    }

    private static JsonNode nest(double[] d, long[] l, int[] shape, int dim, int[] at) {
        if (dim == shape.length) {
            int i = at[0]++;
            return d != null ? number(d[i]) : NODES.numberNode(l[i]);
        }
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < shape[dim]; i++) {
            array.add(nest(d, l, shape, dim + 1, at));
        }
        return array;
    }

    private static JsonNode number(double v) {
        if (Double.isNaN(v)) {
            return NODES.stringNode("nan");
        }
        if (Double.isInfinite(v)) {
            return NODES.stringNode(v > 0 ? "inf" : "-inf");
        }
        return NODES.numberNode(v);
    }
}
