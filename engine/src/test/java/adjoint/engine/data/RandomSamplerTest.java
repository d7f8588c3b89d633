package adjoint.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.Generator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomSamplerTest {

    private static List<Integer> epoch(Sampler s) {
        List<Integer> out = new ArrayList<>();
        s.forEach(out::add);
        return out;
    }

    @Test
    void eachEpochIsAPermutationAndANewOne() {
        var s = new RandomSampler(20, new Generator(4));
        List<Integer> first = epoch(s);
        List<Integer> second = epoch(s);
        assertThat(first).containsExactlyInAnyOrderElementsOf(epoch(new SequentialSampler(20)));
        assertThat(second).containsExactlyInAnyOrderElementsOf(first);
        assertThat(second).isNotEqualTo(first);
        assertThat(first).isNotEqualTo(epoch(new SequentialSampler(20)));
    }

    @Test
    void theSameSeedGivesTheSameEpochs() {
        var a = new RandomSampler(20, new Generator(9));
        var b = new RandomSampler(20, new Generator(9));
        assertThat(epoch(a)).isEqualTo(epoch(b));
        assertThat(epoch(a)).isEqualTo(epoch(b));
        assertThat(epoch(new RandomSampler(20, new Generator(10)))).isNotEqualTo(epoch(new RandomSampler(20, new Generator(9))));
    }
}
