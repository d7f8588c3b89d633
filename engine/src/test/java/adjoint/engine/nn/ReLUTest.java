package adjoint.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReLUTest {

    @Test
    void forwardAndGradientMatchPyTorchIncludingZeroGradientAtZero() {
        NnOracle.checkForwardBackward(new ReLU(), NnOracle.nnCase("relu"));
        assertThat(new ReLU()).hasToString("ReLU()");
        assertThat(new ReLU().parameters()).isEmpty();
    }
}
