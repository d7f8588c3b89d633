package adjoint.engine.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.DType;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphEvaluator;
import org.junit.jupiter.api.Test;

/**
 * Midterm 1, question 3: f(x) = xᵀx for a vector x (samples/midterm-q3.adj). As in PyTorch, {@code x.T} of a vector
 * is {@code x}, so ∂f/∂x reads {@code 2*x}.
 */
class MidtermQ3Test {
    static final String PROGRAM = "x = [1.0, -2.0, 0.5]\nf = x.T @ x\n";

    @Test
    void theGradientOfXTransposeXIsTwoX() {
        Derivatives d = Derivatives.of(ExprGraph.parse(PROGRAM));
        Derivatives.NodeAdjoint x = d.adjoint(d.resolve("x"));
        assertThat(x.formula().text()).isEqualTo("2*x");
        assertThat(d.overNames(x.formula()).text()).isEqualTo("2*x");
        assertThat(x.chain().text()).isEqualTo("grad(w2).T + grad(f)*w2");
    }

    @Test
    void theExamsLabelsGiveTwoW1AndTheCheckRevealsIt() {
        ExprGraph g = ExprGraph.parse(PROGRAM);
        Derivatives d = Derivatives.of(g, g.examLabels());
        assertThat(d.adjoint(d.resolve("w1")).formula().text()).isEqualTo("2*w1");
        AnswerCheck check = AnswerCheck.of(g);
        assertThat(check.reveal("grad(x)").text()).isEqualTo("2*x");
        assertThat(check.judge("grad(x)", "2*x").correct()).isTrue();
    }

    @Test
    void aTransposeOfAVectorOrANumberIsDroppedAndOfAMatrixKept() {
        ExprGraph g = ExprGraph.parse("x = [1.0, 2.0]\nA = [[1.0, 2.0], [3.0, 4.0]]\ns = 2.0\n"
                + "f = sum(x.T * s.T) + sum(A.T @ x)\n");
        Derivatives d = Derivatives.of(g);
        GraphEvaluation ev = GraphEvaluator.evaluate(g, DType.FLOAT64);
        IdleTransposes idle = new IdleTransposes(new PlainShapes(name ->
                d.resolve(name) == null ? null : ev.result(d.resolve(name)).value().shape()));
        assertThat(idle.drop(Sym.parse("x.T + s.T")).text()).isEqualTo("x + s");
        assertThat(idle.drop(Sym.parse("A.T @ x.T")).text()).isEqualTo("A.T @ x");
        assertThat(idle.drop(Sym.parse("A.permute(0, 1) + A.transpose(1, -1)")).text()).isEqualTo("A + A");
        assertThat(idle.drop(Sym.parse("A.transpose(0, 1)")).text()).isEqualTo("A.transpose(0, 1)");
    }
}
