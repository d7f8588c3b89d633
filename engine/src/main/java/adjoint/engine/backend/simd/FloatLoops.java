package adjoint.engine.backend.simd;

import adjoint.engine.backend.BinaryOp;
import adjoint.engine.backend.ScalarMath;
import adjoint.engine.backend.UnaryOp;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * float32 kernels over one run of elements: each operand is an array, a start offset and a stride. A stride of 1
 * takes the vector loop, a stride of 0 (a broadcast scalar) a vector of one value, anything else the scalar loop.
 * Tails are masked vector operations, so every element is computed the same way. {@link DoubleLoops} mirrors this
 * file for float64.
 */
final class FloatLoops {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private FloatLoops() {
    }

    static boolean vectorizable(UnaryOp op) {
        return op != UnaryOp.ERF;
    }

    static FloatVector apply(UnaryOp op, FloatVector v) {
        return switch (op) {
            case NEG -> v.neg();
            case EXP -> v.lanewise(VectorOperators.EXP);
            case LOG -> v.lanewise(VectorOperators.LOG);
            case LOG1P -> v.lanewise(VectorOperators.LOG1P);
            case SIN -> v.lanewise(VectorOperators.SIN);
            case COS -> v.lanewise(VectorOperators.COS);
            case SQRT -> v.sqrt();
            case TANH -> v.lanewise(VectorOperators.TANH);
            case SIGMOID -> FloatVector.broadcast(S, 1f).div(v.neg().lanewise(VectorOperators.EXP).add(1f));
            case SOFTPLUS -> v.abs().neg().lanewise(VectorOperators.EXP).lanewise(VectorOperators.LOG1P).add(v.max(0f));
            case ABS -> v.abs();
            case SIGN -> v.blend(1f, v.compare(VectorOperators.GT, 0f)).blend(-1f, v.compare(VectorOperators.LT, 0f));
            case ERF -> throw new IllegalArgumentException("erf has no vector form");
        };
    }

    static FloatVector apply(BinaryOp op, FloatVector a, FloatVector b) {
        return switch (op) {
            case ADD -> a.add(b);
            case SUB -> a.sub(b);
            case MUL -> a.mul(b);
            case DIV -> a.div(b);
            case POW -> a.lanewise(VectorOperators.POW, b);
            case MAXIMUM -> a.max(b);
            case LT, LE, EQ -> throw new IllegalArgumentException(op + " writes bool");
        };
    }

    static VectorOperators.Comparison comparison(BinaryOp op) {
        return switch (op) {
            case LT -> VectorOperators.LT;
            case LE -> VectorOperators.LE;
            case EQ -> VectorOperators.EQ;
            default -> throw new IllegalArgumentException(op + " is not a comparison");
        };
    }

    static void unary(UnaryOp op, float[] x, int xo, int xs, float[] o, int oo, int os, int n) {
        if (xs == 1 && os == 1 && vectorizable(op)) {
            int i = 0;
            for (; i < S.loopBound(n); i += L) {
                apply(op, FloatVector.fromArray(S, x, xo + i)).intoArray(o, oo + i);
            }
            if (i < n) {
                VectorMask<Float> m = S.indexInRange(i, n);
                apply(op, FloatVector.fromArray(S, x, xo + i, m)).intoArray(o, oo + i, m);
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            o[oo + i * os] = (float) ScalarMath.unary(op, x[xo + i * xs]);
        }
    }

    static void binary(BinaryOp op, float[] a, int ao, int as, float[] b, int bo, int bs, float[] o, int oo, int os, int n) {
        if (os != 1 || as > 1 || bs > 1 || as < 0 || bs < 0) {
            for (int i = 0; i < n; i++) {
                o[oo + i * os] = (float) ScalarMath.binary(op, a[ao + i * as], b[bo + i * bs]);
            }
            return;
        }
        FloatVector sa = as == 0 ? FloatVector.broadcast(S, a[ao]) : null;
        FloatVector sb = bs == 0 ? FloatVector.broadcast(S, b[bo]) : null;
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector va = as == 0 ? sa : FloatVector.fromArray(S, a, ao + i);
            FloatVector vb = bs == 0 ? sb : FloatVector.fromArray(S, b, bo + i);
            apply(op, va, vb).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Float> m = S.indexInRange(i, n);
            FloatVector va = as == 0 ? sa : FloatVector.fromArray(S, a, ao + i, m);
            FloatVector vb = bs == 0 ? sb : FloatVector.fromArray(S, b, bo + i, m);
            apply(op, va, vb).intoArray(o, oo + i, m);
        }
    }

    static void compare(BinaryOp op, float[] a, int ao, int as, float[] b, int bo, int bs, boolean[] o, int oo, int os, int n) {
        int i = 0;
        if (os == 1 && as >= 0 && as <= 1 && bs >= 0 && bs <= 1) {
            VectorOperators.Comparison cmp = comparison(op);
            FloatVector sb = bs == 0 ? FloatVector.broadcast(S, b[bo]) : null;
            FloatVector sa = as == 0 ? FloatVector.broadcast(S, a[ao]) : null;
            for (; i < S.loopBound(n); i += L) {
                FloatVector va = as == 0 ? sa : FloatVector.fromArray(S, a, ao + i);
                FloatVector vb = bs == 0 ? sb : FloatVector.fromArray(S, b, bo + i);
                va.compare(cmp, vb).intoArray(o, oo + i);
            }
        }
        for (; i < n; i++) {
            o[oo + i * os] = ScalarMath.binary(op, a[ao + i * as], b[bo + i * bs]) != 0;
        }
    }

    static void where(boolean[] c, int co, int cs, float[] a, int ao, int as, float[] b, int bo, int bs,
                      float[] o, int oo, int os, int n) {
        int i = 0;
        if (os == 1 && cs == 1 && as >= 0 && as <= 1 && bs >= 0 && bs <= 1) {
            FloatVector sa = as == 0 ? FloatVector.broadcast(S, a[ao]) : null;
            FloatVector sb = bs == 0 ? FloatVector.broadcast(S, b[bo]) : null;
            for (; i < S.loopBound(n); i += L) {
                VectorMask<Float> m = VectorMask.fromArray(S, c, co + i);
                FloatVector va = as == 0 ? sa : FloatVector.fromArray(S, a, ao + i);
                FloatVector vb = bs == 0 ? sb : FloatVector.fromArray(S, b, bo + i);
                vb.blend(va, m).intoArray(o, oo + i);
            }
        }
        for (; i < n; i++) {
            o[oo + i * os] = c[co + i * cs] ? a[ao + i * as] : b[bo + i * bs];
        }
    }

    static void copy(float[] x, int xo, int xs, float[] o, int oo, int os, int n) {
        if (xs == 1 && os == 1) {
            System.arraycopy(x, xo, o, oo, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            o[oo + i * os] = x[xo + i * xs];
        }
    }

    /** The sum of a contiguous run, in float vectors over blocks of 1024 and in double across blocks. */
    static double sum(float[] x, int xo, int n) {
        double total = 0;
        for (int block = 0; block < n; block += 1024) {
            int end = Math.min(n, block + 1024);
            FloatVector acc = FloatVector.zero(S);
            int i = block;
            for (; i + L <= end; i += L) {
                acc = acc.add(FloatVector.fromArray(S, x, xo + i));
            }
            double part = acc.reduceLanes(VectorOperators.ADD);
            for (; i < end; i++) {
                part += x[xo + i];
            }
            total += part;
        }
        return total;
    }

    /** The maximum of a contiguous run; NaN if any element is NaN; -inf if empty. */
    static float max(float[] x, int xo, int n) {
        FloatVector acc = FloatVector.broadcast(S, Float.NEGATIVE_INFINITY);
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            acc = acc.max(FloatVector.fromArray(S, x, xo + i));
        }
        float best = acc.reduceLanes(VectorOperators.MAX);
        for (; i < n; i++) {
            best = Math.max(best, x[xo + i]);
        }
        return best;
    }

    /** {@code acc[ao + j] += x[xo + j]} (or max) for a contiguous run of {@code n}. */
    static void accumulate(boolean max, float[] x, int xo, float[] acc, int ao, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector v = FloatVector.fromArray(S, x, xo + i);
            FloatVector s = FloatVector.fromArray(S, acc, ao + i);
            (max ? s.max(v) : s.add(v)).intoArray(acc, ao + i);
        }
        for (; i < n; i++) {
            acc[ao + i] = max ? Math.max(acc[ao + i], x[xo + i]) : acc[ao + i] + x[xo + i];
        }
    }
}
