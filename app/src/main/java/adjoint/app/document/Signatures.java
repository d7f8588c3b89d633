package adjoint.app.document;

import adjoint.engine.graph.Form;
import adjoint.engine.graph.GraphNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tensor parameters of the language's operations, by position, with PyTorch's names: what a node's ports are
 * called and how many an operation added from the palette gets. Anything after them (the sizes of
 * {@code view(2, 3)}, the dims of {@code transpose(x, 0, 1)}) is a constant option, not a port.
 */
final class Signatures {
    private static final Map<String, List<String>> PARAMETERS = new HashMap<>();

    static {
        for (String op : List.of("add", "sub", "mul", "div", "pow", "matmul")) {
            PARAMETERS.put("operator " + op, List.of("a", "b"));
        }
        PARAMETERS.put("operator neg", List.of("a"));
        for (String fn : List.of("dot", "matmul", "maximum", "minimum", "gt", "lt", "ge", "le", "eq", "ne")) {
            PARAMETERS.put(fn, List.of("input", "other"));
        }
        PARAMETERS.put("pow", List.of("input", "exponent"));
        PARAMETERS.put("where", List.of("condition", "input", "other"));
        for (String fn : List.of("mse_loss", "l1_loss", "hinge_loss", "squared_hinge_loss", "soft_margin_loss",
                "cross_entropy", "nll_loss", "binary_cross_entropy", "binary_cross_entropy_with_logits")) {
            PARAMETERS.put(fn, List.of("input", "target"));
        }
        PARAMETERS.put("linear", List.of("input", "weight", "bias"));
        PARAMETERS.put("embedding", List.of("input", "weight"));
        PARAMETERS.put("cat", List.of("tensors"));
        PARAMETERS.put("concat", List.of("tensors"));
        PARAMETERS.put("stack", List.of("tensors"));
        for (String fn : List.of("tensor", "zeros", "ones", "rand", "randn", "arange")) {
            PARAMETERS.put(fn, List.of());
        }
    }

    private Signatures() {
    }

    /** The names of an operation's tensor parameters; one {@code input} when the operation is not listed. */
    static List<String> parameters(String op, Form form) {
        if (form == Form.LEAF) {
            return List.of();
        }
        if (form == Form.OPERATOR) {
            return PARAMETERS.getOrDefault("operator " + op, List.of("a", "b"));
        }
        if (form == Form.METHOD || form == Form.ATTRIBUTE || form == Form.INDEX) {
            List<String> fn = PARAMETERS.get(op);
            return fn == null || fn.isEmpty() ? List.of("input") : fn;
        }
        return PARAMETERS.getOrDefault(op, List.of("input"));
    }

    /** How many leading positional inputs of the node are tensor inputs (ports). */
    static int tensorInputs(GraphNode node) {
        if (isSignedSum(node)) {
            return node.inputs().size();
        }
        return parameters(node.op(), node.form()).size();
    }

    /** The name of positional input {@code index} of the node; a term of a signed sum is named by its sign. */
    static String parameter(GraphNode node, int index) {
        if (isSignedSum(node)) {
            return index < node.signs().size() && node.signs().get(index) < 0 ? "\u2212" : "+";
        }
        List<String> names = parameters(node.op(), node.form());
        return index < names.size() ? names.get(index) : "input " + (index + 1);
    }

    static boolean isSignedSum(GraphNode node) {
        return node.form() == Form.OPERATOR && node.op().equals("add");
    }
}
