package adjoint.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import org.junit.jupiter.api.Test;

class SoftplusTest {

    @Test
    void smoothBelowTheThresholdAndTheIdentityAbove() {
        Tensor x = Tensor.fromDoubles(DType.FLOAT64, new double[] {-1, 0, 10, 30}, 4);
        double[] y = new Softplus().forward(x).toDoubles();
        assertThat(y[0]).isCloseTo(Math.log1p(Math.exp(-1)), within(1e-15));
        assertThat(y[1]).isCloseTo(Math.log(2), within(1e-15));
        assertThat(y[2]).isCloseTo(Math.log1p(Math.exp(10)), within(1e-12));
        assertThat(y[3]).isEqualTo(30);
    }

    @Test
    void betaSharpensTheCurve() {
        Tensor x = Tensor.fromDoubles(DType.FLOAT64, new double[] {0.5, 6}, 2);
        double[] y = new Softplus(2, 10).forward(x).toDoubles();
        assertThat(y[0]).isCloseTo(Math.log1p(Math.exp(1)) / 2, within(1e-15));
        assertThat(y[1]).as("beta x = 12 > threshold 10").isEqualTo(6);
    }
}
