package adjoint.engine.data;

import java.util.Objects;

/**
 * The samples of a dataset at given indices, in that order, as {@code torch.utils.data.Subset}.
 *
 * <pre>{@code
 * var part = new Subset<>(dataset, new int[] {4, 0});
 * part.get(0); // dataset.get(4)
 * }</pre>
 */
public final class Subset<T> implements Dataset<T> {
    private final Dataset<T> dataset;
    private final int[] indices;

    public Subset(Dataset<T> dataset, int[] indices) {
        this.dataset = dataset;
        this.indices = indices.clone();
    }

    @Override
    public int size() {
        return indices.length;
    }

    @Override
    public T get(int index) {
        return dataset.get(indices[Objects.checkIndex(index, indices.length)]);
    }

    /** The indices into the underlying dataset. */
    public int[] indices() {
        return indices.clone();
    }

    public Dataset<T> dataset() {
        return dataset;
    }
}
