package adjoint.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import org.junit.jupiter.api.Test;

class LeakyReLUTest {

    @Test
    void negativeInputsAreScaledBySlopeAndTheGradientAtZeroIsTheSlope() {
        Tensor x = Tensor.fromDoubles(DType.FLOAT64, new double[] {-2, 0, 3}, 3).requiresGrad(true);
        Tensor y = new LeakyReLU(0.2).forward(x);
        y.sum().backward();
        assertThat(y.toDoubles()).containsExactly(-0.4, 0, 3);
        assertThat(x.grad().toDoubles()).containsExactly(0.2, 0.2, 1);
    }

    @Test
    void theDefaultSlopeIsOneHundredth() {
        assertThat(new LeakyReLU().negativeSlope()).isEqualTo(0.01);
        assertThat(new LeakyReLU()).hasToString("LeakyReLU(negative_slope=0.01)");
    }
}
