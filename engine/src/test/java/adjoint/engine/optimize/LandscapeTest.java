package adjoint.engine.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LandscapeTest {
    private static final String Q6 = "x = 1.0\ny = 1.0\nf = -x*log(x) - y*log(y)";
    private static final String Q2 = "x = 6.0\nf = log(x**2)\nloss = (3 - f)**2";

    @Test
    void aBatchedSurfaceEqualsPointByPointEvaluation() {
        Objective o = Objective.parse("x = 0.0\ny = 0.0\nf = sin(x) * exp(-y**2) + 0.1*x*y**3", "x", "y");
        Surface s = Landscape.surface(o, new Axis(-2, 2, 31), new Axis(-1.5, 1, 23));

        assertThat(s.batched()).isTrue();
        assertThat(s.rows()).isEqualTo(23);
        assertThat(s.columns()).isEqualTo(31);
        for (int r = 0; r < s.rows(); r++) {
            for (int c = 0; c < s.columns(); c++) {
                Objective.Sample p = o.at(new double[] {s.xs().value(c), s.ys().value(r)});
                assertThat(s.f(r, c)).isCloseTo(p.f(), within(1e-14));
                assertThat(s.gradX(r, c)).isCloseTo(p.grad()[0], within(1e-14));
                assertThat(s.gradY(r, c)).isCloseTo(p.grad()[1], within(1e-14));
            }
        }
    }

    @Test
    void undefinedPointsAreNanWithTheReason() {
        Surface s = Landscape.surface(Objective.parse(Q6, "x", "y"), new Axis(-1, 3, 41), new Axis(-1, 3, 41));

        assertThat(s.batched()).isTrue();
        assertThat(s.isDefined(0, 0)).isFalse();
        assertThat(s.f(0, 0)).isNaN();
        assertThat(s.isDefined(40, 40)).isTrue();
        assertThat(s.f(40, 40)).isCloseTo(-6 * Math.log(3), within(1e-14));
        assertThat(s.undefinedCount()).isEqualTo(41 * 41 - 30 * 30);
        assertThat(s.note()).startsWith("log of a negative number is not defined (nan)");
    }

    @Test
    void aGraphThatMixesPointsFallsBackToOneAtATime() {
        Objective o = Objective.parse("x = 1.0\ny = 2.0\nf = (x * tensor([1.0, 2.0, 3.0])).sum() + y**2", "x", "y");

        Surface s = Landscape.surface(o, new Axis(-1, 1, 3), new Axis(-1, 1, 3));

        assertThat(s.batched()).isFalse();
        assertThat(s.f(0, 0)).isEqualTo(-6 + 1);
        assertThat(s.gradX(0, 0)).isEqualTo(6);
        assertThat(s.gradY(0, 0)).isEqualTo(-2);
    }

    @Test
    void theCurveOfQ2HasItsSlopeAndTangent() {
        Objective o = Objective.parse(Q2, "x");
        Curve c = Landscape.curve(o, new Axis(1, 8, 71));

        assertThat(c.batched()).isTrue();
        for (int i = 0; i < c.size(); i++) {
            double x = c.x(i);
            double h = 3 - Math.log(x * x);
            assertThat(c.f(i)).isCloseTo(h * h, within(1e-13));
            assertThat(c.slope(i)).isCloseTo(-4 * h / x, within(1e-13));
        }
        Tangent t = Landscape.tangent(o, 6);
        assertThat(t.slope()).isCloseTo(-4 * (3 - Math.log(36)) / 6, within(1e-15));
        assertThat(t.y(7)).isCloseTo(t.f() + t.slope(), within(1e-15));
    }

    @Test
    void theCurveMarksLogOfZero() {
        Curve c = Landscape.curve(Objective.parse(Q2, "x"), new Axis(-1, 1, 3));

        assertThat(c.isDefined(1)).isFalse();
        assertThat(c.note()).startsWith("log of zero is -inf");
        assertThat(c.range()).containsExactly(9, 9);
    }
}
