package adjoint.engine.backend;

import adjoint.engine.DType;
import adjoint.engine.Device;
import adjoint.engine.Shapes;

/**
 * Executes the engine's primitives for one kind of device. A backend knows nothing of autograd: it reads and
 * writes strided views. Operands of {@link #binary} and {@link #where} arrive already broadcast to the output's
 * shape (size-1 dimensions expanded with stride 0) and already cast to one computation dtype.
 */
public interface Backend {
    /** A short name shown to users, e.g. {@code cpu}. */
    String name();

    /** The device this backend computes for. */
    Device device();

    /** A zero-filled storage. */
    Storage allocate(DType dtype, int size);

    /** A storage holding {@code data} converted to {@code dtype}. */
    Storage fromDoubles(DType dtype, double[] data);

    /** A storage holding {@code data} converted to {@code dtype}. */
    Storage fromLongs(DType dtype, long[] data);

    /** The elements of a view in row-major order, as doubles. */
    double[] toDoubles(View view);

    /** The elements of a view in row-major order, as longs (floats truncated toward zero). */
    long[] toLongs(View view);

    /** Copies {@code src} into {@code dst} (same shape), converting dtypes. */
    void copy(View src, View dst);

    void fill(View dst, double value);

    void unary(UnaryOp op, View x, View out);

    void binary(BinaryOp op, View a, View b, View out);

    /** {@code out = cond ? a : b}, elementwise; {@code cond} is bool. */
    void where(View cond, View a, View b, View out);

    /**
     * Reduces {@code x} into {@code out}; {@code out} has x's rank with size 1 in every reduced dimension.
     * MAX propagates NaN, as PyTorch does.
     */
    void reduce(ReduceOp op, View x, View out);

    /** Batched matrix product: a [..., M, K] times b [..., K, N] into out [..., M, N], equal batch shapes. */
    void matmul(View a, View b, View out);

    /** {@code out[i][j] = x[index[i][j]][j]} along {@code dim} (any rank), as {@code torch.gather}. */
    void gather(View x, int dim, View index, View out);

    /** {@code dst[index[i][j]][j] += src[i][j]} along {@code dim}, as {@code Tensor.scatter_add_}. */
    void scatterAdd(View dst, int dim, View index, View src);

    /**
     * Runs an elementwise program: {@code out[k] = program's k-th output}. Inputs have the outputs' shape (scalars
     * broadcast with stride 0); all views share one floating dtype. A backend may run it one primitive at a time
     * (the default), or element tile by tile; the results are the same bit for bit.
     */
    default void elementwise(ElementwiseProgram program, View[] inputs, View[] outputs) {
        program.runStepByStep(this, inputs, outputs);
    }

    /**
     * Runs an elementwise program into new storages of {@code dtype}, one per output, contiguous over {@code shape}:
     * {@link #elementwise(ElementwiseProgram, View[], View[])} into freshly allocated outputs (the default). A backend
     * may allocate them while it starts computing.
     */
    default Storage[] elementwiseFresh(ElementwiseProgram program, View[] inputs, DType dtype, int[] shape) {
        Storage[] fresh = new Storage[program.outputs().length];
        View[] outputs = new View[fresh.length];
        for (int k = 0; k < fresh.length; k++) {
            fresh[k] = allocate(dtype, Shapes.numel(shape));
            outputs[k] = View.of(fresh[k], shape);
        }
        elementwise(program, inputs, outputs);
        return fresh;
    }

    /** Index of the first maximum along {@code dim} into an int64 view with size 1 there (NaN counts as maximal). */
    void argmax(View x, int dim, View out);
}
