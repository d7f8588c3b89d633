package adjoint.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HyperParametersTest {

    @Test
    void numbersArePrintedAsPythonPrintsFloats() {
        assertThat(HyperParameters.repr(-1.0)).isEqualTo("-1.0");
        assertThat(HyperParameters.repr(0.001)).isEqualTo("0.001");
        assertThat(HyperParameters.repr(0.0001)).isEqualTo("0.0001");
        assertThat(HyperParameters.repr(1e-5)).isEqualTo("1e-05");
        assertThat(HyperParameters.repr(-1.5e-8)).isEqualTo("-1.5e-08");
        assertThat(HyperParameters.repr(123456.0)).isEqualTo("123456.0");
        assertThat(HyperParameters.repr(1e16)).isEqualTo("1e+16");
        assertThat(HyperParameters.repr(-0.0)).isEqualTo("-0.0");
        assertThat(HyperParameters.repr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(HyperParameters.repr(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    }
}
