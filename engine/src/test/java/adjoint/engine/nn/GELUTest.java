package adjoint.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import org.junit.jupiter.api.Test;

class GELUTest {

    private static final Tensor X = Tensor.fromDoubles(DType.FLOAT64, new double[] {-1, 0, 1, 2}, 4);

    @Test
    void exactGeluIsXTimesTheNormalCdf() {
        // Φ(1) = 0.8413447460685429, Φ(2) = 0.9772498680518208
        double[] y = new GELU().forward(X).toDoubles();
        assertThat(y[0]).isCloseTo(-(1 - 0.8413447460685429), within(1e-12));
        assertThat(y[1]).isZero();
        assertThat(y[2]).isCloseTo(0.8413447460685429, within(1e-12));
        assertThat(y[3]).isCloseTo(2 * 0.9772498680518208, within(1e-12));
    }

    @Test
    void theTanhApproximationUsesPyTorchsFormula() {
        double[] y = new GELU("tanh").forward(X).toDoubles();
        double x = 2;
        double expected = 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x)));
        assertThat(y[3]).isCloseTo(expected, within(1e-12));
        assertThat(y[3]).isNotEqualTo(new GELU().forward(X).toDoubles()[3]);
        assertThatThrownBy(() -> new GELU("fast")).hasMessage("approximate argument must be either none or tanh.");
    }
}
