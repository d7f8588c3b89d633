package adjoint.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberTextTest {
    @Test
    void fiveSignificantDigitsWithoutTrailingZeros() {
        assertThat(NumberText.format(-0.7029517)).isEqualTo("-0.70295");
        assertThat(NumberText.format(1.5)).isEqualTo("1.5");
        assertThat(NumberText.format(4.0)).isEqualTo("4");
        assertThat(NumberText.format(-2.975)).isEqualTo("-2.975");
    }

    @Test
    void verySmallAndVeryLargeNumbersAreScientific() {
        assertThat(NumberText.format(1.23456e-5)).isEqualTo("1.2346e-05");
        assertThat(NumberText.format(-3e7)).isEqualTo("-3e+07");
    }

    @Test
    void nonFiniteNumbersAreSpelledAsPyTorchPrintsThem() {
        assertThat(NumberText.format(Double.NaN)).isEqualTo("nan");
        assertThat(NumberText.format(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(NumberText.format(0.0)).isEqualTo("0");
    }

    @Test
    void exactTextReadsBackAsTheSameDouble() {
        assertThat(Double.parseDouble(NumberText.exact(0.1 + 0.2))).isEqualTo(0.1 + 0.2);
        assertThat(NumberText.exact(3.0)).isEqualTo("3");
    }

    @Test
    void tablesShowEightSignificantDigits() {
        assertThat(NumberText.precise(-0.7029469573250924)).isEqualTo("-0.70294696");
        assertThat(NumberText.precise(2084.0)).isEqualTo("2084");
        assertThat(NumberText.precise(1.5e-8)).isEqualTo("1.5e-08");
    }
}
