package adjoint.app.document;

import adjoint.engine.graph.ExprGraph;

/** The midterm's question 8 graph, as the exam numbers it (w1 = x, ..., w6 = f). */
final class Q8 {
    static final String PROGRAM = """
            x = 1.5
            w1 = x
            w2 = sin(w1)
            w3 = w2**3
            w4 = 4*w3
            w5 = log(w2)
            w6 = w2 - w4 + w5
            """;
    static final double F = -2.975028247064802;
    static final double DF_DX = -0.7029469573250924;
    static final double W2_BAR = -9.937443675355947;

    private Q8() {
    }

    static ExprGraph graph() {
        return ExprGraph.parse(PROGRAM);
    }

    static Document document() {
        return Document.of(graph());
    }
}
