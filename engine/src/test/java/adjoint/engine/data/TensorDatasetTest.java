package adjoint.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import org.junit.jupiter.api.Test;

class TensorDatasetTest {

    @Test
    void eachSampleIsTheRowOfEveryTensor() {
        Tensor x = Tensor.fromDoubles(DType.FLOAT64, new double[] {1, 2, 3, 4, 5, 6}, 3, 2);
        Tensor y = Tensor.fromLongs(DType.INT64, new long[] {7, 8, 9}, 3);
        var ds = new TensorDataset(x, y);
        assertThat(ds.size()).isEqualTo(3);
        Tensor[] row = ds.get(1);
        assertThat(row).hasSize(2);
        assertThat(row[0].toDoubles()).containsExactly(3, 4);
        assertThat(row[0].shape()).containsExactly(2);
        assertThat(row[1].dim()).isZero();
        assertThat(row[1].toLongs()).containsExactly(8);
        assertThat(row[0].sharesStorageWith(x)).as("a view, as select(0, i)").isTrue();
    }

    @Test
    void tensorsOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> new TensorDataset(Tensor.zeros(3, 2), Tensor.zeros(4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Size mismatch between tensors");
        assertThatThrownBy(() -> new TensorDataset(Tensor.zeros(3), Tensor.scalar(1)))
                .hasMessage("Size mismatch between tensors");
    }

    @Test
    void anIndexOutsideTheRowsIsRefused() {
        var ds = new TensorDataset(Tensor.zeros(3));
        assertThatThrownBy(() -> ds.get(3)).hasMessage("index 3 is out of bounds for dimension 0 with size 3");
    }
}
