package adjoint.engine.symbolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import adjoint.engine.graph.ExprGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiniteDifferenceTest {

    @Test
    void theCentralDifferenceOfTheMidtermConfirmsTheEnginesGradient() {
        List<FiniteDifference.LeafCheck> checks = FiniteDifference.check(ExprGraph.parse(MidtermQ8Test.PROGRAM));
        assertThat(checks).hasSize(1);
        FiniteDifference.LeafCheck c = checks.getFirst();
        assertThat(c.label()).isEqualTo("w1");
        assertThat(c.numeric().item()).isCloseTo(-0.7029469573250924, within(1e-7));
        assertThat(c.engine().item()).isCloseTo(-0.7029469573250924, within(1e-12));
        assertThat(c.agrees()).isTrue();
        assertThat(c.maxError()).isLessThan(1e-7);
    }

    @Test
    void everyElementOfATensorLeafIsDifferenced() {
        List<FiniteDifference.LeafCheck> checks = FiniteDifference.check(
                ExprGraph.parse("x = [1.0, 2.0, 3.0]\nb = 0.5\nf = sum(x**2) * b"));
        assertThat(checks).extracting(FiniteDifference.LeafCheck::label).containsExactly("x", "b");
        assertThat(checks.get(0).numeric().toDoubles()).containsExactly(new double[] {1, 2, 3}, within(1e-6));
        assertThat(checks.get(1).numeric().item()).isCloseTo(14, within(1e-6));
        assertThat(checks).allMatch(FiniteDifference.LeafCheck::agrees);
    }

    @Test
    void aTensorWrittenTheTorchWayIsDifferencedLikeALeaf() {
        List<FiniteDifference.LeafCheck> checks = FiniteDifference.check(ExprGraph.parse(
                "x = tensor([1.5], requires_grad=True)\nw2 = torch.sin(x)\nw3 = torch.pow(w2, 3)\nf = w3.sum()"));
        assertThat(checks).hasSize(1);
        assertThat(checks.getFirst().agrees()).isTrue();
    }

    @Test
    void aNonScalarOutputHasNoDifferences() {
        List<FiniteDifference.LeafCheck> checks = FiniteDifference.check(ExprGraph.parse("x = [1.0, 2.0]\ny = x * 2"));
        assertThat(checks.getFirst().numeric()).isNull();
        assertThat(checks.getFirst().agrees()).isFalse();
    }
}
