package adjoint.engine.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContoursTest {

    @Test
    void linesOfALinearFunctionLieExactlyOnTheirLevel() {
        Surface s = Landscape.surface(Objective.parse("x = 0.0\ny = 0.0\nf = x + 2*y", "x", "y"),
                new Axis(-1, 1, 21), new Axis(-1, 1, 17));

        for (double level : new double[] {-2, -0.5, 0, 0.3, 1.7}) {
            List<Polyline> lines = Contours.trace(s, level);
            assertThat(lines).hasSize(1);
            Polyline p = lines.getFirst();
            assertThat(p.closed()).isFalse();
            for (int i = 0; i < p.size(); i++) {
                assertThat(p.x(i) + 2 * p.y(i)).isCloseTo(level, within(1e-12));
            }
        }
    }

    @Test
    void aCircleIsOneClosedLineNearItsRadius() {
        Surface s = Landscape.surface(Objective.parse("x = 0.0\ny = 0.0\nf = x**2 + y**2", "x", "y"),
                new Axis(-2, 2, 81), new Axis(-2, 2, 81));

        List<Polyline> lines = Contours.trace(s, 1);

        assertThat(lines).hasSize(1);
        Polyline circle = lines.getFirst();
        assertThat(circle.closed()).isTrue();
        assertThat(circle.size()).isGreaterThan(40);
        for (int i = 0; i < circle.size(); i++) {
            double r2 = circle.x(i) * circle.x(i) + circle.y(i) * circle.y(i);
            assertThat(r2).isCloseTo(1, within(0.0025)); // linear interpolation of x² on a 0.05 grid
        }
    }

    @Test
    void aSaddleGivesTwoSeparateBranches() {
        Surface s = Landscape.surface(Objective.parse("x = 0.0\ny = 0.0\nf = x*y", "x", "y"),
                new Axis(-1, 1, 20), new Axis(-1, 1, 20));

        List<Polyline> lines = Contours.trace(s, 0.25);

        assertThat(lines).hasSize(2);
        for (Polyline p : lines) {
            assertThat(p.closed()).isFalse();
            for (int i = 0; i < p.size(); i++) {
                assertThat(p.x(i) * p.y(i)).isCloseTo(0.25, within(1e-12)); // x*y is linear along each edge
                assertThat(Math.signum(p.x(i))).isEqualTo(Math.signum(p.x(0)));
            }
        }
    }

    @Test
    void linesStopAtUndefinedRegions() {
        Surface s = Landscape.surface(Objective.parse("x = 1.0\ny = 1.0\nf = -x*log(x) - y*log(y)", "x", "y"),
                new Axis(-1, 3, 61), new Axis(-1, 3, 61));

        List<Polyline> lines = Contours.trace(s, 0.5);

        assertThat(lines).isNotEmpty();
        for (Polyline p : lines) {
            for (int i = 0; i < p.size(); i++) {
                assertThat(p.x(i)).isGreaterThan(0);
                assertThat(p.y(i)).isGreaterThan(0);
            }
        }
    }

    @Test
    void levelsSpreadOverTheValues() {
        Surface s = Landscape.surface(Objective.parse("x = 0.0\ny = 0.0\nf = x**2 + y**2", "x", "y"),
                new Axis(-1, 1, 11), new Axis(-1, 1, 11));

        double[] levels = Contours.levels(s, 5);

        assertThat(levels).hasSize(5).isSorted();
        assertThat(levels[0]).isGreaterThan(0);
        assertThat(levels[4]).isLessThan(2);
    }
}
