package adjoint.app.document;

import adjoint.engine.Tensor;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphEvaluator;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.NodeResult;
import adjoint.engine.graph.Operand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a new edge joins shapes its node can combine: the node and what it reads are evaluated (the rest of
 * the graph is not needed), and an error that the node did not have before the edge refuses it, in the words of
 * the shapes: {@code cannot connect: [2, 3] @ [2, 3] — mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)}.
 */
final class ConnectionCheck {
    private ConnectionCheck() {
    }

    static void check(Document before, ExprGraph after, String target) {
        String error = ownError(after, target, before.view());
        if (error == null || ownError(before.graph(), target, before.view()) != null) {
            return;
        }
        GraphEvaluation ev = evaluate(after, target, before.view());
        throw new Command.EditRefused("cannot connect: " + describe(after.node(target), ev) + " \u2014 " + error);
    }

    /** The node's own error (not an unconnected input, not one inherited from an input), or null. */
    private static String ownError(ExprGraph g, String target, ViewSettings view) {
        NodeResult r = evaluate(g, target, view).result(target);
        if (r == null || r.error() == null) {
            return null;
        }
        String e = r.error();
        boolean inherited = e.startsWith("needs ") && e.endsWith("which has an error");
        boolean open = e.endsWith("is not connected");
        return inherited || open ? null : e;
    }

    private static GraphEvaluation evaluate(ExprGraph g, String target, ViewSettings view) {
        Set<String> keep = new HashSet<>();
        List<String> stack = new ArrayList<>(List.of(target));
        while (!stack.isEmpty()) {
            String id = stack.removeLast();
            if (keep.add(id)) {
                stack.addAll(g.node(id).inputIds());
            }
        }
        List<GraphNode> nodes = g.nodes().stream().filter(n -> keep.contains(n.id())).toList();
        return GraphEvaluator.evaluate(ExprGraph.of(nodes, target), view.dtype(), target, Map.of());
    }

    /** The operation over its inputs' shapes: {@code [2, 3] @ [2, 3]}, {@code linear([3], [2, 4], [2])}. */
    static String describe(GraphNode n, GraphEvaluation ev) {
        List<String> in = n.inputs().stream().map(o -> shape(o, ev)).toList();
        return switch (n.form()) {
            case OPERATOR -> operator(n, in);
            case METHOD -> in.getFirst() + "." + n.op() + "(" + String.join(", ", in.subList(1, in.size())) + ")";
            case ATTRIBUTE -> in.getFirst() + "." + n.op();
            case INDEX -> in.getFirst() + "[...]";
            default -> n.op() + "(" + String.join(", ", in)
                    + n.kwargs().entrySet().stream().map(e -> ", " + e.getKey() + "=" + shape(e.getValue(), ev))
                    .collect(Collectors.joining()) + ")";
        };
    }

    private static String operator(GraphNode n, List<String> in) {
        if (n.op().equals("add")) {
            StringBuilder s = new StringBuilder(n.signs().getFirst() < 0 ? "-" : "").append(in.getFirst());
            for (int i = 1; i < in.size(); i++) {
                s.append(n.signs().get(i) < 0 ? " - " : " + ").append(in.get(i));
            }
            return s.toString();
        }
        if (n.op().equals("neg")) {
            return "-" + in.getFirst();
        }
        String symbol = switch (n.op()) {
            case "mul" -> "*";
            case "div" -> "/";
            case "pow" -> "**";
            case "matmul" -> "@";
            default -> n.op();
        };
        return in.get(0) + " " + symbol + " " + in.get(1);
    }

    private static String shape(Operand o, GraphEvaluation ev) {
        return switch (o) {
            case Operand.Ref r -> {
                NodeResult res = ev.result(r.id());
                Tensor v = res == null ? null : res.value();
                yield v == null ? "?" : Arrays.toString(v.shape());
            }
            case Operand.Group g -> g.items().stream().map(i -> shape(i, ev)).collect(Collectors.joining(", ", "[", "]"));
            case Operand.Const c when o.isUnconnected() -> "_";
            case Operand.Const c -> String.valueOf(c.value());
        };
    }
}
