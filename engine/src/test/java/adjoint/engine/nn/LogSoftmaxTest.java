package adjoint.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.Tensor;
import org.junit.jupiter.api.Test;

class LogSoftmaxTest {

    @Test
    void forwardAndGradientMatchPyTorch() {
        NnOracle.checkForwardBackward(new LogSoftmax(1), NnOracle.nnCase("log_softmax_dim1"));
    }

    @Test
    void equalLogitsGiveMinusLogOfTheCount() {
        double[] v = new LogSoftmax(0).forward(Tensor.of(3, 3, 3, 3)).toDoubles();
        assertThat(v).hasSize(4).containsOnly((double) (float) -Math.log(4));
        assertThat(new LogSoftmax(0).dim()).isZero();
    }
}
