package adjoint.engine.graph;

import adjoint.engine.FusedElementwise;
import adjoint.engine.Tensor;
import adjoint.engine.backend.BinaryOp;
import adjoint.engine.backend.ElementwiseProgram;
import adjoint.engine.backend.UnaryOp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A node's value and its gradient with respect to some leaves, as one {@link ElementwiseProgram}: possible when
 * every node between the leaves and the node is elementwise (arithmetic operators and functions of one number),
 * so that grids of the leaves give f and ∇f at every grid point in one pass, without autograd. Each node becomes
 * the primitives {@link GraphEvaluator} runs for it; nodes that do not depend on the leaves become constants, read
 * from an evaluation at one point. Subexpressions are shared: for {@code -x*log(x)} the program takes {@code log x}
 * once, for f and for ∂f/∂x.
 *
 * <pre>{@code
 * ExprGraph g = ExprGraph.parse("x = 1.0\ny = 1.0\nf = -x*log(x) - y*log(y)");
 * ElementwiseGradient fx = ElementwiseGradient.compile(g, g.output(), List.of("n1", "n2"),
 *         GraphEvaluator.evaluate(g, DType.FLOAT64));
 * Tensor[] out = fx.run(Tensor.of(0.5, 1), Tensor.of(1, 2));  // f, ∂f/∂x, ∂f/∂y at (0.5, 1) and (1, 2)
 * }</pre>
 */
public final class ElementwiseGradient {
    private final ElementwiseProgram program;
    /** Every node that depends on the leaves, as outputs: to find where a NaN or infinity arises. */
    private final ElementwiseProgram nodes;
    private final ExprGraph graph;
    private final List<String> leafIds;
    /** For each node, its output in {@link #nodes}. */
    private final Map<String, Integer> nodeOutputs;
    private final GraphEvaluation atPoint;

    private ElementwiseGradient(ElementwiseProgram program, ElementwiseProgram nodes, ExprGraph graph, List<String> leafIds,
                                Map<String, Integer> nodeOutputs, GraphEvaluation atPoint) {
        this.program = program;
        this.nodes = nodes;
        this.graph = graph;
        this.leafIds = List.copyOf(leafIds);
        this.nodeOutputs = Map.copyOf(nodeOutputs);
        this.atPoint = atPoint;
    }

    /** Where a NaN or infinity first arises: the node's id and why, in the words {@link GraphEvaluator} uses. */
    public record Problem(String id, String warning) {
    }

    /**
     * The program of {@code output} and its gradient over the leaves {@code leafIds} (in order), or null if a node
     * on the way is not elementwise, has no fused gradient, or failed or was not a floating number in
     * {@code atPoint}, an evaluation of the graph with every leaf a number.
     */
    public static ElementwiseGradient compile(ExprGraph graph, String output, List<String> leafIds, GraphEvaluation atPoint) {
        ElementwiseProgram.Builder b = ElementwiseProgram.builder(leafIds.size());
        Map<String, Integer> steps = new HashMap<>();
        int[] inputs = new int[leafIds.size()];
        for (int k = 0; k < inputs.length; k++) {
            inputs[k] = b.input(k);
            steps.put(leafIds.get(k), inputs[k]);
        }
        for (GraphNode n : graph.nodes()) {
            if (steps.containsKey(n.id()) || n.inputIds().stream().noneMatch(steps::containsKey)) {
                continue;
            }
            NodeResult r = atPoint.result(n.id());
            if (r == null || r.failed() || r.value().dim() != 0 || !r.value().dtype().isFloating()) {
                return null;
            }
            Integer step = node(n, b, steps, atPoint);
            if (step == null) {
                return null;
            }
            steps.put(n.id(), step);
        }
        Integer f = steps.get(output);
        if (f == null || leafIds.contains(output)) {
            return null;
        }
        Map<String, Integer> nodeOutputs = new HashMap<>();
        List<Integer> nodeSteps = new java.util.ArrayList<>();
        for (GraphNode n : graph.nodes()) {
            if (steps.containsKey(n.id()) && !leafIds.contains(n.id())) {
                nodeOutputs.put(n.id(), nodeSteps.size());
                nodeSteps.add(steps.get(n.id()));
            }
        }
        ElementwiseProgram nodes = b.build(nodeSteps.stream().mapToInt(Integer::intValue).toArray());
        int[] grad = FusedElementwise.gradient(b, f, inputs);
        if (grad == null) {
            return null;
        }
        int[] outs = new int[grad.length + 1];
        outs[0] = f;
        System.arraycopy(grad, 0, outs, 1, grad.length);
        return new ElementwiseGradient(b.build(outs), nodes, graph, leafIds, nodeOutputs, atPoint);
    }

    /** f, then ∂f/∂ each leaf, at every point of the grids (one per leaf, one shape and floating dtype): fresh tensors. */
    public Tensor[] run(Tensor... grids) {
        return FusedElementwise.run(program, grids);
    }

    /** As {@link #run}, into {@code into}: f, then ∂f/∂ each leaf (see {@link FusedElementwise#runInto}). */
    public void runInto(Tensor[] grids, Tensor[] into) {
        FusedElementwise.runInto(program, grids, into);
    }

    public ElementwiseProgram program() {
        return program;
    }

    /**
     * Where a NaN or infinity first arises on these grids, as an evaluation of the graph with the grids for the leaves
     * would report it: the first node, in the graph's order, with a non-finite value where none of its inputs has
     * one. Null if every value is finite. Runs the program of every node's value.
     */
    public Problem firstProblem(Tensor... grids) {
        Tensor[] values = FusedElementwise.run(nodes, grids);
        Map<String, Boolean> nonFinite = new HashMap<>();
        for (GraphNode n : graph.nodes()) {
            Tensor v = nodeOutputs.containsKey(n.id()) ? values[nodeOutputs.get(n.id())]
                    : leafIds.contains(n.id()) ? grids[leafIds.indexOf(n.id())]
                    : atPoint.result(n.id()) == null ? null : atPoint.result(n.id()).value();
            boolean[] nanInf = v == null || !v.dtype().isFloating() || v.numel() > Domain.SCANNED ? new boolean[2] : scan(v);
            nonFinite.put(n.id(), nanInf[0] || nanInf[1]);
            if (!n.isLeaf() && (nanInf[0] || nanInf[1]) && n.inputIds().stream().noneMatch(nonFinite::get)) {
                return new Problem(n.id(), Domain.words(n, nanInf[0]));
            }
        }
        return null;
    }

    /** Whether the tensor holds a NaN, and whether an infinity. */
    private static boolean[] scan(Tensor t) {
        boolean[] found = new boolean[2];
        for (double v : t.toDoubles()) {
            found[0] |= Double.isNaN(v);
            found[1] |= Double.isInfinite(v);
        }
        return found;
    }

    /** The step of an elementwise node, as GraphEvaluator computes it; null for any other node. */
    private static Integer node(GraphNode n, ElementwiseProgram.Builder b, Map<String, Integer> steps, GraphEvaluation at) {
        if (!n.kwargs().isEmpty()) {
            return null;
        }
        Integer[] in = new Integer[n.inputs().size()];
        for (int i = 0; i < in.length; i++) {
            in[i] = operand(n.inputs().get(i), b, steps, at);
            if (in[i] == null) {
                return null;
            }
        }
        if (n.form() == Form.OPERATOR) {
            return switch (n.op()) {
                case "add" -> signedSum(n.signs(), in, b);
                case "neg" -> b.unary(UnaryOp.NEG, in[0]);
                case "sub" -> b.binary(BinaryOp.SUB, in[0], in[1]);
                case "mul" -> b.binary(BinaryOp.MUL, in[0], in[1]);
                case "div" -> b.binary(BinaryOp.DIV, in[0], in[1]);
                case "pow" -> b.binary(BinaryOp.POW, in[0], in[1]);
                default -> null;
            };
        }
        if (n.form() != Form.FUNCTION && n.form() != Form.METHOD) {
            return null;
        }
        if (in.length == 2 && n.op().equals("pow")) {
            return b.binary(BinaryOp.POW, in[0], in[1]);
        }
        return in.length == 1 ? function(n.op(), in[0], b) : null;
    }

    /** The language's functions of one number (Tensor's composites spelt out); null for the rest. */
    private static Integer function(String name, int x, ElementwiseProgram.Builder b) {
        UnaryOp op = switch (name) {
            case "sin" -> UnaryOp.SIN;
            case "cos" -> UnaryOp.COS;
            case "exp" -> UnaryOp.EXP;
            case "log", "ln" -> UnaryOp.LOG;
            case "log1p" -> UnaryOp.LOG1P;
            case "sqrt" -> UnaryOp.SQRT;
            case "abs" -> UnaryOp.ABS;
            case "tanh" -> UnaryOp.TANH;
            case "sigmoid" -> UnaryOp.SIGMOID;
            case "neg" -> UnaryOp.NEG;
            case "erf" -> UnaryOp.ERF;
            default -> null;
        };
        if (op != null) {
            return b.unary(op, x);
        }
        return switch (name) {
            case "tan" -> b.binary(BinaryOp.DIV, b.unary(UnaryOp.SIN, x), b.unary(UnaryOp.COS, x));
            case "exp2" -> b.binary(BinaryOp.POW, b.constant(2.0), x);
            case "reciprocal" -> b.binary(BinaryOp.DIV, b.constant(1.0), x);
            default -> null;
        };
    }

    /** GraphEvaluator's signed sum: the first term (negated if its sign is −1), then each next added or subtracted. */
    private static Integer signedSum(List<Integer> signs, Integer[] in, ElementwiseProgram.Builder b) {
        int acc = signs.getFirst() < 0 ? b.unary(UnaryOp.NEG, in[0]) : in[0];
        for (int i = 1; i < in.length; i++) {
            if (b.isUniform(acc) && b.isUniform(in[i])) {
                return null; // Python numbers add as Python numbers: leave that arithmetic to the evaluator
            }
            acc = b.binary(signs.get(i) < 0 ? BinaryOp.SUB : BinaryOp.ADD, acc, in[i]);
        }
        return acc;
    }

    /** A node that depends on the leaves is its step; any other operand is a constant number, or null if it is not one. */
    private static Integer operand(Operand o, ElementwiseProgram.Builder b, Map<String, Integer> steps, GraphEvaluation at) {
        return switch (o) {
            case Operand.Ref r when steps.containsKey(r.id()) -> steps.get(r.id());
            case Operand.Ref r -> {
                NodeResult v = at.result(r.id());
                yield v == null || v.failed() || v.value().numel() != 1 || v.value().dim() != 0 ? null
                        : b.constant(v.value().item());
            }
            case Operand.Const c when c.value() instanceof Long l -> b.constant(l);
            case Operand.Const c when c.value() instanceof Double d -> b.constant(d);
            case Operand.Const c when c.value() instanceof Boolean t -> b.constant(t ? 1 : 0);
            default -> null;
        };
    }
}
