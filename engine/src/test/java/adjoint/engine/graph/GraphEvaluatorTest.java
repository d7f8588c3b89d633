package adjoint.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphEvaluatorTest {
    @Test
    void midtermGradientsAreTheExamsAdjoints() {
        GraphEvaluation ev = GraphEvaluator.evaluate(ExprGraph.parse(ExprGraphTest.MIDTERM), DType.FLOAT64);
        assertThat(ev.backward()).isTrue();
        assertThat(ev.result("n6").value().item()).isCloseTo(-2.975028247064802, within(1e-12));
        assertThat(ev.result("n1").grad().item()).isCloseTo(-0.7029469573250924, within(1e-12));
        assertThat(ev.result("n5").grad().item()).isEqualTo(1.0);
        assertThat(ev.result("n4").grad().item()).isEqualTo(-1.0);
        assertThat(ev.result("n3").grad().item()).isEqualTo(-4.0);
        assertThat(ev.result("n2").grad().item()).isCloseTo(-9.937443675355947, within(1e-12));
    }

    @Test
    void errorStaysAtItsNodeAndTheRestStillComputes() {
        ExprGraph g = ExprGraph.parse("A = [[1.0, 2.0, 3.0]]\nB = [[1.0, 2.0, 3.0]]\nC = A @ B\nD = C.sum()\ns = A.sum()");
        GraphEvaluation ev = GraphEvaluator.evaluate(g, DType.FLOAT64);
        assertThat(ev.result("n3").error()).contains("cannot be multiplied");
        assertThat(ev.result("n4").error()).isEqualTo("needs C, which has an error");
        assertThat(ev.result("n5").value().item()).isEqualTo(6.0);
        assertThat(ev.result("n1").grad()).isNotNull();
    }

    @Test
    void logOfANegativeIsMarkedWhereItArises() {
        GraphEvaluation ev = GraphEvaluator.evaluate(ExprGraph.parse("x = -1.0\ny = log(x)\nz = y * 2"), DType.FLOAT64);
        assertThat(ev.result("n2").warning()).isEqualTo("log of a negative number is not defined (nan)");
        assertThat(ev.result("n3").warning()).isNull();
        assertThat(ev.result("n3").error()).isNull();
    }

    @Test
    void unconnectedInputsAreReportedByPositionOrKeyword() {
        GraphNode x = GraphNode.leaf("n1", "x", 1.0);
        GraphNode mul = new GraphNode("n2", List.of(), "mul", Form.OPERATOR,
                List.of(Operand.ref("n1"), Operand.unconnected()), Map.of(), Map.of());
        GraphNode clamp = new GraphNode("n3", List.of(), "clamp", Form.FUNCTION, List.of(Operand.ref("n1")),
                Map.of("max", Operand.unconnected()), Map.of());
        GraphNode cat = new GraphNode("n4", List.of(), "cat", Form.FUNCTION,
                List.of(new Operand.Group(List.of(Operand.ref("n1"), Operand.unconnected()))), Map.of(), Map.of());
        GraphEvaluation ev = GraphEvaluator.evaluate(ExprGraph.of(List.of(x, mul, clamp, cat), "n1"), DType.FLOAT64);
        assertThat(ev.result("n2").error()).isEqualTo("input 2 is not connected");
        assertThat(ev.result("n3").error()).isEqualTo("input 'max' is not connected");
        assertThat(ev.result("n4").error()).isEqualTo("an input is not connected");
        assertThat(ev.result("n1").error()).isNull();
    }

    @Test
    void aBatchOfLeafValuesGivesEveryGradientAtOnce() {
        ExprGraph g = ExprGraph.parse("x = 1.0\nf = x * x");
        Tensor xs = Tensor.fromDoubles(DType.FLOAT64, new double[] {1, 2, 3}, 3);
        GraphEvaluation ev = GraphEvaluator.evaluate(g, DType.FLOAT64, "n2", Map.of("n1", xs));
        assertThat(ev.result("n2").value().toDoubles()).containsExactly(1, 4, 9);
        assertThat(ev.backward()).isFalse();
    }

    @Test
    void backwardRunsFromTheChosenNode() {
        GraphEvaluation ev = GraphEvaluator.evaluate(ExprGraph.parse(ExprGraphTest.MIDTERM), DType.FLOAT64, "n2", Map.of());
        assertThat(ev.output()).isEqualTo("n2");
        assertThat(ev.result("n1").grad().item()).isCloseTo(Math.cos(1.5), within(1e-15));
        assertThat(ev.result("n6").grad()).isNull();
    }
}
