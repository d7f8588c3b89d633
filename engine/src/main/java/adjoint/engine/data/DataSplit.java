package adjoint.engine.data;

import adjoint.engine.Generator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Random, non-overlapping parts of a dataset, as {@code torch.utils.data.random_split}.
 *
 * <pre>{@code
 * var parts = DataSplit.randomSplit(dataset, new double[] {0.8, 0.2}, new Generator(0)); // of 10 samples: 8 and 2
 * var same = DataSplit.randomSplit(dataset, new int[] {8, 2}, new Generator(0));         // the same two parts
 * }</pre>
 */
public final class DataSplit {
    private DataSplit() {
    }

    /** Parts of the given sizes, which must add up to the dataset's size, from one permutation of the indices. */
    public static <T> List<Subset<T>> randomSplit(Dataset<T> dataset, int[] lengths, Generator generator) {
        long total = 0;
        for (int i = 0; i < lengths.length; i++) {
            if (lengths[i] < 0) {
                throw new IllegalArgumentException("Length at index " + i + " is negative: " + lengths[i]);
            }
            total += lengths[i];
        }
        if (total != dataset.size()) {
            throw new IllegalArgumentException("Sum of input lengths does not equal the length of the input dataset!");
        }
        int[] permutation = generator.permutation(dataset.size());
        List<Subset<T>> parts = new ArrayList<>();
        int offset = 0;
        for (int length : lengths) {
            parts.add(new Subset<>(dataset, Arrays.copyOfRange(permutation, offset, offset + length)));
            offset += length;
        }
        return parts;
    }

    /**
     * Parts of the given fractions, which must add up to 1: each gets {@code floor(n * fraction)} samples and the
     * remainder is handed out one by one from the first part on, as PyTorch does.
     */
    public static <T> List<Subset<T>> randomSplit(Dataset<T> dataset, double[] fractions, Generator generator) {
        double sum = Arrays.stream(fractions).sum();
        if (!(Math.abs(sum - 1) <= 1e-9 * Math.max(1, Math.abs(sum)) && sum <= 1)) {
            throw new IllegalArgumentException("Sum of input lengths does not equal the length of the input dataset!");
        }
        int n = dataset.size();
        int[] lengths = new int[fractions.length];
        int assigned = 0;
        for (int i = 0; i < fractions.length; i++) {
            if (!(fractions[i] >= 0 && fractions[i] <= 1)) {
                throw new IllegalArgumentException("Fraction at index " + i + " is not between 0 and 1");
            }
            lengths[i] = (int) Math.floor(n * fractions[i]);
            assigned += lengths[i];
        }
        for (int i = 0; i < n - assigned; i++) {
            lengths[i % lengths.length]++;
        }
        return randomSplit(dataset, lengths, generator);
    }
}
