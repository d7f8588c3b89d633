package adjoint.engine.graph;

import adjoint.engine.DType;
import adjoint.engine.DefaultDType;
import adjoint.engine.NoGrad;
import adjoint.engine.Tensor;
import adjoint.engine.TensorException;
import adjoint.engine.lang.BinaryOp;
import adjoint.engine.lang.Operations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluation as a pure function of (graph, leaf values, dtype): forward node by node in topological order, an error
 * kept at the node where it arises (nodes that read it report it, the rest still evaluate), then backward from the
 * output. Leaf values may be overridden, e.g. by grids of many values: broadcasting gives f and ∇f at every point.
 *
 * <pre>{@code
 * GraphEvaluation ev = GraphEvaluator.evaluate(ExprGraph.parse("x = 1.5\nf = sin(x) * x"), DType.FLOAT64);
 * ev.result(ev.output()).value().item();
 * }</pre>
 */
public final class GraphEvaluator {
    private GraphEvaluator() {
    }

    public static GraphEvaluation evaluate(ExprGraph graph, DType dtype) {
        return evaluate(graph, dtype, graph.output(), Map.of());
    }

    /**
     * @param output    the node to run backward from (null: the graph's output)
     * @param overrides tensors to use instead of some leaves' own values, by node id; they are made to require a
     *                  gradient if floating
     */
    public static GraphEvaluation evaluate(ExprGraph graph, DType dtype, String output, Map<String, Tensor> overrides) {
        String out = output != null ? output : graph.output();
        try (var d = DefaultDType.use(dtype); var g = NoGrad.enableGrad()) {
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, String> errors = new LinkedHashMap<>();
            Map<String, String> labels = graph.labels();
            for (GraphNode n : graph.nodes()) {
                String failedInput = n.inputIds().stream().filter(errors::containsKey).findFirst().orElse(null);
                if (failedInput != null) {
                    errors.put(n.id(), "needs " + labels.get(failedInput) + ", which has an error");
                    continue;
                }
                try {
                    Object v = forward(n, values, overrides);
                    Tensor t = Operations.toTensor(v);
                    if (t.requiresGrad() && !t.isLeaf()) {
                        t.retainGrad();
                    }
                    values.put(n.id(), v);
                } catch (TensorException | IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException e) {
                    errors.put(n.id(), e.getMessage());
                }
            }
            boolean backward = false;
            Map<String, String> backwardErrors = new LinkedHashMap<>();
            if (out != null && values.containsKey(out)) {
                Tensor root = Operations.toTensor(values.get(out));
                if (root.dtype().isFloating() && root.requiresGrad() && root.numel() == 1) {
                    try {
                        root.backward();
                        backward = true;
                    } catch (TensorException e) {
                        backwardErrors.put(out, e.getMessage());
                    }
                }
            }
            Map<String, NodeResult> results = new LinkedHashMap<>();
            for (GraphNode n : graph.nodes()) {
                String error = errors.containsKey(n.id()) ? errors.get(n.id()) : backwardErrors.get(n.id());
                Tensor value = values.containsKey(n.id()) ? Operations.toTensor(values.get(n.id())) : null;
                String warning = value == null ? null : Domain.warning(n, value, graph, results);
                results.put(n.id(), new NodeResult(value, value == null ? null : value.grad(), error, warning));
            }
            return new GraphEvaluation(out, results, dtype, backward);
        }
    }

    private static Object forward(GraphNode n, Map<String, Object> values, Map<String, Tensor> overrides) {
        if (n.isLeaf()) {
            Tensor given = overrides.get(n.id());
            if (given != null) {
                return given.dtype().isFloating() && given.isLeaf() && !given.requiresGrad() ? given.requiresGrad(true) : given;
            }
            return Operations.leaf(n.attrs().get("value"));
        }
        for (int i = 0; i < n.inputs().size(); i++) {
            if (n.inputs().get(i).isUnconnected()) {
                throw new IllegalArgumentException("input " + (i + 1) + " is not connected");
            }
        }
        n.kwargs().forEach((k, o) -> {
            if (o.isUnconnected()) {
                throw new IllegalArgumentException("input '" + k + "' is not connected");
            }
        });
        List<Object> in = new ArrayList<>();
        n.inputs().forEach(o -> in.add(value(o, values)));
        Map<String, Object> kw = new LinkedHashMap<>();
        n.kwargs().forEach((k, o) -> kw.put(k, value(o, values)));
        return switch (n.form()) {
            case LEAF -> throw new IllegalStateException();
            case OPERATOR -> operator(n, in);
            case FUNCTION -> Operations.call(n.op(), in, kw);
            case METHOD -> Operations.method(in.getFirst(), n.op(), in.subList(1, in.size()), kw);
            case ATTRIBUTE -> Operations.attribute(in.getFirst(), n.op());
            case INDEX -> index(Operations.toTensor(in.getFirst()), n);
        };
    }

    private static Object operator(GraphNode n, List<Object> in) {
        return switch (n.op()) {
            case "add" -> {
                List<Integer> signs = n.signs();
                Object acc = signs.getFirst() < 0 ? Operations.negate(in.getFirst()) : in.getFirst();
                for (int i = 1; i < in.size(); i++) {
                    acc = Operations.binary(signs.get(i) < 0 ? BinaryOp.SUB : BinaryOp.ADD, acc, in.get(i));
                }
                yield acc;
            }
            case "neg" -> Operations.negate(in.getFirst());
            case "sub" -> Operations.binary(BinaryOp.SUB, in.get(0), in.get(1));
            case "mul" -> Operations.binary(BinaryOp.MUL, in.get(0), in.get(1));
            case "div" -> Operations.binary(BinaryOp.DIV, in.get(0), in.get(1));
            case "pow" -> Operations.binary(BinaryOp.POW, in.get(0), in.get(1));
            case "matmul" -> Operations.binary(BinaryOp.MATMUL, in.get(0), in.get(1));
            default -> throw new IllegalArgumentException("no operator '" + n.op() + "'");
        };
    }

    @SuppressWarnings("unchecked")
    private static Tensor index(Tensor t, GraphNode n) {
        int dim = 0;
        for (IndexSpec s : (List<IndexSpec>) n.attrs().get("index")) {
            if (dim > t.dim() || (dim == t.dim() && !(s instanceof IndexSpec.NewAxis))) {
                throw new IllegalArgumentException("too many indices for tensor of dimension " + t.dim());
            }
            switch (s) {
                case IndexSpec.At a -> t = t.select(dim, a.index());
                case IndexSpec.NewAxis x -> t = t.unsqueeze(dim++);
                case IndexSpec.Range r -> t = t.slice(dim++, r.start(), r.stop(), r.step() == null ? 1 : r.step());
            }
        }
        return t;
    }

    private static Object value(Operand o, Map<String, Object> values) {
        return switch (o) {
            case Operand.Const c when o.isUnconnected() -> throw new IllegalArgumentException("an input is not connected");
            case Operand.Const c -> c.value();
            case Operand.Ref r -> values.get(r.id());
            case Operand.Group g -> g.items().stream().map(i -> value(i, values)).toList();
        };
    }
}
