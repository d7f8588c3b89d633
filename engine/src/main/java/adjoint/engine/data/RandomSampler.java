package adjoint.engine.data;

import adjoint.engine.Generator;
import java.util.Arrays;
import java.util.Iterator;

/**
 * A fresh random permutation of {@code 0..n-1} each epoch, drawn from the generator, as
 * {@code torch.utils.data.RandomSampler}: the same seed gives the same sequence of epochs.
 *
 * <pre>{@code
 * var s = new RandomSampler(4, new Generator(7));
 * s.iterator(); // e.g. 2, 0, 3, 1; the next epoch another order
 * }</pre>
 */
public final class RandomSampler implements Sampler {
    private final int n;
    private final Generator generator;

    public RandomSampler(int n, Generator generator) {
        if (n < 0) {
            throw new IllegalArgumentException("num_samples should be a non-negative integer value, but got num_samples=" + n);
        }
        this.n = n;
        this.generator = generator;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public Iterator<Integer> iterator() {
        return Arrays.stream(generator.permutation(n)).iterator();
    }
}
