package adjoint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Factories refuse what would need gigabytes (or is no shape at all) with a message, never an OutOfMemoryError. */
class CreationTest {

    @Test
    void hugeTensorsAreRefusedWithAMessage() {
        assertThatThrownBy(() -> Tensor.zeros(1 << 15, 1 << 15)).isInstanceOf(TensorException.class)
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> Tensor.ones(DType.FLOAT64, 1 << 20, 1 << 20, 1 << 20))
                .isInstanceOf(TensorException.class).hasMessageContaining("too large");
        assertThatThrownBy(() -> Tensor.full(DType.INT64, 1, Integer.MAX_VALUE, 2)).isInstanceOf(TensorException.class);
    }

    @Test
    void theLimitIsTwoToTheTwentyEighthElements() {
        assertThat(Shapes.numel(new int[] {1 << 14, 1 << 14})).isEqualTo(1 << 28);
        assertThatThrownBy(() -> Shapes.numel(new int[] {(1 << 28) + 1})).isInstanceOf(TensorException.class);
        assertThat(Shapes.numel(new int[] {1 << 30, 0})).as("an empty tensor is never too large").isZero();
    }

    @Test
    void hugeRangesAreRefusedWithAMessage() {
        assertThatThrownBy(() -> Tensor.arange(1L << 40)).isInstanceOf(TensorException.class)
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> Tensor.arange(0.0, 1e12, 1.0)).isInstanceOf(TensorException.class)
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> Tensor.arange(0, 1L << 29, 1)).isInstanceOf(TensorException.class);
    }

    @Test
    void arangeRefusesWhatPyTorchRefuses() {
        assertThatThrownBy(() -> Tensor.arange(0, 10, 0)).hasMessage("step must be nonzero");
        assertThatThrownBy(() -> Tensor.arange(0, 10, -1))
                .hasMessage("upper bound and larger bound inconsistent with step sign");
        assertThat(Tensor.arange(0.0, 1.0, 0.25).toDoubles()).containsExactly(0, 0.25, 0.5, 0.75);
        assertThat(Tensor.arange(5, 0, -2).toLongs()).containsExactly(5, 3, 1);
    }

    @Test
    void negativeDimensionsAreRefusedAsInPyTorch() {
        assertThatThrownBy(() -> Tensor.zeros(-1)).isInstanceOf(TensorException.class)
                .hasMessage("Trying to create tensor with negative dimension -1: [-1]");
    }

    @Test
    void literalsOfTheWrongLengthAreRefused() {
        assertThatThrownBy(() -> Tensor.fromDoubles(DType.FLOAT64, new double[] {1, 2, 3}, 2, 2))
                .hasMessage("shape [2, 2] is invalid for input of size 3");
        assertThatThrownBy(() -> Tensor.of(new double[][] {{1, 2}, {3}}))
                .hasMessage("expected sequence of length 2 at dim 1 (got 1)");
    }
}
