package adjoint.engine.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.DType;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphEvaluator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SamplePointsTest {

    @Test
    void pointsScaleEachLeafByAFactorBetweenAHalfAndTwoKeepingItsSign() {
        ExprGraph g = ExprGraph.parse("x = 1.5\ny = -2.0\nf = x * y");
        GraphEvaluation here = GraphEvaluator.evaluate(g, DType.FLOAT64);
        List<GraphEvaluation> points = SamplePoints.near(g, here, 6, 1);
        assertThat(points).hasSize(6);
        for (GraphEvaluation p : points) {
            double x = p.result("n1").value().item();
            double y = p.result("n2").value().item();
            assertThat(x).isBetween(0.75, 3.0);
            assertThat(y).isBetween(-4.0, -1.0);
            assertThat(p.result("n3").value().item()).isEqualTo(x * y);
            assertThat(p.result("n1").grad().item()).isEqualTo(y);
        }
        assertThat(points).extracting(p -> p.result("n1").value().item()).doesNotHaveDuplicates();
    }

    @Test
    void pointsWhereANodeIsNotANumberAreRejected() {
        ExprGraph g = ExprGraph.parse("x = 0.6\nf = log(1.5 - x)");
        GraphEvaluation here = GraphEvaluator.evaluate(g, DType.FLOAT64);
        List<GraphEvaluation> points = SamplePoints.near(g, here, 20, 7);
        assertThat(points).isNotEmpty().allMatch(SamplePoints::finite);
        assertThat(points).allMatch(p -> p.result("n1").value().item() < 1.5);
    }

    @Test
    void theSameSeedGivesTheSamePoints() {
        ExprGraph g = ExprGraph.parse("x = [1.0, 2.0]\nf = sum(x**2)");
        GraphEvaluation here = GraphEvaluator.evaluate(g, DType.FLOAT64);
        double[] a = SamplePoints.near(g, here, 1, 5).getFirst().result("n1").value().toDoubles();
        double[] b = SamplePoints.near(g, here, 1, 5).getFirst().result("n1").value().toDoubles();
        assertThat(a).containsExactly(b);
    }

    @Test
    void aTensorWrittenTheTorchWayBecomesALeafThatCanVary() {
        ExprGraph g = ExprGraph.parse("x = tensor([1.5], requires_grad=True)\nf = sum(x**2)");
        GraphEvaluation first = GraphEvaluator.evaluate(g, DType.FLOAT64);
        ExprGraph leaves = SamplePoints.withLeaves(g, first);
        assertThat(leaves.node("n1").isLeaf()).isTrue();
        assertThat(SamplePoints.near(leaves, GraphEvaluator.evaluate(leaves, DType.FLOAT64), 3, 1)).hasSize(3);
    }
}
