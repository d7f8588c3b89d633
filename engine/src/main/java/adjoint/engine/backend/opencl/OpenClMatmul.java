package adjoint.engine.backend.opencl;

import adjoint.engine.backend.View;

/**
 * Batched matrix products on the tiled kernels. Each operand is read as row-major or transposed in place (the
 * kernels take a flag); any other layout is first copied to a contiguous buffer on the device. The large tiling is
 * used when it still gives every compute unit a work-group.
 */
final class OpenClMatmul {
    /** {@code -Dadjoint.opencl.tiling=small|large} forces a tiling (for benchmarking the kernels). */
    private static final String FORCED = System.getProperty("adjoint.opencl.tiling", "");

    private OpenClMatmul() {
    }

    static void multiply(OpenClBackend b, View a, View bv, View out) {
        multiply(b, a, bv, out, null);
    }

    /** As above with a given tiling (null: chosen by size). */
    static void multiply(OpenClBackend b, View a, View bv, View out, Kernels.Tiling forced) {
        int rank = out.shape().length;
        int m = out.shape()[rank - 2];
        int n = out.shape()[rank - 1];
        int k = a.shape()[rank - 1];
        if (out.numel() == 0) {
            return;
        }
        int batch = out.numel() / (m * n);
        View target = out.isContiguous() ? out : View.of(b.allocate(out.dtype(), out.numel()), out.shape());
        Side sa = side(b, a, m, k);
        Side sb = side(b, bv, k, n);
        int[] batchLay = Layout.batch(sa.view, sb.view);
        Kernels.Tiling tiling = forced != null ? forced : choose(b, m, n, batch);
        long gx = (long) ((n + tiling.bn - 1) / tiling.bn) * 16;
        long gy = (long) ((m + tiling.bm - 1) / tiling.bm) * 16;
        String kernel = "matmul_" + tiling.name().toLowerCase() + "_" + Kernels.suffix(out.dtype());
        b.run(kernel, () -> b.cl.launch(kernel, new long[] {gx, gy, batch}, new long[] {16, 16, 1},
                m, n, k, ((OpenClStorage) sa.view.storage()).mem, sa.view.offset(), sa.ld, sa.transposed ? 1 : 0,
                ((OpenClStorage) sb.view.storage()).mem, sb.view.offset(), sb.ld, sb.transposed ? 1 : 0,
                b.out(target), target.offset(), batchLay));
        if (target != out) {
            b.copy(target, out);
        }
    }

    private static Kernels.Tiling choose(OpenClBackend b, int m, int n, int batch) {
        if (!FORCED.isEmpty()) {
            return Kernels.Tiling.valueOf(FORCED.toUpperCase());
        }
        long large = (long) ((m + 127) / 128) * ((n + 127) / 128) * batch;
        return large >= b.cl.computeUnits ? Kernels.Tiling.LARGE : Kernels.Tiling.SMALL;
    }

    /** A matrix operand as the kernel reads it: row-major with leading dimension ld, or transposed. */
    private record Side(View view, int ld, boolean transposed) {
    }

    private static Side side(OpenClBackend b, View v, int rows, int cols) {
        int rank = v.shape().length;
        int rs = v.strides()[rank - 2];
        int cs = v.strides()[rank - 1];
        if (cs == 1 || cols == 1) {
            return new Side(v, rs, false);
        }
        if (rs == 1 || rows == 1) {
            return new Side(v, cs, true);
        }
        View c = b.contiguousCopy(v);
        return new Side(c, cols, false);
    }
}
