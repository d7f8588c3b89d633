package adjoint.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import org.junit.jupiter.api.Test;

class TanhTest {

    @Test
    void valuesAndGradientAreTheHyperbolicTangent() {
        double[] xs = {-2, -0.25, 0, 1, 4};
        Tensor x = Tensor.fromDoubles(DType.FLOAT64, xs, 5).requiresGrad(true);
        Tensor y = new Tanh().forward(x);
        y.sum().backward();
        for (int i = 0; i < xs.length; i++) {
            double t = Math.tanh(xs[i]);
            assertThat(y.toDoubles()[i]).isCloseTo(t, within(1e-15));
            assertThat(x.grad().toDoubles()[i]).isCloseTo(1 - t * t, within(1e-15));
        }
    }
}
