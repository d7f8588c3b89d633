package adjoint.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubsetTest {

    /** The integers 0..n-1 times ten. */
    record Tens(int size) implements Dataset<Integer> {
        @Override
        public Integer get(int index) {
            return index * 10;
        }
    }

    @Test
    void samplesAreTheUnderlyingOnesAtTheIndicesInOrder() {
        var part = new Subset<>(new Tens(10), new int[] {7, 2, 7});
        assertThat(part.size()).isEqualTo(3);
        assertThat(part.get(0)).isEqualTo(70);
        assertThat(part.get(1)).isEqualTo(20);
        assertThat(part.indices()).containsExactly(7, 2, 7);
        assertThatThrownBy(() -> part.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
