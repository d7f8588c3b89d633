package adjoint.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.Generator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubsetRandomSamplerTest {

    @Test
    void yieldsExactlyItsIndicesInAFreshOrderEachEpoch() {
        int[] indices = {3, 14, 15, 92, 65, 35, 89, 79};
        var s = new SubsetRandomSampler(indices, new Generator(2));
        List<List<Integer>> epochs = new ArrayList<>();
        for (int e = 0; e < 3; e++) {
            List<Integer> seen = new ArrayList<>();
            s.forEach(seen::add);
            assertThat(seen).containsExactlyInAnyOrder(3, 14, 15, 92, 65, 35, 89, 79);
            epochs.add(seen);
        }
        assertThat(s.size()).isEqualTo(8);
        assertThat(epochs).doesNotHaveDuplicates();
    }

    @Test
    void laterChangesToTheCallersArrayDoNotLeakIn() {
        int[] indices = {1, 2};
        var s = new SubsetRandomSampler(indices, new Generator(0));
        indices[0] = 99;
        assertThat(s).containsExactlyInAnyOrder(1, 2);
    }
}
