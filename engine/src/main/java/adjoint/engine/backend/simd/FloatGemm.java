package adjoint.engine.backend.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * float32 matrix product {@code C = A B} in the BLIS manner: B is packed a K-block at a time into column strips
 * of {@code NR}, each thread packs its rows of A into strips of {@code MR}, and a register-tiled micro-kernel keeps
 * an {@code MR x NR} block of C in 16 vector accumulators, one fused multiply-add per lane and step. Any strides
 * work (transposed and broadcast operands are packed like any other). {@link DoubleGemm} mirrors this file.
 */
final class FloatGemm {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int V = S.length();
    /**
     * The micro-kernel's shape: 6 rows x 4 vectors (24 accumulators, the default) or 8 rows x 2 vectors (16). On a
     * Xeon (2026-11-22) 6 x 4 ran a 1024 product 1.6 times as fast on one core; on a Zen 4 the two were even.
     */
    private static final boolean SIX_BY_FOUR = !"8x2".equals(System.getProperty("adjoint.simd.kernel", "6x4"));
    static final int MR = SIX_BY_FOUR ? 6 : 8;
    static final int NR = (SIX_BY_FOUR ? 4 : 2) * V;
    private static final int KC = 256;
    private static final long PARALLEL_FLOPS = 16_000_000L;
    /** The most rows of A one task packs; the rows are split into blocks of about equal size up to this. */
    private static final int MC = 144;
    private static final ThreadLocal<float[]> A_PACK = ThreadLocal.withInitial(() -> new float[(MC + MR - 1) / MR * MR * KC]);
    private static final ThreadLocal<float[]> TILE = ThreadLocal.withInitial(() -> new float[MR * NR]);
    /** The packed B of the calling thread, kept between products up to this many elements (4 MB of float32). */
    private static final int B_PACK_KEPT = 1 << 20;
    private static final ThreadLocal<float[]> B_PACK = ThreadLocal.withInitial(() -> new float[0]);

    private FloatGemm() {
    }

    /** One matrix operand: {@code x[offset + i * rowStride + j * colStride]}. */
    record Operand(float[] data, int offset, int rowStride, int colStride) {
    }

    /**
     * {@code C[m x n] = A[m x k] B[k x n]}, C row-major with leading dimension {@code ldc} at {@code co}; on
     * {@code threads} threads at most.
     */
    static void multiply(int m, int n, int k, Operand a, Operand b, float[] c, int co, int ldc, boolean parallel) {
        if (k == 0) {
            for (int i = 0; i < m; i++) {
                java.util.Arrays.fill(c, co + i * ldc, co + i * ldc + n, 0f);
            }
            return;
        }
        if (2L * m * n * k < PARALLEL_FLOPS && FloatDotProducts.suits(a, b, k)) {
            FloatDotProducts.multiply(m, n, k, a, b, c, co, ldc);
            return;
        }
        int strips = (n + NR - 1) / NR;
        float[] bp = bPack(Math.min(KC, k) * strips * NR);
        // Below about 16 MFLOP (a batch of 64 through a 784-64 layer is 6.4), waking the other threads once per K-block
        // costs more than it saves on the 2-core machine of issue #4 (measured 2026-11-22).
        boolean threaded = parallel && 2L * m * n * k >= PARALLEL_FLOPS && Parallel.THREADS > 1;
        // A small product reads B's whole strips where they are when its rows are contiguous (only a partial last
        // strip is packed): packing a 64 x 784 operand cost about a sixth of the product.
        boolean inPlaceB = !threaded && b.colStride() == 1 && 2L * m * n * k < PARALLEL_FLOPS;
        int rowBlocks = (m + MC - 1) / MC;
        if (threaded && rowBlocks >= Parallel.THREADS) {
            rowBlocks = (rowBlocks + Parallel.THREADS - 1) / Parallel.THREADS * Parallel.THREADS;
        }
        int mc = Math.min(MC, ((m + rowBlocks - 1) / rowBlocks + MR - 1) / MR * MR);
        rowBlocks = (m + mc - 1) / mc;
        int columnChunks = threaded ? Math.max(1, Math.min(strips, (2 * Parallel.THREADS + rowBlocks - 1) / rowBlocks)) : 1;
        for (int pc = 0; pc < k; pc += KC) {
            int kc = Math.min(KC, k - pc);
            int p0 = pc;
            if (inPlaceB) {
                packB(b, pc, kc, n, n / NR, strips, bp);
            } else if (threaded && strips > 1) {
                Parallel.forRange(strips, 4, (from, to) -> packB(b, p0, kc, n, from, to, bp));
            } else {
                packB(b, pc, kc, n, 0, strips, bp);
            }
            boolean add = pc > 0;
            Parallel.Range task = (from, to) -> {
                for (int t = from; t < to; t++) {
                    int ib = t / columnChunks;
                    int chunk = t % columnChunks;
                    int s0 = (int) ((long) strips * chunk / columnChunks);
                    int s1 = (int) ((long) strips * (chunk + 1) / columnChunks);
                    block(a, p0, kc, ib * mc, Math.min(mc, m - ib * mc), s0, s1, n, bp, b, inPlaceB, c, co, ldc, add);
                }
            };
            if (threaded) {
                Parallel.forRange(rowBlocks * columnChunks, 1, task);
            } else {
                task.run(0, rowBlocks * columnChunks);
            }
        }
    }

    /**
     * A buffer for packed B, reused by the calling thread's next product (allocating and zeroing a fresh one cost
     * as much as packing into it for a 64 x 784 operand). Packing writes every element a product reads.
     */
    private static float[] bPack(int size) {
        if (size > B_PACK_KEPT) {
            return new float[size];
        }
        float[] kept = B_PACK.get();
        if (kept.length < size) {
            kept = new float[size];
            B_PACK.set(kept);
        }
        return kept;
    }

    /** Rows {@code [i0, i0 + mc)} of C times column strips {@code [s0, s1)}, for one K-block. */
    private static void block(Operand a, int pc, int kc, int i0, int mc, int s0, int s1, int n, float[] bp, Operand b,
                              boolean inPlaceB, float[] c, int co, int ldc, boolean add) {
        float[] ap = A_PACK.get();
        int rowStrips = (mc + MR - 1) / MR;
        // With few column strips packing A costs more than it saves: whole strips are then read where they are.
        boolean inPlace = s1 - s0 <= 4;
        int packedFrom = inPlace ? mc / MR : 0;
        if (packedFrom < rowStrips) {
            packA(a, pc, kc, i0 + packedFrom * MR, mc - packedFrom * MR, rowStrips - packedFrom, ap);
        }
        int rs = a.rowStride();
        int cs = a.colStride();
        for (int t = s0; t < s1; t++) {
            int cols = Math.min(NR, n - t * NR);
            boolean rowsInPlace = inPlaceB && cols == NR;
            float[] bd = rowsInPlace ? b.data() : bp;
            int pb = rowsInPlace ? b.offset() + pc * b.rowStride() + t * NR : t * kc * NR;
            int bks = rowsInPlace ? b.rowStride() : NR;
            for (int s = 0; s < rowStrips; s++) {
                int rows = Math.min(MR, mc - s * MR);
                int at = co + (i0 + s * MR) * ldc + t * NR;
                if (s < packedFrom) {
                    kernel(kc, a.data(), a.offset() + (i0 + s * MR) * rs + pc * cs, rs, cs, bd, pb, bks, c, at, ldc,
                            rows, cols, add);
                } else {
                    kernel(kc, ap, (s - packedFrom) * kc * MR, 1, MR, bd, pb, bks, c, at, ldc, rows, cols, add);
                }
            }
        }
    }

    /** Packs rows [i0, i0 + mc) and columns [pc, pc + kc) of A into MR-high strips, zero-padded past row mc. */
    private static void packA(Operand a, int pc, int kc, int i0, int mc, int rowStrips, float[] ap) {
        float[] d = a.data();
        int rs = a.rowStride();
        int cs = a.colStride();
        for (int s = 0; s < rowStrips; s++) {
            int base = s * kc * MR;
            int rows = Math.min(MR, mc - s * MR);
            if (rows < MR) {
                java.util.Arrays.fill(ap, base, base + kc * MR, 0f);
            }
            int src = a.offset() + (i0 + s * MR) * rs + pc * cs;
            if (cs == 1) {
                for (int r = 0; r < rows; r++) {
                    for (int kk = 0; kk < kc; kk++) {
                        ap[base + kk * MR + r] = d[src + r * rs + kk];
                    }
                }
            } else {
                for (int kk = 0; kk < kc; kk++) {
                    for (int r = 0; r < rows; r++) {
                        ap[base + kk * MR + r] = d[src + r * rs + kk * cs];
                    }
                }
            }
        }
    }

    /** Packs rows [pc, pc + kc) of B into NR-wide strips [from, to), zero-padded past column n. */
    private static void packB(Operand b, int pc, int kc, int n, int from, int to, float[] bp) {
        float[] d = b.data();
        for (int t = from; t < to; t++) {
            int base = t * kc * NR;
            int j0 = t * NR;
            int cols = Math.min(NR, n - j0);
            if (cols < NR) {
                java.util.Arrays.fill(bp, base, base + kc * NR, 0f);
            }
            if (b.colStride() == 1) {
                for (int kk = 0; kk < kc; kk++) {
                    System.arraycopy(d, b.offset() + (pc + kk) * b.rowStride() + j0, bp, base + kk * NR, cols);
                }
            } else {
                // A transposed B: walk each column, which is (nearly) contiguous in memory, 16 rows of the strip at
                // a time so that the rows being written stay in the L1 cache.
                int rs = b.rowStride();
                for (int k0 = 0; k0 < kc; k0 += 16) {
                    int k1 = Math.min(kc, k0 + 16);
                    for (int j = 0; j < cols; j++) {
                        int src = b.offset() + (pc + k0) * rs + (j0 + j) * b.colStride();
                        for (int kk = k0, at = base + k0 * NR + j; kk < k1; kk++, src += rs, at += NR) {
                            bp[at] = d[src];
                        }
                    }
                }
            }
        }
    }

    /** One MR x NR block of C: straight into C when whole, else through a tile and only its valid part. */
    private static void kernel(int kc, float[] ap, int pa, int ars, int acs, float[] bp, int pb, int bks, float[] c, int at,
                               int ldc, int rows, int cols, boolean add) {
        if (rows == MR && cols == NR) {
            tile(kc, ap, pa, ars, acs, bp, pb, bks, c, at, ldc, add);
            return;
        }
        float[] tile = TILE.get();
        tile(kc, ap, pa, ars, acs, bp, pb, bks, tile, 0, NR, false);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++) {
                c[at + r * ldc + j] = add ? c[at + r * ldc + j] + tile[r * NR + j] : tile[r * NR + j];
            }
        }
    }

    /**
     * A's element (r, kk) of the strip is {@code ap[pa + r * ars + kk * acs]}, packed (1, MR) or read in place; B's
     * row kk of the strip starts at {@code bp[pb + kk * bks]}, packed (NR) or read in place.
     */
    private static void tile(int kc, float[] ap, int pa, int ars, int acs, float[] bp, int pb, int bks, float[] c, int at,
                             int ldc, boolean add) {
        if (SIX_BY_FOUR) {
            tile6x4(kc, ap, pa, ars, acs, bp, pb, bks, c, at, ldc, add);
        } else {
            tile8x2(kc, ap, pa, ars, acs, bp, pb, bks, c, at, ldc, add);
        }
    }

    /** The register-tiled micro-kernel: 16 accumulators, each step two B vectors and eight broadcast A values. */
    private static void tile8x2(int kc, float[] ap, int pa, int ars, int acs, float[] bp, int pb, int bks, float[] c, int at,
                                int ldc,
                                boolean add) {
        FloatVector c00 = start(c, at, add), c01 = start(c, at + V, add);
        FloatVector c10 = start(c, at + ldc, add), c11 = start(c, at + ldc + V, add);
        FloatVector c20 = start(c, at + 2 * ldc, add), c21 = start(c, at + 2 * ldc + V, add);
        FloatVector c30 = start(c, at + 3 * ldc, add), c31 = start(c, at + 3 * ldc + V, add);
        FloatVector c40 = start(c, at + 4 * ldc, add), c41 = start(c, at + 4 * ldc + V, add);
        FloatVector c50 = start(c, at + 5 * ldc, add), c51 = start(c, at + 5 * ldc + V, add);
        FloatVector c60 = start(c, at + 6 * ldc, add), c61 = start(c, at + 6 * ldc + V, add);
        FloatVector c70 = start(c, at + 7 * ldc, add), c71 = start(c, at + 7 * ldc + V, add);
        for (int kk = 0; kk < kc; kk++, pa += acs, pb += bks) {
            FloatVector b0 = FloatVector.fromArray(S, bp, pb);
            FloatVector b1 = FloatVector.fromArray(S, bp, pb + V);
            FloatVector x = FloatVector.broadcast(S, ap[pa]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, ap[pa + ars]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, ap[pa + 2 * ars]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, ap[pa + 3 * ars]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(S, ap[pa + 4 * ars]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(S, ap[pa + 5 * ars]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            x = FloatVector.broadcast(S, ap[pa + 6 * ars]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            x = FloatVector.broadcast(S, ap[pa + 7 * ars]);
            c70 = x.fma(b0, c70);
            c71 = x.fma(b1, c71);
        }
        c00.intoArray(c, at);
        c01.intoArray(c, at + V);
        c10.intoArray(c, at + ldc);
        c11.intoArray(c, at + ldc + V);
        c20.intoArray(c, at + 2 * ldc);
        c21.intoArray(c, at + 2 * ldc + V);
        c30.intoArray(c, at + 3 * ldc);
        c31.intoArray(c, at + 3 * ldc + V);
        c40.intoArray(c, at + 4 * ldc);
        c41.intoArray(c, at + 4 * ldc + V);
        c50.intoArray(c, at + 5 * ldc);
        c51.intoArray(c, at + 5 * ldc + V);
        c60.intoArray(c, at + 6 * ldc);
        c61.intoArray(c, at + 6 * ldc + V);
        c70.intoArray(c, at + 7 * ldc);
        c71.intoArray(c, at + 7 * ldc + V);
    }

    /** The 6 x 4 micro-kernel: 24 accumulators, each step four B vectors and six broadcast A values. */
    private static void tile6x4(int kc, float[] ap, int pa, int ars, int acs, float[] bp, int pb, int bks, float[] c, int at,
                                int ldc,
                                boolean add) {
        FloatVector c00 = start(c, at, add), c01 = start(c, at + V, add), c02 = start(c, at + 2 * V, add), c03 = start(c, at + 3 * V, add);
        FloatVector c10 = start(c, at + ldc, add), c11 = start(c, at + ldc + V, add), c12 = start(c, at + ldc + 2 * V, add), c13 = start(c, at + ldc + 3 * V, add);
        FloatVector c20 = start(c, at + 2 * ldc, add), c21 = start(c, at + 2 * ldc + V, add), c22 = start(c, at + 2 * ldc + 2 * V, add), c23 = start(c, at + 2 * ldc + 3 * V, add);
        FloatVector c30 = start(c, at + 3 * ldc, add), c31 = start(c, at + 3 * ldc + V, add), c32 = start(c, at + 3 * ldc + 2 * V, add), c33 = start(c, at + 3 * ldc + 3 * V, add);
        FloatVector c40 = start(c, at + 4 * ldc, add), c41 = start(c, at + 4 * ldc + V, add), c42 = start(c, at + 4 * ldc + 2 * V, add), c43 = start(c, at + 4 * ldc + 3 * V, add);
        FloatVector c50 = start(c, at + 5 * ldc, add), c51 = start(c, at + 5 * ldc + V, add), c52 = start(c, at + 5 * ldc + 2 * V, add), c53 = start(c, at + 5 * ldc + 3 * V, add);
        for (int kk = 0; kk < kc; kk++, pa += acs, pb += bks) {
            FloatVector b0 = FloatVector.fromArray(S, bp, pb);
            FloatVector b1 = FloatVector.fromArray(S, bp, pb + V);
            FloatVector b2 = FloatVector.fromArray(S, bp, pb + 2 * V);
            FloatVector b3 = FloatVector.fromArray(S, bp, pb + 3 * V);
            FloatVector x0 = FloatVector.broadcast(S, ap[pa]);
            c00 = x0.fma(b0, c00);
            c01 = x0.fma(b1, c01);
            c02 = x0.fma(b2, c02);
            c03 = x0.fma(b3, c03);
            FloatVector x1 = FloatVector.broadcast(S, ap[pa + ars]);
            c10 = x1.fma(b0, c10);
            c11 = x1.fma(b1, c11);
            c12 = x1.fma(b2, c12);
            c13 = x1.fma(b3, c13);
            FloatVector x2 = FloatVector.broadcast(S, ap[pa + 2 * ars]);
            c20 = x2.fma(b0, c20);
            c21 = x2.fma(b1, c21);
            c22 = x2.fma(b2, c22);
            c23 = x2.fma(b3, c23);
            FloatVector x3 = FloatVector.broadcast(S, ap[pa + 3 * ars]);
            c30 = x3.fma(b0, c30);
            c31 = x3.fma(b1, c31);
            c32 = x3.fma(b2, c32);
            c33 = x3.fma(b3, c33);
            FloatVector x4 = FloatVector.broadcast(S, ap[pa + 4 * ars]);
            c40 = x4.fma(b0, c40);
            c41 = x4.fma(b1, c41);
            c42 = x4.fma(b2, c42);
            c43 = x4.fma(b3, c43);
            FloatVector x5 = FloatVector.broadcast(S, ap[pa + 5 * ars]);
            c50 = x5.fma(b0, c50);
            c51 = x5.fma(b1, c51);
            c52 = x5.fma(b2, c52);
            c53 = x5.fma(b3, c53);
        }
        c00.intoArray(c, at);
        c01.intoArray(c, at + V);
        c02.intoArray(c, at + 2 * V);
        c03.intoArray(c, at + 3 * V);
        c10.intoArray(c, at + ldc);
        c11.intoArray(c, at + ldc + V);
        c12.intoArray(c, at + ldc + 2 * V);
        c13.intoArray(c, at + ldc + 3 * V);
        c20.intoArray(c, at + 2 * ldc);
        c21.intoArray(c, at + 2 * ldc + V);
        c22.intoArray(c, at + 2 * ldc + 2 * V);
        c23.intoArray(c, at + 2 * ldc + 3 * V);
        c30.intoArray(c, at + 3 * ldc);
        c31.intoArray(c, at + 3 * ldc + V);
        c32.intoArray(c, at + 3 * ldc + 2 * V);
        c33.intoArray(c, at + 3 * ldc + 3 * V);
        c40.intoArray(c, at + 4 * ldc);
        c41.intoArray(c, at + 4 * ldc + V);
        c42.intoArray(c, at + 4 * ldc + 2 * V);
        c43.intoArray(c, at + 4 * ldc + 3 * V);
        c50.intoArray(c, at + 5 * ldc);
        c51.intoArray(c, at + 5 * ldc + V);
        c52.intoArray(c, at + 5 * ldc + 2 * V);
        c53.intoArray(c, at + 5 * ldc + 3 * V);
    }

    /** An accumulator's start: zero, or C's values when adding to what an earlier K-block left. */
    private static FloatVector start(float[] c, int at, boolean add) {
        return add ? FloatVector.fromArray(S, c, at) : FloatVector.zero(S);
    }
}
