package adjoint.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlattenTest {

    @ParameterizedTest
    @ValueSource(strings = {"flatten_default_3d", "flatten_default_4d"})
    void theDefaultKeepsTheBatchDimensionAsPyTorch(String id) {
        NnOracle.checkForwardBackward(new Flatten(), NnOracle.nnCase(id));
    }

    @Test
    void startDimZeroFlattensEverything() {
        NnOracle.checkForwardBackward(new Flatten(0, -1), NnOracle.nnCase("flatten_start0"));
    }

    @Test
    void aMiddleRangeMergesOnlyThoseDimensions() {
        assertThat(new Flatten(1, 2).forward(Tensor.zeros(2, 3, 4, 5)).shape()).containsExactly(2, 12, 5);
        assertThat(new Flatten()).hasToString("Flatten(start_dim=1, end_dim=-1)");
    }
}
