package adjoint.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SequentialSamplerTest {

    @Test
    void everyEpochVisitsTheIndicesInOrder() {
        var s = new SequentialSampler(4);
        assertThat(s).containsExactly(0, 1, 2, 3);
        assertThat(s).containsExactly(0, 1, 2, 3);
        assertThat(s.size()).isEqualTo(4);
        assertThat(new SequentialSampler(0)).isEmpty();
    }
}
