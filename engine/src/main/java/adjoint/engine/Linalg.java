package adjoint.engine;

/** The matrix-product primitive (batched, with broadcast batch dimensions) and matmul's 1-D rules on top of it. */
final class Linalg {
    private Linalg() {
    }

    static Tensor matmul(Tensor a, Tensor b) {
        if (a.dim() == 0 || b.dim() == 0) {
            throw new TensorException("both arguments to matmul need to be at least 1D, but they are " + a.dim() + "D and "
                    + b.dim() + "D");
        }
        if (a.dim() == 1 && b.dim() == 1 && a.numel() != b.numel()) {
            throw new TensorException("inconsistent tensor size, expected tensor [" + a.numel() + "] and src ["
                    + b.numel() + "] to have the same number of elements, but got " + a.numel() + " and " + b.numel()
                    + " elements respectively");
        }
        Tensor a2 = a.dim() == 1 ? a.unsqueeze(0) : a;
        Tensor b2 = b.dim() == 1 ? b.unsqueeze(-1) : b;
        Tensor out = product(a2, b2);
        if (b.dim() == 1) {
            out = out.squeeze(-1);
        }
        if (a.dim() == 1) {
            out = out.squeeze(b.dim() == 1 ? -1 : -2);
        }
        return out;
    }

    static Tensor dot(Tensor a, Tensor b) {
        if (a.dim() != 1 || b.dim() != 1) {
            throw new TensorException("1D tensors expected, but got " + a.dim() + "D and " + b.dim() + "D tensors");
        }
        return matmul(a, b);
    }

    /** The primitive: a [..., M, K] times b [..., K, N], batch dimensions broadcast. */
    static Tensor product(Tensor a, Tensor b) {
        if (a.dtype() != b.dtype()) {
            throw new TensorException("expected scalar type " + a.dtype().scalarTypeName() + " but found "
                    + b.dtype().scalarTypeName());
        }
        int ra = a.dim();
        int rb = b.dim();
        int m = a.shape()[ra - 2];
        int k = a.shape()[ra - 1];
        int n = b.shape()[rb - 1];
        if (b.shape()[rb - 2] != k) {
            throw new TensorException("mat1 and mat2 shapes cannot be multiplied (" + rows(a) + "x" + k + " and "
                    + b.shape()[rb - 2] + "x" + n + ")");
        }
        int[] batch = Shapes.broadcast(java.util.Arrays.copyOf(a.shape(), ra - 2), java.util.Arrays.copyOf(b.shape(), rb - 2));
        int[] aShape = concat(batch, m, k);
        int[] bShape = concat(batch, k, n);
        Tensor out = Tensor.zerosOn(Tensor.placeOf(a, b), a.dtype(), concat(batch, m, n));
        Tensor.exec(out).matmul(Pointwise.broadcast(a.strided(), aShape), Pointwise.broadcast(b.strided(), bShape),
                out.strided());
        return Autograd.record(out, "matmul", new Tensor[] {a, b}, (g, need) -> Pointwise.two(
                need[0] ? (columnMajor(a) ? product(b, g.transpose(-1, -2)).transpose(-1, -2) : product(g, b.transpose(-1, -2)))
                        : null,
                need[1] ? (columnMajor(b) ? product(g.transpose(-1, -2), a).transpose(-1, -2) : product(a.transpose(-1, -2), g))
                        : null), a, b);
    }

    /**
     * Whether {@code t}'s matrices are laid out column by column, as {@code weight.t()} in a linear layer: its
     * gradient is then computed as the transpose of the transposed product, so that it comes out laid out as
     * {@code t} is and the transpose back to the weight needs no copy. Same sums, same order.
     */
    private static boolean columnMajor(Tensor t) {
        int r = t.dim();
        int[] strides = t.strides();
        int[] shape = t.shapeRef();
        return strides[r - 2] == 1 && shape[r - 2] > 1 && shape[r - 1] > 1 && strides[r - 1] != 1;
    }

    private static int rows(Tensor a) {
        return a.numel() / Math.max(1, a.shape()[a.dim() - 1]);
    }

    private static int[] concat(int[] batch, int x, int y) {
        int[] out = java.util.Arrays.copyOf(batch, batch.length + 2);
        out[batch.length] = x;
        out[batch.length + 1] = y;
        return out;
    }

}
