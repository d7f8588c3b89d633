package adjoint.app.render;

import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import java.util.Set;

/** What kind of thing a node is, for its colour: a variable, a constant, arithmetic, a function, a layer... */
public enum NodeCategory {
    VARIABLE("#2e9d5b"),
    CONSTANT("#7a8290"),
    ARITHMETIC("#3b74d6"),
    FUNCTION("#8a56c9"),
    NETWORK("#d9822b"),
    REDUCTION("#c0487a"),
    SHAPE("#4f7d8c");

    private static final Set<String> ARITHMETIC_OPS = Set.of("add", "sub", "mul", "div", "pow", "neg", "matmul", "dot",
            "maximum", "minimum", "clamp", "clip", "abs");
    private static final Set<String> NETWORK_OPS = Set.of("relu", "sigmoid", "tanh", "softmax", "log_softmax", "linear",
            "embedding", "flatten", "mse_loss", "cross_entropy", "nll_loss", "binary_cross_entropy",
            "binary_cross_entropy_with_logits", "dropout", "gelu", "leaky_relu");
    private static final Set<String> REDUCTION_OPS = Set.of("sum", "mean", "max", "min", "norm", "prod", "argmax");
    private static final Set<String> CREATION_OPS = Set.of("tensor", "arange", "zeros", "ones", "full", "rand", "randn",
            "eye", "linspace");

    private final Rgba colour;

    NodeCategory(String hex) {
        this.colour = Rgba.hex(hex);
    }

    public Rgba colour() {
        return colour;
    }

    public static NodeCategory of(GraphNode n) {
        if (n.isLeaf()) {
            return VARIABLE;
        }
        String op = n.op();
        if (CREATION_OPS.contains(op)) {
            boolean reads = n.inputIds().isEmpty();
            boolean grad = n.kwargs().get("requires_grad") instanceof Operand.Const c && Boolean.TRUE.equals(c.value());
            return reads && !grad ? CONSTANT : reads ? VARIABLE : SHAPE;
        }
        if (ARITHMETIC_OPS.contains(op)) {
            return ARITHMETIC;
        }
        if (NETWORK_OPS.contains(op)) {
            return NETWORK;
        }
        if (REDUCTION_OPS.contains(op)) {
            return REDUCTION;
        }
        return switch (n.form()) {
            case METHOD, ATTRIBUTE, INDEX -> SHAPE;
            default -> FUNCTION;
        };
    }
}
