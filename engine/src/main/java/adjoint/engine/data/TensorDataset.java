package adjoint.engine.data;

import adjoint.engine.Tensor;

/**
 * Rows of several tensors that share their first dimension, as {@code torch.utils.data.TensorDataset}:
 * {@code get(i)} is {@code {t0[i], t1[i], ...}} (views, not copies).
 *
 * <pre>{@code
 * var ds = new TensorDataset(Tensor.of(new double[][] {{1, 2}, {3, 4}}), Tensor.of(0, 1));
 * ds.size();   // 2
 * ds.get(1);   // {[3, 4], 1}
 * }</pre>
 */
public final class TensorDataset implements Dataset<Tensor[]> {
    private final Tensor[] tensors;

    public TensorDataset(Tensor... tensors) {
        if (tensors.length == 0) {
            throw new IllegalArgumentException("TensorDataset needs at least one tensor");
        }
        for (Tensor t : tensors) {
            if (t.dim() == 0 || t.size(0) != tensors[0].size(0)) {
                throw new IllegalArgumentException("Size mismatch between tensors");
            }
        }
        this.tensors = tensors.clone();
    }

    @Override
    public int size() {
        return tensors[0].size(0);
    }

    @Override
    public Tensor[] get(int index) {
        Tensor[] row = new Tensor[tensors.length];
        for (int c = 0; c < tensors.length; c++) {
            row[c] = tensors[c].select(0, index);
        }
        return row;
    }

    /** The tensors whose rows this dataset holds. */
    public Tensor[] tensors() {
        return tensors.clone();
    }
}
