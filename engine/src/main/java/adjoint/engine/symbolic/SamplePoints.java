package adjoint.engine.symbolic;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.Form;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphEvaluator;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.NodeResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Points of the inputs' domain near the current one, for telling equivalent formulas from coincidences: every
 * floating leaf scaled elementwise by a factor in [0.5, 2] (sign kept; a zero drawn from [−1, 1]), every node
 * recomputed, and a point where any node is not finite (or fails) rejected. Seeded, so verdicts repeat. A graph
 * whose inputs are written {@code tensor(..., requires_grad=True)} should go through {@link #withLeaves} first.
 */
public final class SamplePoints {
    private SamplePoints() {
    }

    /**
     * The graph with each node that reads no other node and makes a floating tensor requiring a gradient
     * ({@code x = tensor([1.5], requires_grad=True)}) turned into a plain leaf, so it can be varied like one.
     */
    public static ExprGraph withLeaves(ExprGraph graph, GraphEvaluation ev) {
        ExprGraph out = graph;
        for (GraphNode n : graph.nodes()) {
            NodeResult r = ev.result(n.id());
            if (!n.isLeaf() && n.inputIds().isEmpty() && r != null && r.value() != null
                    && r.value().dtype().isFloating() && r.value().requiresGrad()) {
                out = out.withNode(new GraphNode(n.id(), n.names(), "leaf", Form.LEAF, List.of(), Map.of(),
                        Map.of("value", literal(r.value()))));
            }
        }
        return out;
    }

    /** The ids of the leaves a point may vary: floating values that require a gradient. */
    static List<String> variableLeaves(ExprGraph graph, GraphEvaluation ev) {
        List<String> ids = new ArrayList<>();
        for (GraphNode n : graph.nodes()) {
            NodeResult r = ev.result(n.id());
            if (n.isLeaf() && r != null && r.value() != null && r.value().dtype().isFloating()) {
                ids.add(n.id());
            }
        }
        return ids;
    }

    /**
     * Up to {@code count} accepted random points near {@code here}, an evaluation of {@code graph} (fewer when most
     * draws are rejected; none when no leaf can vary), each a float64 evaluation with gradients.
     *
     * <pre>{@code
     * for (GraphEvaluation p : SamplePoints.near(graph, here, 6, 42)) {
     *     derivatives.evaluate(studentFormula, p);   // compare with p.result(id).grad()
     * }
     * }</pre>
     */
    public static List<GraphEvaluation> near(ExprGraph graph, GraphEvaluation here, int count, long seed) {
        Random random = new Random(seed);
        List<String> leaves = variableLeaves(graph, here);
        List<GraphEvaluation> out = new ArrayList<>();
        if (leaves.isEmpty()) {
            return out;
        }
        for (int attempt = 0; attempt < count * 10 && out.size() < count; attempt++) {
            Map<String, Tensor> overrides = new LinkedHashMap<>();
            for (String id : leaves) {
                Tensor v = here.result(id).value();
                double[] data = v.toDoubles();
                for (int i = 0; i < data.length; i++) {
                    data[i] = data[i] == 0 ? random.nextDouble(-1, 1) : data[i] * Math.exp(random.nextDouble(Math.log(0.5), Math.log(2)));
                }
                overrides.put(id, Tensor.fromDoubles(DType.FLOAT64, data, v.shape()));
            }
            GraphEvaluation ev = GraphEvaluator.evaluate(graph, DType.FLOAT64, here.output(), overrides);
            if (finite(ev) && ev.backward() == here.backward()) {
                out.add(ev);
            }
        }
        return out;
    }

    /** Whether every node computed a value and every floating value is finite. */
    static boolean finite(GraphEvaluation ev) {
        for (NodeResult r : ev.results().values()) {
            if (r.value() == null) {
                return false;
            }
            if (r.value().dtype().isFloating() && r.value().numel() <= 1_000_000) {
                for (double d : r.value().toDoubles()) {
                    if (!Double.isFinite(d)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** A tensor's data as the literal a leaf holds: a number, or nested lists of numbers. */
    static Object literal(Tensor t) {
        double[] data = t.toDoubles();
        if (t.dim() == 0) {
            return data[0];
        }
        return nest(data, t.shape(), 0, new int[1]);
    }

    private static Object nest(double[] data, int[] shape, int dim, int[] at) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < shape[dim]; i++) {
            items.add(dim == shape.length - 1 ? (Object) data[at[0]++] : nest(data, shape, dim + 1, at));
        }
        return items;
    }
}
