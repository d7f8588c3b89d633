package adjoint.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import adjoint.engine.backend.ElementwiseProgram;
import adjoint.engine.backend.UnaryOp;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElementwiseGradientTest {
    private static ElementwiseGradient compile(String program, String... variables) {
        ExprGraph g = ExprGraph.parse(program);
        List<String> ids = java.util.Arrays.stream(variables).map(v -> g.nodes().stream()
                .filter(n -> n.names().contains(v)).findFirst().orElseThrow().id()).toList();
        return ElementwiseGradient.compile(g, g.output(), ids, GraphEvaluator.evaluate(g, DType.FLOAT64));
    }

    @Test
    void theProgramOfQ6TakesEachLogarithmOnceForFAndItsGradient() {
        ElementwiseProgram p = compile("x = 1.0\ny = 1.0\nf = -x*log(x) - y*log(y)", "x", "y").program();

        assertThat(p.count(UnaryOp.LOG)).isEqualTo(2);
        List<ElementwiseProgram.Step> logs = p.steps().stream()
                .filter(s -> s instanceof ElementwiseProgram.Unary u && u.op() == UnaryOp.LOG).toList();
        assertThat(logs).containsExactly(new ElementwiseProgram.Unary(UnaryOp.LOG, 0), new ElementwiseProgram.Unary(UnaryOp.LOG, 1));
        assertThat(p.outputs()).hasSize(3);
    }

    @Test
    void itGivesFAndTheGradientAtEveryPoint() {
        ElementwiseGradient q6 = compile("x = 1.0\ny = 1.0\nf = -x*log(x) - y*log(y)", "x", "y");

        Tensor[] out = q6.run(Tensor.fromDoubles(DType.FLOAT64, new double[] {1, Math.E, -1}, 3),
                Tensor.fromDoubles(DType.FLOAT64, new double[] {1, 1, 1}, 3));

        assertThat(out[0].toDoubles()).containsExactly(-0.0, -Math.E, Double.NaN); // (-1)·0 − 0, as autograd gives it
        assertThat(out[1].toDoubles()).containsExactly(-1, -2, Double.NaN);
        assertThat(out[2].toDoubles()).containsExactly(-1, -1, -1);
    }

    @Test
    void constantsAndHeldLeavesBecomeNumbersOfTheProgram() {
        ElementwiseGradient f = compile("a = 3.0\nx = 1.0\nk = a * 2\nf = k * x**2 + a", "x");

        Tensor[] out = f.run(Tensor.fromDoubles(DType.FLOAT64, new double[] {1, 2}, 2));

        assertThat(out[0].toDoubles()).containsExactly(9, 27);
        assertThat(out[1].toDoubles()).containsExactly(12, 24);
    }

    @Test
    void aNodeThatIsNotElementwiseInTheVariablesIsNotCompiled() {
        assertThat(compile("x = 1.0\ny = 2.0\nf = (x * tensor([1.0, 2.0])).sum() + y", "x", "y")).isNull();
        assertThat(compile("x = 1.0\ny = 2.0\nf = maximum(x, y)", "x", "y")).isNull();
        assertThat(compile("x = 1.0\ny = 2.0\nf = x ** y", "x", "y")).isNull();
        assertThat(compile("x = 1.0\nf = relu(x)", "x")).isNull();
        assertThat(compile("x = 1.0\nf = x", "x")).isNull();
        assertThat(compile("x = 1.0\ny = 2.0\nf = x ** 2 + y.exp() + tan(x) / y", "x", "y")).isNotNull();
    }

    @Test
    void theFirstProblemIsTheFirstNodeWhoseValueTurnsNonFiniteAsTheEvaluatorSaysIt() {
        String program = "x = 1.0\ny = 1.0\nr = sqrt(y)\nf = r + log(x) + 1 / (x - 2)";
        ElementwiseGradient g = compile(program, "x", "y");
        ExprGraph graph = ExprGraph.parse(program);

        for (double[] xy : new double[][] {{-1, 4}, {1, -1}, {-1, -1}, {2, 1}, {1, 1}}) {
            Tensor x = Tensor.fromDoubles(DType.FLOAT64, new double[] {xy[0], 3}, 2);
            Tensor y = Tensor.fromDoubles(DType.FLOAT64, new double[] {xy[1], 3}, 2);
            ElementwiseGradient.Problem p = g.firstProblem(x, y);
            GraphEvaluation ev = GraphEvaluator.evaluate(graph, DType.FLOAT64, null, java.util.Map.of("n1", x, "n2", y));
            String want = graph.nodes().stream().map(n -> ev.result(n.id()).warning()).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            assertThat(p == null ? null : p.warning()).as(java.util.Arrays.toString(xy)).isEqualTo(want);
        }
        Tensor x = Tensor.fromDoubles(DType.FLOAT64, new double[] {-1, 2}, 2);
        assertThat(g.firstProblem(x, Tensor.fromDoubles(DType.FLOAT64, new double[] {-1, 1}, 2)).warning())
                .isEqualTo("square root of a negative number is not defined (nan)");
        assertThat(g.firstProblem(Tensor.fromDoubles(DType.FLOAT64, new double[] {2, 1}, 2),
                Tensor.fromDoubles(DType.FLOAT64, new double[] {1, 1}, 2)).warning()).isEqualTo("division by zero gives infinity");
    }
}
