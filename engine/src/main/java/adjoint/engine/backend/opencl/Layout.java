package adjoint.engine.backend.opencl;

import adjoint.engine.backend.Layouts;
import adjoint.engine.backend.View;

/**
 * The structs the kernels take by value, as int arrays in the kernels' field order (see {@link Kernels}). An
 * elementwise layout merges dimensions the way the SIMD backend does, so most operations reach the kernels with
 * rank 1 or 2; a layout that still has more than {@link Kernels#MAXD} dimensions is null and the operation runs on
 * the host instead.
 */
final class Layout {
    private static final int D = Kernels.MAXD;

    private Layout() {
    }

    /** {@code Lay}: rank, n, shape[D], st[4][D], off[4] for up to four operands of one shape. */
    static int[] elementwise(int[] shape, int[][] strides, int[] offsets) {
        int ops = strides.length;
        int n = 1;
        for (int size : shape) {
            n *= size;
        }
        Layouts.Coalesced walk = Layouts.coalesce(shape, strides);
        int rank = walk.rank();
        int[] dims = walk.dims();
        int[][] st = walk.strides();
        if (rank > D) {
            return null;
        }
        int[] lay = new int[2 + D + 4 * D + 4];
        lay[0] = rank;
        lay[1] = n;
        for (int d = 0; d < rank; d++) {
            lay[2 + d] = dims[d];
            for (int v = 0; v < ops; v++) {
                lay[2 + D + v * D + d] = st[v][d];
            }
        }
        for (int v = 0; v < ops; v++) {
            lay[2 + 5 * D + v] = offsets[v];
        }
        return lay;
    }

    static int[] elementwise(int[] shape, View... views) {
        int[][] strides = new int[views.length][];
        int[] offsets = new int[views.length];
        for (int v = 0; v < views.length; v++) {
            strides[v] = views[v].strides();
            offsets[v] = views[v].offset();
        }
        return elementwise(shape, strides, offsets);
    }

    /**
     * {@code RLay} for reducing x into the keepdim-shaped out: the kept dimensions (x and out strides) and the
     * reduced ones (x strides), each merged where contiguous.
     */
    static int[] reduction(View x, View out) {
        int rank = x.shape().length;
        int[] keptShape = new int[rank];
        int[] keptX = new int[rank];
        int[] keptO = new int[rank];
        int[] redShape = new int[rank];
        int[] redX = new int[rank];
        int nk = 0;
        int nr = 0;
        boolean lastReduced = false;
        for (int d = 0; d < rank; d++) {
            int s = x.shape()[d];
            if (s == 1) {
                continue;
            }
            boolean reduced = out.shape()[d] == 1;
            boolean follows = (nk + nr) > 0 && lastReduced == reduced;
            lastReduced = reduced;
            if (reduced) {
                if (follows && redX[nr - 1] == x.strides()[d] * s) {
                    redShape[nr - 1] *= s;
                    redX[nr - 1] = x.strides()[d];
                } else {
                    redShape[nr] = s;
                    redX[nr++] = x.strides()[d];
                }
            } else if (follows && keptX[nk - 1] == x.strides()[d] * s && keptO[nk - 1] == out.strides()[d] * s) {
                keptShape[nk - 1] *= s;
                keptX[nk - 1] = x.strides()[d];
                keptO[nk - 1] = out.strides()[d];
            } else {
                keptShape[nk] = s;
                keptX[nk] = x.strides()[d];
                keptO[nk++] = out.strides()[d];
            }
        }
        if (nk > D || nr > D) {
            return null;
        }
        int[] lay = new int[2 + 3 * D + 2 + 2 * D + 2];
        lay[0] = nk;
        lay[1] = out.numel();
        lay[2 + 3 * D] = Math.max(1, nr);
        lay[3 + 3 * D] = x.numel() / Math.max(1, out.numel());
        for (int d = 0; d < nk; d++) {
            lay[2 + d] = keptShape[d];
            lay[2 + D + d] = keptX[d];
            lay[2 + 2 * D + d] = keptO[d];
        }
        if (nr == 0) {
            lay[4 + 3 * D] = 1;
        }
        for (int d = 0; d < nr; d++) {
            lay[4 + 3 * D + d] = redShape[d];
            lay[4 + 4 * D + d] = redX[d];
        }
        lay[4 + 5 * D] = x.offset();
        lay[5 + 5 * D] = out.offset();
        return lay;
    }

    /** {@code RLay} for reducing a contiguous [rows, cols] block of partial results along cols into out. */
    static int[] partials(int rows, int cols, View out) {
        int[] lay = new int[2 + 3 * D + 2 + 2 * D + 2];
        lay[0] = 1;
        lay[1] = rows;
        lay[2] = rows;
        lay[2 + D] = cols;
        lay[2 + 2 * D] = 1;
        lay[2 + 3 * D] = 1;
        lay[3 + 3 * D] = cols;
        lay[4 + 3 * D] = cols;
        lay[4 + 4 * D] = 1;
        lay[4 + 5 * D] = 0;
        lay[5 + 5 * D] = out.offset();
        return lay;
    }

    /** {@code GLay} for gather (x, index, out) or scatter-add (dst, index, src): index's shape is the range. */
    static int[] indexed(View x, int dim, View index, View other, int n) {
        int rank = index.shape().length;
        if (rank > D) {
            return null;
        }
        int[] lay = new int[4 + 4 * D + 3];
        lay[0] = rank;
        lay[1] = n;
        lay[2] = dim;
        lay[3] = x.shape()[dim];
        for (int d = 0; d < rank; d++) {
            lay[4 + d] = index.shape()[d];
            lay[4 + D + d] = x.strides()[d];
            lay[4 + 2 * D + d] = index.strides()[d];
            lay[4 + 3 * D + d] = other.strides()[d];
        }
        lay[4 + 4 * D] = x.offset();
        lay[5 + 4 * D] = index.offset();
        lay[6 + 4 * D] = other.offset();
        return lay;
    }

    /** {@code ALay} for argmax along {@code dim}: out's shape (size 1 at dim) is the range. */
    static int[] argmax(View x, int dim, View out) {
        int rank = x.shape().length;
        if (rank > D) {
            return null;
        }
        int[] lay = new int[4 + 3 * D + 2];
        lay[0] = rank;
        lay[1] = out.numel();
        lay[2] = x.shape()[dim];
        lay[3] = x.strides()[dim];
        for (int d = 0; d < rank; d++) {
            lay[4 + d] = out.shape()[d];
            lay[4 + D + d] = x.strides()[d];
            lay[4 + 2 * D + d] = out.strides()[d];
        }
        lay[4 + 3 * D] = x.offset();
        lay[5 + 3 * D] = out.offset();
        return lay;
    }

    /** {@code BLay}: the batch dimensions of a matrix product with a's and b's strides (0 where broadcast). */
    static int[] batch(View a, View b) {
        int dims = a.shape().length - 2;
        if (dims > D) {
            return null;
        }
        int[] lay = new int[1 + 3 * D];
        lay[0] = dims;
        for (int d = 0; d < dims; d++) {
            lay[1 + d] = a.shape()[d];
            lay[1 + D + d] = a.strides()[d];
            lay[1 + 2 * D + d] = b.strides()[d];
        }
        return lay;
    }
}
