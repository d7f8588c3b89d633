package adjoint.engine.backend;

import adjoint.engine.TensorException;

/** Index arithmetic that kernels of every backend need: reduction targets, gather sources. */
public final class Layouts {
    private Layouts() {
    }

    /** Contiguous strides of a keepdim-shaped result, with 0 for every size-1 (reduced) dimension. */
    public static int[] keepdimStrides(int[] outShape) {
        int[] strides = new int[outShape.length];
        int s = 1;
        for (int i = outShape.length - 1; i >= 0; i--) {
            strides[i] = outShape[i] == 1 ? 0 : s;
            s *= outShape[i];
        }
        return strides;
    }

    /** Strides under which the row-major enumeration yields each element's coordinate along {@code dim}. */
    public static int[] axisCounter(int[] shape, int dim) {
        int[] strides = new int[shape.length];
        strides[dim] = 1;
        return strides;
    }

    /** Storage offsets into {@code x} selected by {@code index} along {@code dim}, in index's row-major order. */
    public static int[] gatherOffsets(View x, int dim, int[] indexShape, long[] index) {
        int rank = indexShape.length;
        int[] coord = new int[rank];
        int[] out = new int[index.length];
        int size = x.shape()[dim];
        for (int i = 0; i < index.length; i++) {
            long j = index[i];
            if (j < -size || j >= size) {
                throw new TensorException("index " + j + " is out of bounds for dimension " + dim + " with size " + size);
            }
            int pos = x.offset();
            for (int d = 0; d < rank; d++) {
                pos += (d == dim ? (int) (j < 0 ? j + size : j) : coord[d]) * x.strides()[d];
            }
            out[i] = pos;
            for (int d = rank - 1; d >= 0; d--) {
                if (++coord[d] < indexShape[d]) {
                    break;
                }
                coord[d] = 0;
            }
        }
        return out;
    }

    /** Dimensions and per-operand strides after dropping size-1 dimensions and merging ones contiguous for all. */
    public record Coalesced(int[] dims, int[][] strides) {
        public int rank() {
            return dims.length;
        }
    }

    /**
     * Several operands of one shape walked together: size-1 dimensions are dropped and neighbouring dimensions that
     * are contiguous for every operand are merged, so a contiguous tensor becomes one dimension.
     */
    public static Coalesced coalesce(int[] shape, int[][] strides) {
        int ops = strides.length;
        int[] dims = new int[shape.length];
        int[][] st = new int[ops][shape.length];
        int rank = 0;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == 1) {
                continue;
            }
            boolean merge = rank > 0;
            for (int v = 0; v < ops && merge; v++) {
                merge = st[v][rank - 1] == strides[v][d] * shape[d];
            }
            if (merge) {
                dims[rank - 1] *= shape[d];
                for (int v = 0; v < ops; v++) {
                    st[v][rank - 1] = strides[v][d];
                }
            } else {
                dims[rank] = shape[d];
                for (int v = 0; v < ops; v++) {
                    st[v][rank] = strides[v][d];
                }
                rank++;
            }
        }
        int[][] cut = new int[ops][];
        for (int v = 0; v < ops; v++) {
            cut[v] = java.util.Arrays.copyOf(st[v], rank);
        }
        return new Coalesced(java.util.Arrays.copyOf(dims, rank), cut);
    }
}
