package adjoint.engine.backend.simd;

import adjoint.engine.backend.Layouts;
import adjoint.engine.backend.View;

/**
 * A row-major walk over several strided operands of one shape, cut into runs along the innermost dimension, so
 * that kernels see {@code (start offset per operand, count)} and a fixed inner stride per operand. Dimensions of
 * size 1 are dropped and neighbouring dimensions that are contiguous for every operand are merged first, so a
 * contiguous tensor is one run.
 */
final class Strided {
    private final int[] shape;
    private final int[][] strides;
    private final int[] offsets;
    private final int numel;

    private Strided(int[] shape, int[][] strides, int[] offsets, int numel) {
        this.shape = shape;
        this.strides = strides;
        this.offsets = offsets;
        this.numel = numel;
    }

    /** The walk over {@code views}, which all have the shape {@code shape}. */
    static Strided of(int[] shape, View... views) {
        int[][] strides = new int[views.length][];
        int[] offsets = new int[views.length];
        for (int v = 0; v < views.length; v++) {
            strides[v] = views[v].strides();
            offsets[v] = views[v].offset();
        }
        return of(shape, strides, offsets);
    }

    static Strided of(int[] shape, int[][] strides, int[] offsets) {
        int ops = strides.length;
        int numel = 1;
        for (int size : shape) {
            numel *= size;
        }
        Layouts.Coalesced walk = Layouts.coalesce(shape, strides);
        if (walk.rank() == 0) {
            return new Strided(new int[] {1}, new int[ops][1], offsets, numel);
        }
        return new Strided(walk.dims(), walk.strides(), offsets, numel);
    }

    int numel() {
        return numel;
    }

    /** The number of dimensions left after merging. */
    int rank() {
        return shape.length;
    }

    int size(int d) {
        return shape[d];
    }

    int stride(int v, int d) {
        return strides[v][d];
    }

    int offset(int v) {
        return offsets[v];
    }

    /** The length of a full run. */
    int runLength() {
        return shape[shape.length - 1];
    }

    /** The stride of operand {@code v} within a run. */
    int innerStride(int v) {
        return strides[v][shape.length - 1];
    }

    /** A kernel over one run: {@code starts[v]} is operand v's offset of the run's first element. */
    interface Run {
        void run(int[] starts, int count);
    }

    /** Calls {@code run} for the runs that cover elements {@code [from, to)} in row-major order. */
    void forEach(int from, int to, Run run) {
        if (from >= to) {
            return;
        }
        int rank = shape.length;
        int ops = offsets.length;
        int[] idx = new int[rank];
        int[] pos = offsets.clone();
        int rem = from;
        for (int d = rank - 1; d >= 0; d--) {
            idx[d] = rem % shape[d];
            rem /= shape[d];
            for (int v = 0; v < ops; v++) {
                pos[v] += idx[d] * strides[v][d];
            }
        }
        int[] starts = new int[ops];
        int inner = rank - 1;
        for (int e = from; e < to; ) {
            int count = Math.min(shape[inner] - idx[inner], to - e);
            System.arraycopy(pos, 0, starts, 0, ops);
            run.run(starts, count);
            e += count;
            idx[inner] += count;
            for (int v = 0; v < ops; v++) {
                pos[v] += count * strides[v][inner];
            }
            for (int d = inner; d > 0 && idx[d] == shape[d]; d--) {
                idx[d] = 0;
                idx[d - 1]++;
                for (int v = 0; v < ops; v++) {
                    pos[v] += strides[v][d - 1] - shape[d] * strides[v][d];
                }
            }
        }
    }
}
