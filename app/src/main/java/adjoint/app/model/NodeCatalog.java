package adjoint.app.model;

import java.util.List;

/** The kinds of node a graph can hold, in the order the palette lists them. */
public final class NodeCatalog {
    private static final List<PaletteEntry> ENTRIES = List.of(
            new PaletteEntry("variable", "Inputs", "A leaf that requires a gradient: scalar, vector or matrix"),
            new PaletteEntry("constant", "Inputs", "A fixed value that gets no gradient"),
            new PaletteEntry("add", "Arithmetic", "a + b"),
            new PaletteEntry("sub", "Arithmetic", "a - b"),
            new PaletteEntry("mul", "Arithmetic", "a * b, element-wise"),
            new PaletteEntry("div", "Arithmetic", "a / b, element-wise"),
            new PaletteEntry("pow", "Arithmetic", "a ** b"),
            new PaletteEntry("neg", "Arithmetic", "-a"),
            new PaletteEntry("sin", "Functions", "Sine"),
            new PaletteEntry("cos", "Functions", "Cosine"),
            new PaletteEntry("tan", "Functions", "Tangent"),
            new PaletteEntry("exp", "Functions", "e to the power x"),
            new PaletteEntry("log", "Functions", "Natural logarithm"),
            new PaletteEntry("sqrt", "Functions", "Square root"),
            new PaletteEntry("abs", "Functions", "Absolute value"),
            new PaletteEntry("tanh", "Activations", "Hyperbolic tangent"),
            new PaletteEntry("sigmoid", "Activations", "1 / (1 + exp(-x))"),
            new PaletteEntry("relu", "Activations", "max(x, 0)"),
            new PaletteEntry("softmax", "Activations", "exp(x) / sum(exp(x)) along a dimension"),
            new PaletteEntry("sum", "Reductions", "Sum of the elements, optionally along a dimension"),
            new PaletteEntry("mean", "Reductions", "Mean of the elements, optionally along a dimension"),
            new PaletteEntry("max", "Reductions", "Largest element, optionally along a dimension"),
            new PaletteEntry("matmul", "Linear algebra", "Matrix product, a @ b"));

    private NodeCatalog() {
    }

    public static List<PaletteEntry> entries() {
        return ENTRIES;
    }

    /** The entries matching a query, in catalog order. */
    public static List<PaletteEntry> search(String query) {
        return ENTRIES.stream().filter(entry -> entry.matches(query)).toList();
    }
}
