package adjoint.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.DType;
import adjoint.engine.Generator;
import adjoint.engine.Tensor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DataLoaderTest {

    /** Ten rows: features {@code [i, 10 i, 100 i]} and label {@code i}. */
    private static TensorDataset rows(int n) {
        double[] x = new double[n * 3];
        long[] y = new long[n];
        for (int i = 0; i < n; i++) {
            x[3 * i] = i;
            x[3 * i + 1] = 10 * i;
            x[3 * i + 2] = 100 * i;
            y[i] = i;
        }
        return new TensorDataset(Tensor.fromDoubles(DType.FLOAT64, x, n, 3), Tensor.fromLongs(DType.INT64, y, n));
    }

    /** The labels of each batch of one epoch, checking that features and labels stay paired. */
    private static List<List<Long>> epoch(DataLoader<Tensor[]> loader) {
        List<List<Long>> out = new ArrayList<>();
        for (Tensor[] batch : loader) {
            assertThat(batch).hasSize(2);
            List<Long> labels = new ArrayList<>();
            for (long l : batch[1].toLongs()) {
                labels.add(l);
            }
            double[] x = batch[0].toDoubles();
            assertThat(batch[0].shape()).containsExactly(labels.size(), 3);
            for (int k = 0; k < labels.size(); k++) {
                assertThat(x[3 * k + 1]).isEqualTo(10.0 * labels.get(k));
            }
            out.add(labels);
        }
        return out;
    }

    private static List<Long> flat(List<List<Long>> batches) {
        return batches.stream().flatMap(List::stream).toList();
    }

    private static List<Long> range(int n) {
        return IntStream.range(0, n).mapToObj(i -> (long) i).toList();
    }

    @Test
    void batchesInOrderCoverEveryIndexOnceWithAShortLastBatch() {
        var loader = DataLoader.of(rows(10), DataLoader.options().batchSize(4));
        List<List<Long>> batches = epoch(loader);
        assertThat(batches).containsExactly(List.of(0L, 1L, 2L, 3L), List.of(4L, 5L, 6L, 7L), List.of(8L, 9L));
        assertThat(loader.size()).isEqualTo(3);
    }

    @Test
    void dropLastDiscardsTheShortBatch() {
        var loader = DataLoader.of(rows(10), DataLoader.options().batchSize(4).dropLast(true));
        assertThat(loader.size()).isEqualTo(2);
        assertThat(epoch(loader)).containsExactly(List.of(0L, 1L, 2L, 3L), List.of(4L, 5L, 6L, 7L));
        var exact = DataLoader.of(rows(8), DataLoader.options().batchSize(4).dropLast(true));
        assertThat(exact.size()).isEqualTo(2);
        assertThat(epoch(exact)).hasSize(2);
    }

    @Test
    void theDefaultBatchSizeIsOne() {
        var loader = DataLoader.of(rows(3), DataLoader.options());
        assertThat(loader.size()).isEqualTo(3);
        assertThat(epoch(loader)).containsExactly(List.of(0L), List.of(1L), List.of(2L));
    }

    @Test
    void shufflingCoversEveryIndexOnceAndDrawsANewOrderEachEpoch() {
        var loader = DataLoader.of(rows(10), DataLoader.options().batchSize(3).shuffle(new Generator(17)));
        List<Long> first = flat(epoch(loader));
        List<Long> second = flat(epoch(loader));
        assertThat(first).containsExactlyInAnyOrderElementsOf(range(10)).isNotEqualTo(range(10));
        assertThat(second).containsExactlyInAnyOrderElementsOf(range(10)).isNotEqualTo(first);
        assertThat(epoch(loader).stream().map(List::size)).containsExactly(3, 3, 3, 1);
    }

    @Test
    void theSameSeedGivesTheSameOrderEveryRun() {
        var a = DataLoader.of(rows(12), DataLoader.options().batchSize(5).shuffle(new Generator(3)));
        var b = DataLoader.of(rows(12), DataLoader.options().batchSize(5).shuffle(new Generator(3)));
        for (int e = 0; e < 3; e++) {
            assertThat(epoch(a)).isEqualTo(epoch(b));
        }
    }

    @Test
    void aSubsetRandomSamplerLimitsTheLoaderToItsIndices() {
        var sampler = new SubsetRandomSampler(new int[] {1, 4, 6, 9, 2}, new Generator(8));
        var loader = DataLoader.of(rows(10), DataLoader.options().batchSize(2).sampler(sampler));
        assertThat(loader.size()).isEqualTo(3);
        assertThat(flat(epoch(loader))).containsExactlyInAnyOrder(1L, 4L, 6L, 9L, 2L);
    }

    @Test
    void aSplitSubsetCanBeLoaded() {
        var parts = DataSplit.randomSplit(rows(10), new int[] {7, 3}, new Generator(0));
        var loader = DataLoader.of(parts.get(1), DataLoader.options().batchSize(2));
        List<Long> expected = new ArrayList<>();
        for (int i : parts.get(1).indices()) {
            expected.add((long) i);
        }
        assertThat(flat(epoch(loader))).isEqualTo(expected);
    }

    @Test
    void aCustomCollateBuildsAnyBatchType() {
        var loader = DataLoader.of(new SubsetTest.Tens(5), DataLoader.options().batchSize(2),
                items -> items.stream().mapToInt(Integer::intValue).sum());
        List<Integer> sums = new ArrayList<>();
        loader.forEach(sums::add);
        assertThat(sums).containsExactly(10, 50, 40);
    }

    @Test
    void anExhaustedEpochSaysSo() {
        Iterator<Tensor[]> it = DataLoader.of(rows(1), DataLoader.options()).iterator();
        it.next();
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void badArgumentsAreRefusedWithPyTorchsMessages() {
        assertThatThrownBy(() -> DataLoader.options().batchSize(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batch_size should be a positive integer value, but got batch_size=0");
        var both = DataLoader.options().shuffle(new Generator(0)).sampler(new SequentialSampler(10));
        assertThatThrownBy(() -> DataLoader.of(rows(10), both))
                .hasMessage("sampler option is mutually exclusive with shuffle");
        assertThatThrownBy(() -> DataLoader.options().shuffle(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
