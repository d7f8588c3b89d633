package adjoint.engine.backend.opencl;

import adjoint.engine.DType;
import adjoint.engine.backend.BinaryOp;
import adjoint.engine.backend.ReduceOp;
import adjoint.engine.backend.UnaryOp;
import java.util.List;

/**
 * The OpenCL C source of every kernel, written once per element type from templates: {@code $T} is the type,
 * {@code $S} its suffix ({@code f32 f64 i64 b8}). Strided operands are described by small structs passed by value
 * (shape and strides, up to {@value #MAXD} dimensions after merging), and kernels turn a flat index into storage
 * offsets. The whole program is built once per device and its kernels cached.
 */
final class Kernels {
    static final int MAXD = 8;
    /** Work-group size of the row reduction kernel. */
    static final int REDUCE_GROUP = 256;

    /**
     * Matrix-product tilings: {@code BM x BN} of C per work-group of 16 x 16, {@code BK} of K per step. On an H100
     * (2026-11-22) LARGE ran a 4096 product at 27 TFLOP/s; variants with BK 8 or 32, software-pipelined global
     * loads, and float4 local reads (8 x 8 per work-item in 4-wide halves) were each slower there.
     */
    enum Tiling {
        SMALL(64, 64, 16), LARGE(128, 128, 16);

        final int bm;
        final int bn;
        final int bk;

        Tiling(int bm, int bn, int bk) {
            this.bm = bm;
            this.bn = bn;
            this.bk = bk;
        }
    }

    private Kernels() {
    }

    static String suffix(DType t) {
        return switch (t) {
            case FLOAT32 -> "f32";
            case FLOAT64 -> "f64";
            case INT64 -> "i64";
            case BOOL -> "b8";
        };
    }

    static String ctype(DType t) {
        return switch (t) {
            case FLOAT32 -> "float";
            case FLOAT64 -> "double";
            case INT64 -> "long";
            case BOOL -> "uchar";
        };
    }

    /** The whole program for a device; float64 kernels only when it has {@code cl_khr_fp64}. */
    static String program(boolean fp64) {
        StringBuilder sb = new StringBuilder();
        if (fp64) {
            sb.append("#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n");
        }
        sb.append(header());
        List<DType> floats = fp64 ? List.of(DType.FLOAT32, DType.FLOAT64) : List.of(DType.FLOAT32);
        List<DType> all = fp64 ? List.of(DType.FLOAT32, DType.FLOAT64, DType.INT64, DType.BOOL)
                : List.of(DType.FLOAT32, DType.INT64, DType.BOOL);
        for (DType t : all) {
            sb.append(typed(COMMON, t));
            sb.append(typed(t.isFloating() ? FLOAT_MATH : INT_MATH, t));
            sb.append(typed(SCATTER_ADD, t));
            for (DType d : all) {
                sb.append(typed(COPY, t).replace("$D", ctype(d)).replace("$E", suffix(d)).replace("CONVERT(", convert(t, d)));
            }
        }
        for (DType t : floats) {
            for (Tiling tiling : Tiling.values()) {
                sb.append(typed(MATMUL, t).replace("$V", tiling.name().toLowerCase())
                        .replace("BM", Integer.toString(tiling.bm)).replace("BN", Integer.toString(tiling.bn))
                        .replace("BK", Integer.toString(tiling.bk)));
            }
        }
        return sb.toString();
    }

    private static String typed(String template, DType t) {
        return template.replace("$T", ctype(t)).replace("$S", suffix(t))
                .replace("ISNAN(", t.isFloating() ? "isnan(" : "0*(")
                .replace("LOWEST", t.isFloating() ? "(-INFINITY)" : "LONG_MIN")
                .replace("STORE(", t == DType.BOOL ? "(uchar)(0!=" : "($T)(".replace("$T", ctype(t)));
    }

    private static String convert(DType from, DType to) {
        if (to == DType.BOOL) {
            return "(uchar)(0!=";
        }
        if (to == DType.INT64 && from.isFloating()) {
            return "convert_long_sat_rtz(";
        }
        return "(" + ctype(to) + ")(";
    }

    private static String header() {
        StringBuilder sb = new StringBuilder("#define MAXD " + MAXD + "\n#define RWG " + REDUCE_GROUP + "\n");
        for (UnaryOp op : UnaryOp.values()) {
            sb.append("#define U_").append(op.name()).append(' ').append(op.ordinal()).append('\n');
        }
        for (BinaryOp op : BinaryOp.values()) {
            sb.append("#define B_").append(op.name()).append(' ').append(op.ordinal()).append('\n');
        }
        sb.append("#define R_SUM ").append(ReduceOp.SUM.ordinal()).append('\n');
        return sb.append(STRUCTS).toString();
    }

    private static final String STRUCTS = """
            typedef struct { int rank; int n; int shape[MAXD]; int st[4][MAXD]; int off[4]; } Lay;
            typedef struct { int outRank; int nOut; int outShape[MAXD]; int xOutSt[MAXD]; int oSt[MAXD];
                             int redRank; int nRed; int redShape[MAXD]; int xRedSt[MAXD]; int xOff; int oOff; } RLay;
            typedef struct { int rank; int n; int dim; int size; int shape[MAXD]; int xSt[MAXD]; int iSt[MAXD];
                             int oSt[MAXD]; int xOff; int iOff; int oOff; } GLay;
            typedef struct { int rank; int n; int len; int dimSt; int shape[MAXD]; int xSt[MAXD]; int oSt[MAXD];
                             int xOff; int oOff; } ALay;
            typedef struct { int rank; int shape[MAXD]; int aSt[MAXD]; int bSt[MAXD]; } BLay;

            /* Storage offsets of element i (row-major over L.shape) for the first k operands. */
            inline void offsets(const Lay* L, int i, int k, int* o) {
                for (int v = 0; v < k; v++) o[v] = L->off[v];
                for (int d = L->rank - 1; d >= 0; d--) {
                    int s = L->shape[d]; int c = i % s; i /= s;
                    for (int v = 0; v < k; v++) o[v] += c * L->st[v][d];
                }
            }
            inline int rbase(const RLay* L, int i, int* ob) {
                int xb = L->xOff; *ob = L->oOff;
                for (int d = L->outRank - 1; d >= 0; d--) {
                    int s = L->outShape[d]; int c = i % s; i /= s;
                    xb += c * L->xOutSt[d]; *ob += c * L->oSt[d];
                }
                return xb;
            }
            inline int roff(const RLay* L, int r) {
                if (L->redRank == 1) return r * L->xRedSt[0];
                int x = 0;
                for (int d = L->redRank - 1; d >= 0; d--) {
                    int s = L->redShape[d]; x += (r % s) * L->xRedSt[d]; r /= s;
                }
                return x;
            }
            """;

    /** Kernels every element type has: fill, where, reductions, argmax, gather, scatter-add, comparisons. */
    private static final String COMMON = """
            kernel void fill_$S(Lay L, $T v, global $T* o) {
                for (int i = get_global_id(0); i < L.n; i += get_global_size(0)) { int p[1]; offsets(&L, i, 1, p); o[p[0]] = v; }
            }
            kernel void where_$S(Lay L, global const uchar* c, global const $T* a, global const $T* b, global $T* o,
                                 $T sa, $T sb, int mode) {
                for (int i = get_global_id(0); i < L.n; i += get_global_size(0)) {
                    int p[4]; offsets(&L, i, 4, p);
                    o[p[3]] = c[p[0]] ? ((mode & 1) ? sa : a[p[1]]) : ((mode & 2) ? sb : b[p[2]]);
                }
            }
            kernel void compare_$S(int op, Lay L, global const $T* a, global const $T* b, global uchar* o,
                                   $T sa, $T sb, int mode) {
                for (int i = get_global_id(0); i < L.n; i += get_global_size(0)) {
                    int p[3]; offsets(&L, i, 3, p);
                    $T x = (mode & 1) ? sa : a[p[0]]; $T y = (mode & 2) ? sb : b[p[1]];
                    o[p[2]] = op == B_LT ? x < y : op == B_LE ? x <= y : x == y;
                }
            }
            inline $T red_$S(int op, $T acc, $T v) {
                return op == R_SUM ? ($T)(acc + v) : ((v > acc || ISNAN(v)) ? v : acc);
            }
            kernel void reduce_$S(int op, RLay L, global const $T* x, global $T* o) {
                for (int i = get_global_id(0); i < L.nOut; i += get_global_size(0)) {
                    int ob; int xb = rbase(&L, i, &ob);
                    $T acc = op == R_SUM ? ($T)0 : LOWEST;
                    for (int r = 0; r < L.nRed; r++) acc = red_$S(op, acc, x[xb + roff(&L, r)]);
                    o[ob] = acc;
                }
            }
            kernel __attribute__((reqd_work_group_size(RWG, 1, 1)))
            void reduce_wide_$S(int op, RLay L, global const $T* x, global $T* o, int chunks) {
                local $T part[RWG];
                int g = get_group_id(0); int lid = get_local_id(0);
                int i = g / chunks; int c = g % chunks;
                int per = (L.nRed + chunks - 1) / chunks; int r0 = c * per; int r1 = min(L.nRed, r0 + per);
                int ob; int xb = rbase(&L, i, &ob);
                $T acc = op == R_SUM ? ($T)0 : LOWEST;
                for (int r = r0 + lid; r < r1; r += RWG) acc = red_$S(op, acc, x[xb + roff(&L, r)]);
                part[lid] = acc;
                barrier(CLK_LOCAL_MEM_FENCE);
                for (int s = RWG / 2; s > 0; s >>= 1) {
                    if (lid < s) part[lid] = red_$S(op, part[lid], part[lid + s]);
                    barrier(CLK_LOCAL_MEM_FENCE);
                }
                if (lid == 0) { if (chunks == 1) o[ob] = part[0]; else o[i * chunks + c] = part[0]; }
            }
            kernel void argmax_$S(ALay L, global const $T* x, global long* o) {
                for (int i = get_global_id(0); i < L.n; i += get_global_size(0)) {
                    int xb = L.xOff; int ob = L.oOff; int q = i;
                    for (int d = L.rank - 1; d >= 0; d--) {
                        int s = L.shape[d]; int c = q % s; q /= s; xb += c * L.xSt[d]; ob += c * L.oSt[d];
                    }
                    $T best = x[xb]; long arg = 0;
                    for (int j = 1; j < L.len; j++) {
                        $T v = x[xb + j * L.dimSt];
                        if (!ISNAN(best) && (v > best || ISNAN(v))) { best = v; arg = j; }
                    }
                    o[ob] = arg;
                }
            }
            kernel void gather_$S(GLay L, global const $T* x, global const long* idx, global $T* o, global int* err) {
                for (int i = get_global_id(0); i < L.n; i += get_global_size(0)) {
                    int xo = L.xOff; int io = L.iOff; int oo = L.oOff; int q = i;
                    for (int d = L.rank - 1; d >= 0; d--) {
                        int s = L.shape[d]; int c = q % s; q /= s;
                        if (d != L.dim) xo += c * L.xSt[d];
                        io += c * L.iSt[d]; oo += c * L.oSt[d];
                    }
                    long j = idx[io];
                    if (j < 0) j += L.size;
                    if (j < 0 || j >= L.size) { err[0] = 1; o[oo] = 0; continue; }
                    o[oo] = x[xo + (int) j * L.xSt[L.dim]];
                }
            }
            """;

    /** Arithmetic of the floating types. */
    private static final String FLOAT_MATH = """
            inline $T un_$S(int op, $T x) {
                switch (op) {
                    case U_NEG: return -x;
                    case U_EXP: return exp(x);
                    case U_LOG: return log(x);
                    case U_LOG1P: return log1p(x);
                    case U_SIN: return sin(x);
                    case U_COS: return cos(x);
                    case U_SQRT: return sqrt(x);
                    case U_TANH: return tanh(x);
                    case U_SIGMOID: return ($T)1 / (($T)1 + exp(-x));
                    case U_SOFTPLUS: return log1p(exp(-fabs(x))) + (x > 0 ? x : ($T)0);
                    case U_ERF: return erf(x);
                    case U_ABS: return fabs(x);
                    default: return x > 0 ? ($T)1 : (x < 0 ? ($T)-1 : x);
                }
            }
            inline $T bin_$S(int op, $T a, $T b) {
                switch (op) {
                    case B_ADD: return a + b;
                    case B_SUB: return a - b;
                    case B_MUL: return a * b;
                    case B_DIV: return a / b;
                    case B_POW: return pow(a, b);
                    default: return (isnan(a) || isnan(b)) ? a + b : fmax(a, b);
                }
            }
            kernel void unary_$S(int op, Lay L, global const $T* x, global $T* o) {
                for (int i = get_global_id(0); i < L.n; i += get_global_size(0)) {
                    int p[2]; offsets(&L, i, 2, p); o[p[1]] = un_$S(op, x[p[0]]);
                }
            }
            kernel void binary_$S(int op, Lay L, global const $T* a, global const $T* b, global $T* o, $T sa, $T sb, int mode) {
                for (int i = get_global_id(0); i < L.n; i += get_global_size(0)) {
                    int p[3]; offsets(&L, i, 3, p);
                    o[p[2]] = bin_$S(op, (mode & 1) ? sa : a[p[0]], (mode & 2) ? sb : b[p[1]]);
                }
            }
            """;

    /** Arithmetic of int64 and bool: no division or power (those run on the host), results of bool kept 0 or 1. */
    private static final String INT_MATH = """
            kernel void unary_$S(int op, Lay L, global const $T* x, global $T* o) {
                for (int i = get_global_id(0); i < L.n; i += get_global_size(0)) {
                    int p[2]; offsets(&L, i, 2, p); long v = x[p[0]];
                    long r = op == U_NEG ? -v : op == U_ABS ? (v < 0 ? -v : v) : (long)(v > 0) - (long)(v < 0);
                    o[p[1]] = STORE(r);
                }
            }
            kernel void binary_$S(int op, Lay L, global const $T* a, global const $T* b, global $T* o, $T sa, $T sb, int mode) {
                for (int i = get_global_id(0); i < L.n; i += get_global_size(0)) {
                    int p[3]; offsets(&L, i, 3, p);
                    long x = (mode & 1) ? sa : a[p[0]]; long y = (mode & 2) ? sb : b[p[1]];
                    long r = op == B_ADD ? x + y : op == B_SUB ? x - y : op == B_MUL ? x * y : (x > y ? x : y);
                    o[p[2]] = STORE(r);
                }
            }
            """;

    /** index_add / scatter-add along one dimension, for every dtype; an index out of range sets {@code err[0]}. */
    private static final String SCATTER_ADD = """
            kernel void scatter_add_$S(GLay L, global $T* dst, global const long* idx, global const $T* src, global int* err) {
                for (int col = get_global_id(0); col < L.n; col += get_global_size(0)) {
                    int d0 = L.xOff; int i0 = L.iOff; int s0 = L.oOff; int q = col;
                    for (int d = L.rank - 1; d >= 0; d--) {
                        if (d == L.dim) continue;
                        int s = L.shape[d]; int c = q % s; q /= s;
                        d0 += c * L.xSt[d]; i0 += c * L.iSt[d]; s0 += c * L.oSt[d];
                    }
                    for (int k = 0; k < L.shape[L.dim]; k++) {
                        long j = idx[i0 + k * L.iSt[L.dim]];
                        if (j < 0) j += L.size;
                        if (j < 0 || j >= L.size) { err[0] = 1; continue; }
                        int at = d0 + (int) j * L.xSt[L.dim];
                        dst[at] = STORE(dst[at] + src[s0 + k * L.oSt[L.dim]]);
                    }
                }
            }
            """;

    /** Copy with conversion from $T to $D (float to int64 truncates and saturates, NaN gives 0, as Java). */
    private static final String COPY = """
            kernel void copy_$S_$E(Lay L, global const $T* x, global $D* o) {
                for (int i = get_global_id(0); i < L.n; i += get_global_size(0)) {
                    int p[2]; offsets(&L, i, 2, p); o[p[1]] = CONVERT(x[p[0]]);
                }
            }
            """;

    /**
     * Tiled matrix product: a 16 x 16 work-group computes a BM x BN block of C, each work-item (BM/16) x (BN/16)
     * of it in registers (rows ty + 16 i, columns tx + 16 j: conflict-free local reads), stepping through K in
     * BK-deep tiles of A and B staged in local memory. A and B are row-major or transposed (ta, tb); batches are
     * the third dimension of the range, their offsets computed from the batch layout.
     */
    private static final String MATMUL = """
            kernel __attribute__((reqd_work_group_size(16, 16, 1)))
            void matmul_$V_$S(int M, int N, int K, global const $T* A, int aOff, int lda, int ta,
                              global const $T* B, int bOff, int ldb, int tb, global $T* C, int cOff, BLay BL) {
                const int TM = BM / 16; const int TN = BN / 16;
                local $T As[BK][BM + 1];
                local $T Bs[BK][BN + 1];
                int tx = get_local_id(0); int ty = get_local_id(1); int tid = ty * 16 + tx;
                int col0 = get_group_id(0) * BN; int row0 = get_group_id(1) * BM;
                int p = get_group_id(2); int ao = aOff; int bo = bOff; int co = cOff + p * M * N;
                for (int d = BL.rank - 1; d >= 0; d--) {
                    int s = BL.shape[d]; int c = p % s; p /= s; ao += c * BL.aSt[d]; bo += c * BL.bSt[d];
                }
                $T acc[TM][TN];
                #pragma unroll
                for (int i = 0; i < TM; i++)
                    #pragma unroll
                    for (int j = 0; j < TN; j++) acc[i][j] = 0;
                for (int k0 = 0; k0 < K; k0 += BK) {
                    for (int e = tid; e < BM * BK; e += 256) {
                        int r = ta ? e % BM : e / BK; int kk = ta ? e / BM : e % BK;
                        int gr = row0 + r; int gk = k0 + kk;
                        As[kk][r] = (gr < M && gk < K) ? A[ao + (ta ? gk * lda + gr : gr * lda + gk)] : ($T)0;
                    }
                    for (int e = tid; e < BN * BK; e += 256) {
                        int c = tb ? e / BK : e % BN; int kk = tb ? e % BK : e / BN;
                        int gc = col0 + c; int gk = k0 + kk;
                        Bs[kk][c] = (gc < N && gk < K) ? B[bo + (tb ? gc * ldb + gk : gk * ldb + gc)] : ($T)0;
                    }
                    barrier(CLK_LOCAL_MEM_FENCE);
                    #pragma unroll
                    for (int kk = 0; kk < BK; kk++) {
                        $T a[TM]; $T b[TN];
                        #pragma unroll
                        for (int i = 0; i < TM; i++) a[i] = As[kk][ty + 16 * i];
                        #pragma unroll
                        for (int j = 0; j < TN; j++) b[j] = Bs[kk][tx + 16 * j];
                        #pragma unroll
                        for (int i = 0; i < TM; i++)
                            #pragma unroll
                            for (int j = 0; j < TN; j++) acc[i][j] = fma(a[i], b[j], acc[i][j]);
                    }
                    barrier(CLK_LOCAL_MEM_FENCE);
                }
                #pragma unroll
                for (int i = 0; i < TM; i++) {
                    int r = row0 + ty + 16 * i;
                    #pragma unroll
                    for (int j = 0; j < TN; j++) {
                        int c = col0 + tx + 16 * j;
                        if (r < M && c < N) C[co + r * N + c] = acc[i][j];
                    }
                }
            }
            """;
}
