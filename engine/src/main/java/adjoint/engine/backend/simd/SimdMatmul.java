package adjoint.engine.backend.simd;

import adjoint.engine.backend.View;

/** Batched matrix products on the GEMM kernels: batches in parallel when each product is small. */
final class SimdMatmul {
    private SimdMatmul() {
    }

    /** {@code out = a @ b} for floating views of shapes [..., M, K], [..., K, N] and a contiguous [..., M, N]. */
    static void multiply(View a, View b, View out) {
        int rank = out.shape().length;
        int m = out.shape()[rank - 2];
        int n = out.shape()[rank - 1];
        int k = a.shape()[rank - 1];
        int batch = out.numel() / Math.max(1, m * n);
        if (m == 0 || n == 0 || batch == 0) {
            return;
        }
        int[] aOff = batchOffsets(a, batch);
        int[] bOff = batchOffsets(b, batch);
        int[] as = a.strides();
        int[] bs = b.strides();
        Object ad = SimdBackend.array(a);
        Object bd = SimdBackend.array(b);
        Object cd = SimdBackend.array(out);
        boolean small = 2L * m * n * k < 4_000_000L;
        java.util.function.IntConsumer one = p -> {
            int co = out.offset() + p * m * n;
            if (cd instanceof float[] c) {
                FloatGemm.multiply(m, n, k, new FloatGemm.Operand((float[]) ad, aOff[p], as[rank - 2], as[rank - 1]),
                        new FloatGemm.Operand((float[]) bd, bOff[p], bs[rank - 2], bs[rank - 1]), c, co, n, !small || batch == 1);
            } else {
                DoubleGemm.multiply(m, n, k, new DoubleGemm.Operand((double[]) ad, aOff[p], as[rank - 2], as[rank - 1]),
                        new DoubleGemm.Operand((double[]) bd, bOff[p], bs[rank - 2], bs[rank - 1]), (double[]) cd, co, n,
                        !small || batch == 1);
            }
        };
        if (small && batch > 1) {
            Parallel.forRange(batch, Math.max(1, (int) (1_000_000L / (2L * m * n * Math.max(1, k)))), (from, to) -> {
                for (int p = from; p < to; p++) {
                    one.accept(p);
                }
            });
        } else {
            for (int p = 0; p < batch; p++) {
                one.accept(p);
            }
        }
    }

    /** The storage offset of each batch's matrix, batch dimensions in row-major order (stride 0 where broadcast). */
    private static int[] batchOffsets(View v, int batch) {
        int dims = v.shape().length - 2;
        int[] out = new int[batch];
        int[] idx = new int[dims];
        int pos = v.offset();
        for (int p = 0; p < batch; p++) {
            out[p] = pos;
            for (int d = dims - 1; d >= 0; d--) {
                idx[d]++;
                pos += v.strides()[d];
                if (idx[d] < v.shape()[d]) {
                    break;
                }
                pos -= v.strides()[d] * v.shape()[d];
                idx[d] = 0;
            }
        }
        return out;
    }
}
