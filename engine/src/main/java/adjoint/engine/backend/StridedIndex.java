package adjoint.engine.backend;

/** Storage offsets of a strided view's elements, enumerated in row-major order. */
final class StridedIndex {
    private StridedIndex() {
    }

    static int[] offsets(View v) {
        return offsets(v.shape(), v.strides(), v.offset());
    }

    static int[] offsets(int[] shape, int[] strides, int offset) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        int rank = shape.length;
        int[] idx = new int[rank];
        int pos = offset;
        for (int i = 0; i < n; i++) {
            out[i] = pos;
            for (int d = rank - 1; d >= 0; d--) {
                idx[d]++;
                pos += strides[d];
                if (idx[d] < shape[d]) {
                    break;
                }
                pos -= strides[d] * shape[d];
                idx[d] = 0;
            }
        }
        return out;
    }
}
