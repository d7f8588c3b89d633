package adjoint.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.Generator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DataSplitTest {

    private static final SubsetTest.Tens DATA = new SubsetTest.Tens(30);

    private static int[] sizes(List<Subset<Integer>> parts) {
        return parts.stream().mapToInt(Subset::size).toArray();
    }

    @Test
    void partsHaveTheGivenSizesAndAreDisjointAndCoverTheDataset() {
        var parts = DataSplit.randomSplit(DATA, new int[] {20, 7, 3}, new Generator(1));
        assertThat(sizes(parts)).containsExactly(20, 7, 3);
        List<Integer> all = new ArrayList<>();
        parts.forEach(p -> Arrays.stream(p.indices()).forEach(all::add));
        assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 30).boxed().toList());
        assertThat(all).isNotEqualTo(IntStream.range(0, 30).boxed().toList());
        assertThat(parts.get(1).get(0)).isEqualTo(parts.get(1).indices()[0] * 10);
    }

    @Test
    void theSameSeedGivesTheSameSplit() {
        var a = DataSplit.randomSplit(DATA, new int[] {10, 20}, new Generator(5));
        var b = DataSplit.randomSplit(DATA, new int[] {10, 20}, new Generator(5));
        var c = DataSplit.randomSplit(DATA, new int[] {10, 20}, new Generator(6));
        assertThat(a.get(0).indices()).containsExactly(b.get(0).indices());
        assertThat(a.get(0).indices()).isNotEqualTo(c.get(0).indices());
    }

    @Test
    void fractionsAreFlooredAndTheRemainderHandedOutRoundRobin() {
        assertThat(sizes(DataSplit.randomSplit(DATA, new double[] {0.3, 0.3, 0.4}, new Generator(0))))
                .containsExactly(9, 9, 12);
        var seven = new SubsetTest.Tens(7);
        assertThat(sizes(DataSplit.randomSplit(seven, new double[] {0.5, 0.5}, new Generator(0)))).containsExactly(4, 3);
        var ten = new SubsetTest.Tens(10);
        assertThat(sizes(DataSplit.randomSplit(ten, new double[] {0.25, 0.25, 0.25, 0.25}, new Generator(0))))
                .containsExactly(3, 3, 2, 2);
        var hundred = new SubsetTest.Tens(100);
        assertThat(sizes(DataSplit.randomSplit(hundred, new double[] {0.29, 0.71}, new Generator(0))))
                .as("100 * 0.29 = 28.999999999999996 floors to 28, so one is left over").containsExactly(29, 71);
    }

    @Test
    void lengthsThatDoNotAddUpAreRefusedWithPyTorchsMessage() {
        assertThatThrownBy(() -> DataSplit.randomSplit(DATA, new int[] {10, 10}, new Generator(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Sum of input lengths does not equal the length of the input dataset!");
        assertThatThrownBy(() -> DataSplit.randomSplit(DATA, new double[] {0.5, 0.6}, new Generator(0)))
                .hasMessage("Sum of input lengths does not equal the length of the input dataset!");
        assertThatThrownBy(() -> DataSplit.randomSplit(DATA, new double[] {1.5, -0.5}, new Generator(0)))
                .hasMessage("Fraction at index 0 is not between 0 and 1");
    }
}
