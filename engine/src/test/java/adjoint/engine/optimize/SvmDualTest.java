package adjoint.engine.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SvmDualTest {

    @Test
    void midtermQ4IsTheLineYEqualsXWithMarginRootTwo() {
        PointSet q4 = Datasets.midtermQ4();

        SvmSolution s = SvmDual.solve(q4, 1, SvmLoss.HINGE);

        assertThat(s.model().w1()).isCloseTo(-1, within(1e-9));
        assertThat(s.model().w2()).isCloseTo(1, within(1e-9));
        assertThat(s.model().b()).isCloseTo(0, within(1e-9));
        assertThat(s.margin()).isCloseTo(Math.sqrt(2), within(1e-9));
        assertThat(s.supportVectors().stream().map(q4::get).map(p -> List.of(p.x1(), p.x2())).toList())
                .containsExactly(List.of(2.0, 3.0), List.of(3.0, 4.0), List.of(6.0, 7.0),
                        List.of(3.0, 2.0), List.of(4.0, 3.0), List.of(8.0, 7.0));
        assertThat(s.objective()).isCloseTo(1, within(1e-9));
        assertThat(s.accuracy()).isEqualTo(1);
    }

    @Test
    void theHardMarginOfQ4IsTheSame() {
        SvmSolution s = SvmDual.solve(Datasets.midtermQ4(), Double.POSITIVE_INFINITY, SvmLoss.HINGE);

        assertThat(s.model().w1()).isCloseTo(-1, within(1e-9));
        assertThat(s.model().w2()).isCloseTo(1, within(1e-9));
        assertThat(s.model().b()).isCloseTo(0, within(1e-9));
    }

    @Test
    void midtermQ5IsTheExamsAnswer() {
        SvmSolution s = SvmDual.solve(Datasets.implication(), 1, SvmLoss.HINGE);

        assertThat(s.model().w1()).isCloseTo(-1, within(1e-9));
        assertThat(s.model().w2()).isCloseTo(1, within(1e-9));
        assertThat(s.model().b()).isCloseTo(1, within(1e-9));
        assertThat(s.accuracy()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}, C = {1}, {2}")
    @CsvSource({"blobs, 1, HINGE", "blobs, 0.05, HINGE", "blobs, 1, SQUARED_HINGE", "moons, 10, HINGE",
            "moons, 0.3, SQUARED_HINGE", "xor, 1, HINGE", "circles, 2, SQUARED_HINGE", "midterm-q4, 0.1, HINGE",
            "midterm-q4, 1, SQUARED_HINGE", "implication, 0.2, SQUARED_HINGE"})
    void theSolutionSatisfiesTheKktConditions(String dataset, double c, SvmLoss loss) {
        PointSet points = Datasets.named(dataset);

        SvmSolution s = SvmDual.solve(points, c, loss);

        assertKkt(points, s, c, loss);
    }

    /** KKT for the primal: w = Σ α y x, Σ α y = 0, and each α matches its point's margin; these prove optimality. */
    static void assertKkt(PointSet points, SvmSolution s, double c, SvmLoss loss) {
        double[] a = s.alphas();
        double w1 = 0;
        double w2 = 0;
        double balance = 0;
        for (int i = 0; i < points.size(); i++) {
            LabeledPoint p = points.get(i);
            w1 += a[i] * p.label() * p.x1();
            w2 += a[i] * p.label() * p.x2();
            balance += a[i] * p.label();
            double m = s.model().functionalMargin(p);
            assertThat(a[i]).isGreaterThanOrEqualTo(0);
            if (loss == SvmLoss.HINGE) {
                assertThat(a[i]).isLessThanOrEqualTo(c);
                if (a[i] == 0) {
                    assertThat(m).as("margin of %s with α = 0", p).isGreaterThanOrEqualTo(1 - 1e-9);
                } else if (a[i] < c) {
                    assertThat(m).as("margin of %s with 0 < α < C", p).isCloseTo(1, within(1e-9));
                } else {
                    assertThat(m).as("margin of %s with α = C", p).isLessThanOrEqualTo(1 + 1e-9);
                }
            } else if (a[i] == 0) {
                assertThat(m).isGreaterThanOrEqualTo(1 - 1e-9);
            } else {
                assertThat(m).as("margin of %s: 1 - ξ with ξ = α/2C", p).isCloseTo(1 - a[i] / (2 * c), within(1e-9));
            }
        }
        assertThat(s.model().w1()).isCloseTo(w1, within(1e-12));
        assertThat(s.model().w2()).isCloseTo(w2, within(1e-12));
        assertThat(balance).isCloseTo(0, within(1e-9));
    }

    @Test
    void aSmallerCWidensTheMargin() {
        double wide = SvmDual.solve(Datasets.named("blobs"), 0.01, SvmLoss.HINGE).margin();
        double narrow = SvmDual.solve(Datasets.named("blobs"), 10, SvmLoss.HINGE).margin();

        assertThat(wide).isGreaterThan(narrow);
    }

    @Test
    void refusesWhatHasNoAnswer() {
        assertThatThrownBy(() -> SvmDual.solve(Datasets.named("xor"), Double.POSITIVE_INFINITY, SvmLoss.HINGE))
                .hasMessage("no line separates these points with a hard margin: give a finite C");
        assertThatThrownBy(() -> SvmDual.solve(PointSet.of(List.of(new LabeledPoint(0, 0, 1))), 1, SvmLoss.HINGE))
                .hasMessageContaining("both classes");
        assertThatThrownBy(() -> SvmDual.solve(Datasets.midtermQ4(), 0, SvmLoss.HINGE)).hasMessageContaining("C must be");
    }
}
