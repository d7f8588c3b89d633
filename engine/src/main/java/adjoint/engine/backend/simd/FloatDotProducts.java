package adjoint.engine.backend.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * float32 {@code C = A B} for a small product whose operands both run contiguously along K, as {@code x @ W.T} in
 * a linear layer: every element of C is a dot product of a row of A with a column of B, taken in vectors along K,
 * four rows by four columns at a time (16 accumulators). No packing: {@link FloatGemm} would first transpose B
 * into column strips, which for a 64 x 784 by 784 x 64 product took about as long as the products themselves.
 */
final class FloatDotProducts {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private FloatDotProducts() {
    }

    /** Whether the product suits this kernel: A's rows and B's columns contiguous, and K long enough for vectors. */
    static boolean suits(FloatGemm.Operand a, FloatGemm.Operand b, int k) {
        return a.colStride() == 1 && b.rowStride() == 1 && k >= 4 * S.length();
    }

    /** {@code C[m x n] = A[m x k] B[k x n]}, C row-major with leading dimension {@code ldc} at {@code co}. */
    static void multiply(int m, int n, int k, FloatGemm.Operand a, FloatGemm.Operand b, float[] c, int co, int ldc) {
        float[] x = a.data();
        float[] y = b.data();
        int lda = a.rowStride();
        int ldb = b.colStride();
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            int j = 0;
            for (; j + 4 <= n; j += 4) {
                block(k, x, a.offset() + i * lda, lda, y, b.offset() + j * ldb, ldb, c, co + i * ldc + j, ldc);
            }
            for (; j < n; j++) {
                for (int r = 0; r < 4; r++) {
                    c[co + (i + r) * ldc + j] = dot(k, x, a.offset() + (i + r) * lda, y, b.offset() + j * ldb);
                }
            }
        }
        for (; i < m; i++) {
            for (int j = 0; j < n; j++) {
                c[co + i * ldc + j] = dot(k, x, a.offset() + i * lda, y, b.offset() + j * ldb);
            }
        }
    }

    /** Four rows of A (from {@code pa}) against four columns of B (from {@code pb}) into a 4 x 4 block of C. */
    private static void block(int k, float[] x, int pa, int lda, float[] y, int pb, int ldb, float[] c, int at, int ldc) {
        FloatVector c00 = FloatVector.zero(S), c01 = c00, c02 = c00, c03 = c00;
        FloatVector c10 = c00, c11 = c00, c12 = c00, c13 = c00;
        FloatVector c20 = c00, c21 = c00, c22 = c00, c23 = c00;
        FloatVector c30 = c00, c31 = c00, c32 = c00, c33 = c00;
        int bound = S.loopBound(k);
        int kk = 0;
        for (; kk < bound; kk += S.length()) {
            FloatVector b0 = FloatVector.fromArray(S, y, pb + kk);
            FloatVector b1 = FloatVector.fromArray(S, y, pb + ldb + kk);
            FloatVector b2 = FloatVector.fromArray(S, y, pb + 2 * ldb + kk);
            FloatVector b3 = FloatVector.fromArray(S, y, pb + 3 * ldb + kk);
            FloatVector a0 = FloatVector.fromArray(S, x, pa + kk);
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            c02 = a0.fma(b2, c02);
            c03 = a0.fma(b3, c03);
            FloatVector a1 = FloatVector.fromArray(S, x, pa + lda + kk);
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            c12 = a1.fma(b2, c12);
            c13 = a1.fma(b3, c13);
            FloatVector a2 = FloatVector.fromArray(S, x, pa + 2 * lda + kk);
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            c22 = a2.fma(b2, c22);
            c23 = a2.fma(b3, c23);
            FloatVector a3 = FloatVector.fromArray(S, x, pa + 3 * lda + kk);
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
            c32 = a3.fma(b2, c32);
            c33 = a3.fma(b3, c33);
        }
        c[at] = c00.reduceLanes(VectorOperators.ADD);
        c[at + 1] = c01.reduceLanes(VectorOperators.ADD);
        c[at + 2] = c02.reduceLanes(VectorOperators.ADD);
        c[at + 3] = c03.reduceLanes(VectorOperators.ADD);
        c[at + ldc] = c10.reduceLanes(VectorOperators.ADD);
        c[at + ldc + 1] = c11.reduceLanes(VectorOperators.ADD);
        c[at + ldc + 2] = c12.reduceLanes(VectorOperators.ADD);
        c[at + ldc + 3] = c13.reduceLanes(VectorOperators.ADD);
        c[at + 2 * ldc] = c20.reduceLanes(VectorOperators.ADD);
        c[at + 2 * ldc + 1] = c21.reduceLanes(VectorOperators.ADD);
        c[at + 2 * ldc + 2] = c22.reduceLanes(VectorOperators.ADD);
        c[at + 2 * ldc + 3] = c23.reduceLanes(VectorOperators.ADD);
        c[at + 3 * ldc] = c30.reduceLanes(VectorOperators.ADD);
        c[at + 3 * ldc + 1] = c31.reduceLanes(VectorOperators.ADD);
        c[at + 3 * ldc + 2] = c32.reduceLanes(VectorOperators.ADD);
        c[at + 3 * ldc + 3] = c33.reduceLanes(VectorOperators.ADD);
        for (int r = 0; kk < k && r < 4; r++) {
            for (int q = 0; q < 4; q++) {
                float s = c[at + r * ldc + q];
                for (int t = kk; t < k; t++) {
                    s += x[pa + r * lda + t] * y[pb + q * ldb + t];
                }
                c[at + r * ldc + q] = s;
            }
        }
    }

    /** One row of A against one column of B. */
    private static float dot(int k, float[] x, int pa, float[] y, int pb) {
        FloatVector acc = FloatVector.zero(S);
        int bound = S.loopBound(k);
        int kk = 0;
        for (; kk < bound; kk += S.length()) {
            acc = FloatVector.fromArray(S, x, pa + kk).fma(FloatVector.fromArray(S, y, pb + kk), acc);
        }
        float s = acc.reduceLanes(VectorOperators.ADD);
        for (; kk < k; kk++) {
            s += x[pa + kk] * y[pb + kk];
        }
        return s;
    }
}
