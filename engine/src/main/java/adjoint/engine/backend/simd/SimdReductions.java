package adjoint.engine.backend.simd;

import adjoint.engine.backend.ReduceOp;
import adjoint.engine.backend.View;

/**
 * SUM and MAX over the fast layouts: reduced dimensions trailing and contiguous (a row reduction; all dimensions is
 * one long row) or leading with contiguous kept dimensions (a column reduction, as a bias gradient). Other layouts
 * are declined and go to the reference.
 */
final class SimdReductions {
    private static final int GRAIN = 1 << 15;

    private SimdReductions() {
    }

    /** Reduces {@code x} into the contiguous keepdim-shaped {@code out}; false if the layout has no fast path. */
    static boolean reduce(ReduceOp op, View x, View out) {
        int[] shape = x.shape();
        int[] strides = x.strides();
        int[] kept = new int[shape.length];
        int[] reduced = new int[shape.length];
        int nk = 0;
        int nr = 0;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == 1) {
                continue;
            }
            if (out.shape()[d] == 1) {
                reduced[nr++] = d;
            } else {
                kept[nk++] = d;
            }
        }
        if (nr == 0) {
            SimdBackend.INSTANCE.copy(x, out);
            return true;
        }
        boolean keptFirst = nk == 0 || kept[nk - 1] < reduced[0];
        boolean reducedFirst = kept[0] > reduced[nr - 1];
        if (keptFirst && contiguous(reduced, nr, shape, strides)) {
            rows(op == ReduceOp.MAX, x, out, sub(shape, kept, nk), sub(strides, kept, nk), sub(out.strides(), kept, nk),
                    size(shape, reduced, nr));
            return true;
        }
        if (nk > 0 && reducedFirst && contiguous(kept, nk, shape, strides)) {
            columns(op == ReduceOp.MAX, x, out, sub(shape, reduced, nr), sub(strides, reduced, nr), size(shape, kept, nk));
            return true;
        }
        return false;
    }

    private static boolean contiguous(int[] dims, int count, int[] shape, int[] strides) {
        if (strides[dims[count - 1]] != 1) {
            return false;
        }
        for (int i = count - 2; i >= 0; i--) {
            if (strides[dims[i]] != strides[dims[i + 1]] * shape[dims[i + 1]]) {
                return false;
            }
        }
        return true;
    }

    private static int[] sub(int[] values, int[] dims, int count) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = values[dims[i]];
        }
        return out;
    }

    private static int size(int[] shape, int[] dims, int count) {
        int n = 1;
        for (int i = 0; i < count; i++) {
            n *= shape[dims[i]];
        }
        return n;
    }

    /** Each output element reduces one contiguous run of {@code length} elements of x. */
    private static void rows(boolean max, View x, View out, int[] outerShape, int[] xStrides, int[] oStrides, int length) {
        Strided it = Strided.of(outerShape, new int[][] {xStrides, oStrides}, new int[] {x.offset(), out.offset()});
        Object xa = SimdBackend.array(x);
        Object oa = SimdBackend.array(out);
        int outer = it.numel();
        if (outer == 1 && length >= 2 * GRAIN && Parallel.THREADS > 1) {
            int shares = Math.min(Parallel.THREADS, length / GRAIN);
            double[] part = new double[shares];
            Parallel.forEach(shares, s -> {
                int from = (int) ((long) length * s / shares);
                int to = (int) ((long) length * (s + 1) / shares);
                part[s] = run(max, xa, x.offset() + from, to - from);
            });
            double total = max ? Double.NEGATIVE_INFINITY : 0;
            for (double p : part) {
                total = max ? Math.max(total, p) : total + p;
            }
            store(oa, out.offset(), total);
            return;
        }
        int xs = it.innerStride(0);
        int os = it.innerStride(1);
        Parallel.forRange(outer, Math.max(1, GRAIN / Math.max(1, length)), (from, to) -> it.forEach(from, to, (p, n) -> {
            for (int e = 0; e < n; e++) {
                store(oa, p[1] + e * os, run(max, xa, p[0] + e * xs, length));
            }
        }));
    }

    private static double run(boolean max, Object xa, int offset, int length) {
        if (xa instanceof float[] f) {
            return max ? FloatLoops.max(f, offset, length) : FloatLoops.sum(f, offset, length);
        }
        double[] d = (double[]) xa;
        return max ? DoubleLoops.max(d, offset, length) : DoubleLoops.sum(d, offset, length);
    }

    private static void store(Object oa, int at, double value) {
        if (oa instanceof float[] f) {
            f[at] = (float) value;
        } else {
            ((double[]) oa)[at] = value;
        }
    }

    /** Each row of the reduced dimensions adds (or maxes) its contiguous run of {@code width} kept elements into out. */
    private static void columns(boolean max, View x, View out, int[] rowShape, int[] rowStrides, int width) {
        Strided rowsIt = Strided.of(rowShape, new int[][] {rowStrides}, new int[] {x.offset()});
        int rows = rowsIt.numel();
        int rs = rowsIt.innerStride(0);
        Object xa = SimdBackend.array(x);
        Object oa = SimdBackend.array(out);
        int oo = out.offset();
        Parallel.forRange(width, Math.max(64, GRAIN / Math.max(1, rows)), (from, to) -> {
            boolean[] first = {true};
            rowsIt.forEach(0, rows, (p, n) -> {
                for (int e = 0; e < n; e++) {
                    int start = p[0] + e * rs + from;
                    if (first[0]) {
                        System.arraycopy(xa, start, oa, oo + from, to - from);
                        first[0] = false;
                    } else if (xa instanceof float[] f) {
                        FloatLoops.accumulate(max, f, start, (float[]) oa, oo + from, to - from);
                    } else {
                        DoubleLoops.accumulate(max, (double[]) xa, start, (double[]) oa, oo + from, to - from);
                    }
                }
            });
        });
    }
}
