package adjoint.engine.nn;

import adjoint.engine.Generator;
import adjoint.engine.NoGrad;
import adjoint.engine.Shapes;
import adjoint.engine.Tensor;
import adjoint.engine.TensorException;

/**
 * A table of {@code num} vectors of length {@code dim} looked up by int64 indices, as {@code torch.nn.Embedding};
 * initialised from N(0, 1). With a padding index, that row starts at zero and never receives a gradient.
 *
 * <pre>{@code
 * var emb = Embedding.of(Tensor.of(new double[][] {{0, 1}, {2, 3}, {4, 5}}));
 * emb.forward(Tensor.fromLongs(DType.INT64, new long[] {2, 0}, 2)); // [[4, 5], [0, 1]]
 * }</pre>
 */
public final class Embedding extends Module {
    private final Tensor weight;
    private final Integer paddingIdx;

    public Embedding(int num, int dim, Generator generator) {
        this(Tensor.randn(generator, num, dim), null, true);
    }

    /** A table whose row {@code paddingIdx} (negative counts from the end) is zero and gets no gradient. */
    public Embedding(int num, int dim, int paddingIdx, Generator generator) {
        this(Tensor.randn(generator, num, dim), paddingIdx, true);
    }

    private Embedding(Tensor table, Integer paddingIdx, boolean zeroPadding) {
        if (table.dim() != 2) {
            throw new TensorException("Embedding weight must be 2-D [num_embeddings, embedding_dim], got "
                    + Shapes.format(table.shape()));
        }
        Integer pad = paddingIdx;
        if (pad != null) {
            if (pad >= table.size(0) || pad < -table.size(0)) {
                throw new TensorException("Padding_idx must be within num_embeddings");
            }
            pad = pad < 0 ? pad + table.size(0) : pad;
            if (zeroPadding) {
                try (var scope = NoGrad.enter()) {
                    table.select(0, pad).zero_();
                }
            }
        }
        this.paddingIdx = pad;
        this.weight = registerParameter("weight", table);
    }

    /** An embedding with the given table {@code [num, dim]} (a leaf is used as is, and is trained). */
    public static Embedding of(Tensor weight) {
        return new Embedding(weight, null, false);
    }

    /** As {@link #of(Tensor)} with a padding row, left as given (as {@code from_pretrained}). */
    public static Embedding of(Tensor weight, int paddingIdx) {
        return new Embedding(weight, paddingIdx, false);
    }

    @Override
    public Tensor forward(Tensor indices) {
        Tensor rows = Functional.embedding(indices, weight);
        if (paddingIdx == null) {
            return rows;
        }
        Tensor padded = indices.eq(Tensor.number((long) paddingIdx)).unsqueeze(-1);
        return Tensor.where(padded, rows.detach(), rows);
    }

    public Tensor weight() {
        return weight;
    }

    /** The padding row (non-negative), or null. */
    public Integer paddingIdx() {
        return paddingIdx;
    }

    public int numEmbeddings() {
        return weight.size(0);
    }

    public int embeddingDim() {
        return weight.size(1);
    }

    @Override
    protected String extraRepr() {
        return numEmbeddings() + ", " + embeddingDim() + (paddingIdx == null ? "" : ", padding_idx=" + paddingIdx);
    }
}
