package adjoint.engine.data;

import java.util.Iterator;
import java.util.stream.IntStream;

/**
 * {@code 0, 1, ..., n-1} in order, every epoch, as {@code torch.utils.data.SequentialSampler}.
 *
 * <pre>{@code
 * new SequentialSampler(3).iterator(); // 0, 1, 2
 * }</pre>
 */
public final class SequentialSampler implements Sampler {
    private final int n;

    public SequentialSampler(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("num_samples should be a non-negative integer value, but got num_samples=" + n);
        }
        this.n = n;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public Iterator<Integer> iterator() {
        return IntStream.range(0, n).iterator();
    }
}
