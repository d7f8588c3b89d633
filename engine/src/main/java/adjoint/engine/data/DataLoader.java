package adjoint.engine.data;

import adjoint.engine.Generator;
import adjoint.engine.Tensor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Batches of a dataset, as {@code torch.utils.data.DataLoader}: indices come from a sampler (in order, or a new
 * seeded permutation each epoch when shuffling), are grouped {@code batchSize} at a time (the short last batch kept
 * unless {@code dropLast}), and each group is collated into one batch. Each {@link #iterator()} is one epoch.
 *
 * <pre>{@code
 * var data = new TensorDataset(x, y);  // x [10, 3], y [10]
 * var loader = DataLoader.of(data, DataLoader.options().batchSize(4).shuffle(new Generator(0)));
 * loader.size();                       // 3 batches: 4, 4 and 2 rows
 * for (Tensor[] batch : loader) {
 *     batch[0].shape();                // [4, 3], then [4, 3], then [2, 3]
 * }
 * }</pre>
 */
public final class DataLoader<T> implements Iterable<T> {
    private final Function<List<Integer>, T> fetch;
    private final Sampler sampler;
    private final int batchSize;
    private final boolean dropLast;

    private DataLoader(Function<List<Integer>, T> fetch, int datasetSize, Options options) {
        if (options.sampler() != null && options.shuffle()) {
            throw new IllegalArgumentException("sampler option is mutually exclusive with shuffle");
        }
        this.fetch = fetch;
        this.sampler = options.sampler() != null ? options.sampler()
                : options.shuffle() ? new RandomSampler(datasetSize, options.generator()) : new SequentialSampler(datasetSize);
        this.batchSize = options.batchSize();
        this.dropLast = options.dropLast();
    }

    /** A loader of rows of tensors whose batches stack each column: {@code batch[c]} is {@code [B, ...]}. */
    public static DataLoader<Tensor[]> of(Dataset<Tensor[]> dataset, Options options) {
        return of(dataset, options, DataLoader::stackColumns);
    }

    /** A loader whose batches are the samples at each group of indices, combined by {@code collate}. */
    public static <I, T> DataLoader<T> of(Dataset<I> dataset, Options options, Function<List<I>, T> collate) {
        return new DataLoader<>(indices -> collate.apply(indices.stream().map(dataset::get).toList()), dataset.size(),
                options);
    }

    /** PyTorch's defaults: batch size 1, no shuffling, no sampler, the last short batch kept. */
    public static Options options() {
        return new Options(1, false, null, false, null);
    }

    /** The number of batches in one epoch, as {@code len(loader)}. */
    public int size() {
        int n = sampler.size();
        return dropLast ? n / batchSize : (n + batchSize - 1) / batchSize;
    }

    public int batchSize() {
        return batchSize;
    }

    public Sampler sampler() {
        return sampler;
    }

    /** One epoch of batches; a shuffling loader draws a new order from its generator for each. */
    @Override
    public Iterator<T> iterator() {
        Iterator<Integer> indices = sampler.iterator();
        return new Iterator<>() {
            private List<Integer> next = group();

            private List<Integer> group() {
                List<Integer> g = new ArrayList<>(batchSize);
                while (g.size() < batchSize && indices.hasNext()) {
                    g.add(indices.next());
                }
                return g.isEmpty() || (dropLast && g.size() < batchSize) ? null : g;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public T next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                List<Integer> current = next;
                next = group();
                return fetch.apply(current);
            }
        };
    }

    private static Tensor[] stackColumns(List<Tensor[]> rows) {
        Tensor[] batch = new Tensor[rows.get(0).length];
        for (int c = 0; c < batch.length; c++) {
            int column = c;
            batch[c] = Tensor.stack(rows.stream().map(r -> r[column]).toList(), 0);
        }
        return batch;
    }

    /**
     * How a loader batches; each wither returns a copy. {@code shuffle} needs the generator that orders the epochs.
     */
    public record Options(int batchSize, boolean shuffle, Generator generator, boolean dropLast, Sampler sampler) {
        public Options {
            if (batchSize <= 0) {
                throw new IllegalArgumentException(
                        "batch_size should be a positive integer value, but got batch_size=" + batchSize);
            }
            if (shuffle && generator == null) {
                throw new IllegalArgumentException("shuffle needs a Generator, so that runs reproduce");
            }
        }

        public Options batchSize(int value) {
            return new Options(value, shuffle, generator, dropLast, sampler);
        }

        /** A new permutation from {@code seeded} each epoch. */
        public Options shuffle(Generator seeded) {
            return new Options(batchSize, true, seeded, dropLast, sampler);
        }

        /** No shuffling: the sampler's order, or the dataset's. */
        public Options noShuffle() {
            return new Options(batchSize, false, null, dropLast, sampler);
        }

        public Options dropLast(boolean value) {
            return new Options(batchSize, shuffle, generator, value, sampler);
        }

        public Options sampler(Sampler value) {
            return new Options(batchSize, shuffle, generator, dropLast, value);
        }
    }
}
