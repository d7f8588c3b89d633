package adjoint.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.Tensor;
import org.junit.jupiter.api.Test;

class SoftmaxTest {

    @Test
    void forwardAndGradientMatchPyTorch() {
        NnOracle.checkForwardBackward(new Softmax(1), NnOracle.nnCase("softmax_dim1"));
    }

    @Test
    void rowsSumToOneEvenForHugeLogits() {
        Tensor p = new Softmax(-1).forward(Tensor.of(new double[][] {{1000, 0, -1000}, {1, 1, 1}}));
        double[] v = p.toDoubles();
        assertThat(v[0]).isEqualTo(1.0);
        assertThat(v[3] + v[4] + v[5]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(new Softmax(1)).hasToString("Softmax(dim=1)");
    }
}
