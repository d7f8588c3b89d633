package adjoint.app.document;

import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.Form;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import adjoint.engine.lang.Vocabulary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nodes a palette entry makes: a variable with a default value, a constant, or an operation whose tensor
 * inputs are {@linkplain Operand#unconnected() not connected} yet. A layer also makes its parameters:
 * {@code linear} comes with a weight {@code W} and a bias {@code b} as variables it reads.
 */
final class NodeTemplates {
    private static final Set<String> OPERATORS = Set.of("add", "sub", "mul", "div", "pow", "matmul", "neg");
    private static final Set<String> NOT_NODES = Set.of("tensor");

    /** The nodes made, the first being the one the entry names; the others are placed left of it. */
    record Made(List<GraphNode> nodes) {
    }

    private NodeTemplates() {
    }

    static Set<String> entries() {
        Set<String> names = new LinkedHashSet<>(List.of("variable", "scalar", "vector", "matrix", "constant", "data"));
        names.addAll(List.of("add", "sub", "mul", "div", "pow", "neg", "matmul", "T"));
        Vocabulary.FUNCTIONS.stream().filter(f -> !NOT_NODES.contains(f)).forEach(names::add);
        return Collections.unmodifiableSet(names);
    }

    static Made make(String entry, String id, ExprGraph graph) {
        Names names = new Names(graph);
        return switch (entry) {
            case "variable", "scalar" -> one(GraphNode.leaf(id, names.fresh("x"), 1.0));
            case "vector" -> one(GraphNode.leaf(id, names.fresh("v"), List.of(1.0, 2.0, 3.0)));
            case "matrix" -> one(GraphNode.leaf(id, names.fresh("A"), List.of(List.of(1.0, 2.0), List.of(3.0, 4.0))));
            case "constant" -> one(constant(id, names.fresh("c"), 1.0));
            case "data" -> one(constant(id, names.fresh("X"),
                    List.of(List.of(1.0, 2.0, 3.0), List.of(4.0, 5.0, 6.0))));
            case "T" -> one(node(id, "T", Form.ATTRIBUTE, List.of(Operand.unconnected()), Map.of()));
            case "linear" -> layer(id, graph, names);
            case "embedding" -> embedding(id, graph, names);
            default -> {
                if (OPERATORS.contains(entry)) {
                    yield one(operator(id, entry));
                }
                if (!Vocabulary.FUNCTIONS.contains(entry) || NOT_NODES.contains(entry)) {
                    throw new Command.EditRefused("there is no node '" + entry + "'"
                            + Vocabulary.hint(entry, entries()));
                }
                yield one(function(id, entry));
            }
        };
    }

    /** A constant: {@code tensor(value)}, which gets no gradient. */
    static GraphNode constant(String id, String name, Object value) {
        return new GraphNode(id, name == null ? List.of() : List.of(name), "tensor", Form.FUNCTION,
                List.of(Operand.constant(value)), Map.of(), Map.of());
    }

    private static GraphNode operator(String id, String op) {
        Operand open = Operand.unconnected();
        return switch (op) {
            case "add" -> new GraphNode(id, List.of(), "add", Form.OPERATOR, List.of(open, open), Map.of(),
                    Map.of("signs", List.of(1, 1)));
            case "sub" -> new GraphNode(id, List.of(), "add", Form.OPERATOR, List.of(open, open), Map.of(),
                    Map.of("signs", List.of(1, -1)));
            case "neg" -> node(id, op, Form.OPERATOR, List.of(open), Map.of());
            case "pow" -> node(id, op, Form.OPERATOR, List.of(open, Operand.constant(2L)), Map.of());
            default -> node(id, op, Form.OPERATOR, List.of(open, open), Map.of());
        };
    }

    private static GraphNode function(String id, String fn) {
        Operand open = Operand.unconnected();
        List<Operand> inputs = new ArrayList<>();
        Map<String, Operand> kwargs = new LinkedHashMap<>();
        switch (fn) {
            case "softmax", "log_softmax" -> {
                inputs.add(open);
                kwargs.put("dim", Operand.constant(-1L));
            }
            case "clamp", "clip" -> {
                inputs.add(open);
                kwargs.put("min", Operand.constant(0.0));
            }
            case "transpose" -> inputs.addAll(List.of(open, Operand.constant(0L), Operand.constant(1L)));
            case "permute" -> inputs.addAll(List.of(open, Operand.constant(1L), Operand.constant(0L)));
            case "view", "reshape" -> inputs.addAll(List.of(open, Operand.constant(-1L)));
            case "unsqueeze", "squeeze" -> inputs.addAll(List.of(open, Operand.constant(0L)));
            case "cat", "concat", "stack" -> {
                inputs.add(new Operand.Group(List.of(open, open)));
                kwargs.put("dim", Operand.constant(0L));
            }
            case "zeros", "ones", "rand", "randn" -> inputs.addAll(List.of(Operand.constant(2L), Operand.constant(3L)));
            case "arange" -> inputs.add(Operand.constant(5L));
            default -> Signatures.parameters(fn, Form.FUNCTION).forEach(p -> inputs.add(open));
        }
        return node(id, fn, Form.FUNCTION, inputs, kwargs);
    }

    /** {@code linear(x, W, b)} with W (2 by 3) and b (2) as variables: a layer from 3 features to 2. */
    private static Made layer(String id, ExprGraph graph, Names names) {
        ExprGraph g = graph.withNode(GraphNode.leaf(id, null, 0.0));
        String w = g.nextId();
        g = g.withNode(GraphNode.leaf(w, null, 0.0));
        String b = g.nextId();
        GraphNode linear = node(id, "linear", Form.FUNCTION,
                List.of(Operand.unconnected(), Operand.ref(w), Operand.ref(b)), Map.of());
        return new Made(List.of(linear,
                GraphNode.leaf(w, names.fresh("W"), List.of(List.of(0.1, 0.2, 0.3), List.of(0.4, 0.5, 0.6))),
                GraphNode.leaf(b, names.fresh("b"), List.of(0.0, 0.0))));
    }

    /** {@code embedding(indices, E)} with a table E of 4 rows of 3 as a variable. */
    private static Made embedding(String id, ExprGraph graph, Names names) {
        String e = graph.withNode(GraphNode.leaf(id, null, 0.0)).nextId();
        GraphNode node = node(id, "embedding", Form.FUNCTION, List.of(Operand.unconnected(), Operand.ref(e)), Map.of());
        List<Object> table = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            table.add(List.of(0.1 * r, 0.1 * r + 0.05, -0.1 * r));
        }
        return new Made(List.of(node, GraphNode.leaf(e, names.fresh("E"), List.copyOf(table))));
    }

    private static GraphNode node(String id, String op, Form form, List<Operand> inputs, Map<String, Operand> kwargs) {
        return new GraphNode(id, List.of(), op, form, inputs, kwargs, Map.of());
    }

    private static Made one(GraphNode n) {
        return new Made(List.of(n));
    }
}
