package adjoint.engine.backend.simd;

/**
 * A copy between two-dimensional layouts whose inner strides differ (a transpose made contiguous), in 32 x 32
 * tiles so that both the reads and the writes stay within a few cache lines.
 */
final class Transpose {
    private static final int TILE = 32;

    private Transpose() {
    }

    /** Copies operand 0 into operand 1 of a rank-2 walk; both arrays float[] or both double[]. */
    static void copy(Strided it, Object x, Object o) {
        int rows = it.size(0);
        int cols = it.size(1);
        int xr = it.stride(0, 0);
        int xc = it.stride(0, 1);
        int or = it.stride(1, 0);
        int oc = it.stride(1, 1);
        int xo = it.offset(0);
        int oo = it.offset(1);
        int tiles = (rows + TILE - 1) / TILE;
        Parallel.forRange(tiles, Math.max(1, (1 << 15) / (TILE * Math.max(1, cols))), (from, to) -> {
            for (int i0 = from * TILE; i0 < Math.min(rows, to * TILE); i0 += TILE) {
                int i1 = Math.min(rows, i0 + TILE);
                for (int j0 = 0; j0 < cols; j0 += TILE) {
                    int j1 = Math.min(cols, j0 + TILE);
                    if (x instanceof float[] xf) {
                        float[] of = (float[]) o;
                        for (int j = j0; j < j1; j++) {
                            for (int i = i0; i < i1; i++) {
                                of[oo + i * or + j * oc] = xf[xo + i * xr + j * xc];
                            }
                        }
                    } else {
                        double[] xd = (double[]) x;
                        double[] od = (double[]) o;
                        for (int j = j0; j < j1; j++) {
                            for (int i = i0; i < i1; i++) {
                                od[oo + i * or + j * oc] = xd[xo + i * xr + j * xc];
                            }
                        }
                    }
                }
            }
        });
    }
}
