package adjoint.engine.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The scalar definitions every backend is checked against; erf is our own, so its accuracy is checked here. */
class ScalarMathTest {

    /** Python's {@code math.erf} values, around both ends of each of our approximations. */
    static Stream<Arguments> erfValues() {
        return Stream.of(
                Arguments.of(-7.0, -1.0),
                Arguments.of(-6.5, -1.0),
                Arguments.of(-6.0, -1.0),
                Arguments.of(-5.9, -0.9999999999999999),
                Arguments.of(-4.0, -0.9999999845827421),
                Arguments.of(-3.0, -0.9999779095030014),
                Arguments.of(-2.6, -0.9997639655834707),
                Arguments.of(-2.5000001, -0.9995930482003834),
                Arguments.of(-2.5, -0.999593047982555),
                Arguments.of(-2.4999999, -0.9995930477647266),
                Arguments.of(-2.0, -0.9953222650189527),
                Arguments.of(-1.5, -0.9661051464753108),
                Arguments.of(-1.0, -0.8427007929497149),
                Arguments.of(-0.5, -0.5204998778130465),
                Arguments.of(-0.001, -0.0011283787909692365),
                Arguments.of(-1e-08, -1.1283791670955126e-08),
                Arguments.of(0.0, 0.0),
                Arguments.of(1e-300, 1.1283791670955126e-300),
                Arguments.of(1e-08, 1.1283791670955126e-08),
                Arguments.of(0.001, 0.0011283787909692365),
                Arguments.of(0.1, 0.1124629160182849),
                Arguments.of(0.5, 0.5204998778130465),
                Arguments.of(1.0, 0.8427007929497149),
                Arguments.of(1.2345, 0.9191623964135658),
                Arguments.of(2.0, 0.9953222650189527),
                Arguments.of(2.4999999, 0.9995930477647266),
                Arguments.of(2.5, 0.999593047982555),
                Arguments.of(2.5000001, 0.9995930482003834),
                Arguments.of(2.7, 0.9998656672600594),
                Arguments.of(3.0, 0.9999779095030014),
                Arguments.of(3.5, 0.9999992569016276),
                Arguments.of(4.0, 0.9999999845827421),
                Arguments.of(4.5, 0.9999999998033839),
                Arguments.of(5.0, 0.9999999999984626),
                Arguments.of(5.5, 0.9999999999999927),
                Arguments.of(5.9, 0.9999999999999999),
                Arguments.of(6.0, 1.0),
                Arguments.of(6.0000001, 1.0),
                Arguments.of(6.5, 1.0),
                Arguments.of(7.0, 1.0),
                Arguments.of(10.0, 1.0));
    }

    /** The alternating series loses a few digits near its end (about 50 ulps at 2.5), so 1e-14 relative. */
    @ParameterizedTest(name = "erf({0}) = {1}")
    @MethodSource("erfValues")
    void erfIsAccurateToOneInTenToTheFourteen(double x, double erf) {
        assertThat(ScalarMath.erf(x)).isCloseTo(erf, within(1e-14 * Math.abs(erf) + Double.MIN_VALUE));
    }

    @Test
    void erfOfNanIsNanAndOfInfinityIsOne() {
        assertThat(ScalarMath.erf(Double.NaN)).isNaN();
        assertThat(ScalarMath.erf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(ScalarMath.erf(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
    }

    @Test
    void softplusIsStableForLargeArguments() {
        assertThat(ScalarMath.unary(UnaryOp.SOFTPLUS, 1000)).isEqualTo(1000);
        assertThat(ScalarMath.unary(UnaryOp.SOFTPLUS, -1000)).isEqualTo(0);
        assertThat(ScalarMath.unary(UnaryOp.SOFTPLUS, 0)).isEqualTo(Math.log(2));
    }

    @Test
    void integerDivisionFloorsAndIntegerPowersStayExact() {
        assertThat(ScalarMath.binary(BinaryOp.DIV, -7L, 2L)).isEqualTo(-4);
        assertThat(ScalarMath.binary(BinaryOp.POW, 3L, 4L)).isEqualTo(81);
        assertThat(ScalarMath.binary(BinaryOp.POW, -2L, 3L)).isEqualTo(-8);
    }
}
