package adjoint.engine.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphEvaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tensor operations get the vector-Jacobian products PyTorch's backward computes, and agree with the engine. */
class TensorRulesTest {

    private static Derivatives derive(String program) {
        return Derivatives.of(ExprGraph.parse(program));
    }

    private static String adjointText(Derivatives d, String name) {
        return d.adjoint(d.resolve(name)).formula().text();
    }

    @Test
    void aMatrixVectorProductSendsTheTransposeBack() {
        Derivatives d = derive("X = [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]\nw = [0.5, -1.0]\ny = X @ w\nf = sum(y)");
        Derivatives.Edge e = d.edge(d.resolve("y"), d.resolve("w"));
        assertThat(e.partial()).isNull();
        assertThat(e.chainTerm().text()).isEqualTo("X.T @ grad(y)");
        assertThat(d.edge(d.resolve("y"), d.resolve("X")).chainTerm().text()).isEqualTo("grad(y).unsqueeze(1) @ w.unsqueeze(0)");
        assertThat(d.edge(d.resolve("f"), d.resolve("y")).chainTerm().text()).isEqualTo("grad(f).expand(3)");
        assertThat(adjointText(d, "y")).isEqualTo("ones(3)");
        assertThat(adjointText(d, "w")).isEqualTo("X.T @ ones(3)");
    }

    @Test
    void linearRegressionsGradientIsTwiceTheTransposeTimesTheResidual() {
        Derivatives d = derive("X = [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]\nw = [0.5, -1.0]\ny = [1.0, 2.0, 3.0]\n"
                + "r = X @ w - y\nloss = sum(r**2)");
        assertThat(adjointText(d, "r")).isEqualTo("2*r");
        assertThat(adjointText(d, "w")).isEqualTo("X.T @ (2*r)");
    }

    @Test
    void meanSpreadsTheAdjointEvenly() {
        Derivatives d = derive("x = [1.0, 2.0, 3.0, 4.0]\nm = x.mean()");
        assertThat(d.adjoint(d.resolve("x")).chain().text()).isEqualTo("grad(m).expand(4)/4");
        assertThat(adjointText(d, "x")).isEqualTo("ones(4)/4");
    }

    @Test
    void broadcastingSumsTheAdjointBackToTheOperandsShape() {
        Derivatives d = derive("a = [[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]\nb = [[0.0, 1.0, 2.0]]\nc = a * b + 1\ns = sum(c)");
        assertThat(d.edge(d.resolve("w3"), d.resolve("b")).chainTerm().text()).isEqualTo("(grad(w3)*d(w3)/d(b)).sum(0, True)");
    }

    @Test
    void anOperationWithoutARuleIsReportedNotGuessed() {
        Derivatives d = derive("x = [1.0, 2.0, 3.0]\ny = dropout(x)\nf = sum(y)");
        Derivatives.Edge e = d.edge(d.resolve("y"), d.resolve("x"));
        assertThat(e.contribution()).isNull();
        assertThat(e.unsupported()).isEqualTo("no symbolic rule for dropout()");
        assertThat(d.adjoint(d.resolve("x")).formula()).isNull();
        assertThat(d.adjoint(d.resolve("x")).unsupported()).isEqualTo("no symbolic rule for dropout()");
        assertThat(adjointText(d, "y")).isEqualTo("ones(3)");
    }

    @Test
    void concatenatingSendsEachTensorItsOwnPartOfTheAdjoint() {
        Derivatives d = derive("x = [1.0, 2.0, 3.0]\nu = [0.5, 1.0]\ny = cat([x, u])\nf = sum(y * y)");
        assertThat(d.edge(d.resolve("y"), d.resolve("u")).chainTerm().text()).isEqualTo("grad(y).index_select(0, [3, 4])");
        assertThat(adjointText(d, "x")).isEqualTo("(2*y).index_select(0, [0, 1, 2])");
        Derivatives s = derive("x = [1.0, 2.0, 3.0]\nu = [0.5, 1.0, 2.0]\ny = stack([x, u], 1)\nf = sum(y)");
        assertThat(s.edge(s.resolve("y"), s.resolve("u")).chainTerm().text())
                .isEqualTo("grad(y).index_select(1, [1]).squeeze(1)");
    }

    @Test
    void aPermutationSendsTheAdjointBackThroughItsInverse() {
        Derivatives d = derive("A = [[[1.0, 2.0]], [[3.0, 4.0]]]\nP = A.permute(2, 0, 1)\nf = sum(P * P)");
        assertThat(d.edge(d.resolve("P"), d.resolve("A")).chainTerm().text()).isEqualTo("grad(P).permute(1, 2, 0)");
        assertThat(adjointText(d, "A")).isEqualTo("(2*P).permute(1, 2, 0)");
    }

    @Test
    void crossEntropySendsBackTheSoftmaxMinusTheOneHotTarget() {
        Derivatives d = derive("z = [[0.1, 0.5, -0.3], [0.2, 0.9, 0.4]]\nk = tensor([2, 0])\nL = cross_entropy(z, k)");
        assertThat(adjointText(d, "z")).isEqualTo("softmax(z, 1)/2 - where(eq(k.unsqueeze(1), arange(3)), 1, 0)/2");
        assertThat(d.adjoint(d.resolve("z")).formula().latex())
                .isEqualTo("\\frac{\\operatorname{softmax}\\left(z, 1\\right)}{2} - \\frac{\\mathbb{1}\\left["
                        + "\\operatorname{unsqueeze}\\left(k, 1\\right) = \\operatorname{arange}\\left(3\\right)\\right]}{2}");
        assertThat(adjointText(d, "k")).isEqualTo("0");
    }

    @Test
    void lossesNormsAndVariancesHaveTheirTextbookGradients() {
        assertThat(adjointText(derive("x = [0.3, -0.7, 1.2]\ny = [0.5, 0.1, -0.4]\nL = l1_loss(x, y)"), "y"))
                .isEqualTo("-sign(x - y)/3");
        assertThat(adjointText(derive("x = [0.3, -0.7, 1.2]\nL = norm(x)"), "x")).isEqualTo("x/L");
        assertThat(adjointText(derive("x = [0.3, -0.7, 1.2]\nL = var(x)"), "x")).isEqualTo("x - x.mean()");
        assertThat(adjointText(derive("x = [0.3, -0.7, 1.2]\nL = max(x)"), "x"))
                .isEqualTo("where(eq(x, L), 1, 0)/sum(where(eq(x, L), 1, 0))");
    }

    @Test
    void pickingOneElementSendsTheAdjointBackThroughAOneHotMask() {
        Derivatives d = derive("z = [0.2, 0.3, 0.5]\nf = -log(z[1])");
        assertThat(d.edge(d.resolve("w2"), d.resolve("z")).chainTerm().text()).isEqualTo("grad(w2)*[0, 1, 0]");
        assertThat(adjointText(d, "z")).isEqualTo("-[0, 1, 0]/w2");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "X = [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]\nw = [0.5, -1.0]\ny = [1.0, 2.0, 3.0]\nb = 0.3\nr = X @ w + b - y\nloss = sum(r**2)",
        "a = [[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]\nb = [[0.5, 1.0, 2.0]]\nc = a * b + 1\ns = c.softmax(1)\nt = (s * a).mean()",
        "a = [[1.0, 2.0], [3.0, 4.0]]\nb = [[0.5, -1.0], [2.0, 0.25]]\nc = a @ b.T\nd = c.log_softmax(0)\nf = sum(d * a)",
        "x = [1.0, -2.0, 0.5]\nf = x @ x",
        "v = [1.0, 2.0]\nM = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]\nu = v @ M\nf = sum(tanh(u).view(3, 1))",
        "x = [[1.0, 2.0], [3.0, 4.0]]\ny = x.sum(0)\nz = x.sum(1, True)\nf = sum(y * y) + sum(z**3) + mse_loss(x, [[0.0, 1.0], [1.0, 0.0]])",
        "x = [0.5, -1.5, 2.0]\nw = 0.7\nf = sum(relu(x * w) + sigmoid(x) + abs(x) * maximum(x, w))",
        "x = [1.0, 2.0]\nW = [[1.0, 0.5], [0.0, 2.0]]\nh = tanh(W @ x)\nz = h.softmax(0)\nf = -log(z[0])",
        "x = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]\ny = x[:, 1:3]\nf = sum(y**2) + x[1, 0]",
    })
    void everyAdjointFormulaEqualsTheEnginesGradient(String program) {
        ExprGraph g = ExprGraph.parse(program);
        GraphEvaluation ev = GraphEvaluator.evaluate(g, DType.FLOAT64);
        assertAdjointFormulasEqualTheGradients(program, Derivatives.of(g, g.labels(), ev), ev);
    }

    /** Every adjoint formula of {@code d}, and its text parsed back, equals the engine's gradient at {@code ev}. */
    static void assertAdjointFormulasEqualTheGradients(String program, Derivatives d, GraphEvaluation ev) {
        for (Derivatives.NodeAdjoint a : d.adjoints()) {
            Tensor grad = ev.result(a.id()).grad();
            if (grad == null) {
                continue;
            }
            assertThat(a.formula()).as("w̄ of %s: %s", a.label(), a.unsupported()).isNotNull();
            Tensor value = d.evaluate(a.formula(), ev);
            Tensor reparsed = d.evaluate(Sym.parse(a.formula().text()), ev);
            assertThat(Compare.close(value, grad)).as("%s%nw̄ of %s = %s: %s vs %s", program, a.label(),
                    a.formula().text(), value, grad).isTrue();
            assertThat(Compare.close(reparsed, grad)).as("reparsed %s", a.formula().text()).isTrue();
            assertThat(a.formula().latex()).isNotBlank();
        }
    }
}
