package adjoint.engine.data;

import adjoint.engine.Generator;
import java.util.Arrays;
import java.util.Iterator;

/**
 * The given indices in a fresh random order each epoch, as {@code torch.utils.data.SubsetRandomSampler}; used to
 * draw a training or validation part of one dataset.
 *
 * <pre>{@code
 * var s = new SubsetRandomSampler(new int[] {10, 20, 30}, new Generator(1));
 * s.iterator(); // e.g. 30, 10, 20
 * }</pre>
 */
public final class SubsetRandomSampler implements Sampler {
    private final int[] indices;
    private final Generator generator;

    public SubsetRandomSampler(int[] indices, Generator generator) {
        this.indices = indices.clone();
        this.generator = generator;
    }

    @Override
    public int size() {
        return indices.length;
    }

    @Override
    public Iterator<Integer> iterator() {
        return Arrays.stream(generator.permutation(indices.length)).map(i -> indices[i]).iterator();
    }
}
