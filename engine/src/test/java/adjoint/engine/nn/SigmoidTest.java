package adjoint.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import org.junit.jupiter.api.Test;

class SigmoidTest {

    @Test
    void valuesAndGradientAreTheLogistic() {
        double[] xs = {-3, -0.5, 0, 0.5, 3};
        Tensor x = Tensor.fromDoubles(DType.FLOAT64, xs, 5).requiresGrad(true);
        Tensor y = new Sigmoid().forward(x);
        y.sum().backward();
        for (int i = 0; i < xs.length; i++) {
            double s = 1 / (1 + Math.exp(-xs[i]));
            assertThat(y.toDoubles()[i]).isCloseTo(s, within(1e-15));
            assertThat(x.grad().toDoubles()[i]).isCloseTo(s * (1 - s), within(1e-15));
        }
    }
}
