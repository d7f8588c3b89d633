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
 * Tails are masked vector operations, so every element is computed the same way. Every operation has its own small
 * loop method with its vector operator written out: the JIT turns a Vector API call into vector instructions only
 * where the operator is a constant it can see, and a shared loop taking the operator as an argument would run
 * lane by lane. {@link DoubleLoops} mirrors this file for float64.
 */
final class FloatLoops {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private FloatLoops() {
    }


    /** {@code o = op(x)} over n elements; erf and strided runs take the scalar definition. */
    static void unary(UnaryOp op, float[] x, int xo, int xs, float[] o, int oo, int os, int n) {
        if (xs == 0 && os == 1) {
            java.util.Arrays.fill(o, oo, oo + n, (float) ScalarMath.unary(op, x[xo]));
            return;
        }
        if (xs != 1 || os != 1 || op == UnaryOp.ERF) {
            for (int i = 0; i < n; i++) {
                o[oo + i * os] = (float) ScalarMath.unary(op, x[xo + i * xs]);
            }
            return;
        }
        switch (op) {
            case NEG -> neg(x, xo, o, oo, n);
            case EXP -> exp(x, xo, o, oo, n);
            case LOG -> log(x, xo, o, oo, n);
            case LOG1P -> log1p(x, xo, o, oo, n);
            case SIN -> sin(x, xo, o, oo, n);
            case COS -> cos(x, xo, o, oo, n);
            case SQRT -> sqrt(x, xo, o, oo, n);
            case TANH -> tanh(x, xo, o, oo, n);
            case SIGMOID -> sigmoid(x, xo, o, oo, n);
            case SOFTPLUS -> softplus(x, xo, o, oo, n);
            case ABS -> abs(x, xo, o, oo, n);
            case SIGN -> sign(x, xo, o, oo, n);
            default -> throw new IllegalArgumentException(op.toString());
        }
    }

    private static void neg(float[] x, int xo, float[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector v = FloatVector.fromArray(S, x, xo + i);
            v.neg().intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Float> m = S.indexInRange(i, n);
            FloatVector v = FloatVector.fromArray(S, x, xo + i, m);
            v.neg().intoArray(o, oo + i, m);
        }
    }

    private static void exp(float[] x, int xo, float[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector v = FloatVector.fromArray(S, x, xo + i);
            v.lanewise(VectorOperators.EXP).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Float> m = S.indexInRange(i, n);
            FloatVector v = FloatVector.fromArray(S, x, xo + i, m);
            v.lanewise(VectorOperators.EXP).intoArray(o, oo + i, m);
        }
    }

    private static void log(float[] x, int xo, float[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector v = FloatVector.fromArray(S, x, xo + i);
            v.lanewise(VectorOperators.LOG).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Float> m = S.indexInRange(i, n);
            FloatVector v = FloatVector.fromArray(S, x, xo + i, m);
            v.lanewise(VectorOperators.LOG).intoArray(o, oo + i, m);
        }
    }

    private static void log1p(float[] x, int xo, float[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector v = FloatVector.fromArray(S, x, xo + i);
            v.lanewise(VectorOperators.LOG1P).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Float> m = S.indexInRange(i, n);
            FloatVector v = FloatVector.fromArray(S, x, xo + i, m);
            v.lanewise(VectorOperators.LOG1P).intoArray(o, oo + i, m);
        }
    }

    private static void sin(float[] x, int xo, float[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector v = FloatVector.fromArray(S, x, xo + i);
            v.lanewise(VectorOperators.SIN).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Float> m = S.indexInRange(i, n);
            FloatVector v = FloatVector.fromArray(S, x, xo + i, m);
            v.lanewise(VectorOperators.SIN).intoArray(o, oo + i, m);
        }
    }

    private static void cos(float[] x, int xo, float[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector v = FloatVector.fromArray(S, x, xo + i);
            v.lanewise(VectorOperators.COS).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Float> m = S.indexInRange(i, n);
            FloatVector v = FloatVector.fromArray(S, x, xo + i, m);
            v.lanewise(VectorOperators.COS).intoArray(o, oo + i, m);
        }
    }

    private static void sqrt(float[] x, int xo, float[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector v = FloatVector.fromArray(S, x, xo + i);
            v.sqrt().intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Float> m = S.indexInRange(i, n);
            FloatVector v = FloatVector.fromArray(S, x, xo + i, m);
            v.sqrt().intoArray(o, oo + i, m);
        }
    }

    private static void tanh(float[] x, int xo, float[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector v = FloatVector.fromArray(S, x, xo + i);
            v.lanewise(VectorOperators.TANH).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Float> m = S.indexInRange(i, n);
            FloatVector v = FloatVector.fromArray(S, x, xo + i, m);
            v.lanewise(VectorOperators.TANH).intoArray(o, oo + i, m);
        }
    }

    private static void sigmoid(float[] x, int xo, float[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector v = FloatVector.fromArray(S, x, xo + i);
            FloatVector.broadcast(S, 1f).div(v.neg().lanewise(VectorOperators.EXP).add(1f)).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Float> m = S.indexInRange(i, n);
            FloatVector v = FloatVector.fromArray(S, x, xo + i, m);
            FloatVector.broadcast(S, 1f).div(v.neg().lanewise(VectorOperators.EXP).add(1f)).intoArray(o, oo + i, m);
        }
    }

    private static void softplus(float[] x, int xo, float[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector v = FloatVector.fromArray(S, x, xo + i);
            v.abs().neg().lanewise(VectorOperators.EXP).lanewise(VectorOperators.LOG1P).add(v.max(0f)).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Float> m = S.indexInRange(i, n);
            FloatVector v = FloatVector.fromArray(S, x, xo + i, m);
            v.abs().neg().lanewise(VectorOperators.EXP).lanewise(VectorOperators.LOG1P).add(v.max(0f)).intoArray(o, oo + i, m);
        }
    }

    private static void abs(float[] x, int xo, float[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector v = FloatVector.fromArray(S, x, xo + i);
            v.abs().intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Float> m = S.indexInRange(i, n);
            FloatVector v = FloatVector.fromArray(S, x, xo + i, m);
            v.abs().intoArray(o, oo + i, m);
        }
    }

    /** 1, −1 or the value itself (±0, NaN) in each lane, as {@code torch.sign}; also used by generated kernels. */
    static FloatVector sign(FloatVector v) {
        return v.blend(1f, v.compare(VectorOperators.GT, 0f)).blend(-1f, v.compare(VectorOperators.LT, 0f));
    }

    private static void sign(float[] x, int xo, float[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector v = FloatVector.fromArray(S, x, xo + i);
            sign(v).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Float> m = S.indexInRange(i, n);
            FloatVector v = FloatVector.fromArray(S, x, xo + i, m);
            sign(v).intoArray(o, oo + i, m);
        }
    }

    /** {@code o = a op b} over n elements; a stride of 0 is a broadcast scalar. */
    static void binary(BinaryOp op, float[] a, int ao, int as, float[] b, int bo, int bs, float[] o, int oo, int os, int n) {
        if (os != 1 || as < 0 || as > 1 || bs < 0 || bs > 1) {
            for (int i = 0; i < n; i++) {
                o[oo + i * os] = (float) ScalarMath.binary(op, a[ao + i * as], b[bo + i * bs]);
            }
            return;
        }
        switch (op) {
            case ADD -> add(a, ao, as, b, bo, bs, o, oo, n);
            case SUB -> sub(a, ao, as, b, bo, bs, o, oo, n);
            case MUL -> mul(a, ao, as, b, bo, bs, o, oo, n);
            case DIV -> div(a, ao, as, b, bo, bs, o, oo, n);
            case POW -> pow(a, ao, as, b, bo, bs, o, oo, n);
            case MAXIMUM -> maximum(a, ao, as, b, bo, bs, o, oo, n);
            default -> throw new IllegalArgumentException(op + " writes bool");
        }
    }

    private static void add(float[] x, int xo, int xs, float[] y, int yo, int ys, float[] o, int oo, int n) {
        FloatVector sa = FloatVector.broadcast(S, x[xo]);
        FloatVector sb = FloatVector.broadcast(S, y[yo]);
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector a = xs == 0 ? sa : FloatVector.fromArray(S, x, xo + i);
            FloatVector b = ys == 0 ? sb : FloatVector.fromArray(S, y, yo + i);
            a.add(b).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Float> m = S.indexInRange(i, n);
            FloatVector a = xs == 0 ? sa : FloatVector.fromArray(S, x, xo + i, m);
            FloatVector b = ys == 0 ? sb : FloatVector.fromArray(S, y, yo + i, m);
            a.add(b).intoArray(o, oo + i, m);
        }
    }

    private static void sub(float[] x, int xo, int xs, float[] y, int yo, int ys, float[] o, int oo, int n) {
        FloatVector sa = FloatVector.broadcast(S, x[xo]);
        FloatVector sb = FloatVector.broadcast(S, y[yo]);
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector a = xs == 0 ? sa : FloatVector.fromArray(S, x, xo + i);
            FloatVector b = ys == 0 ? sb : FloatVector.fromArray(S, y, yo + i);
            a.sub(b).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Float> m = S.indexInRange(i, n);
            FloatVector a = xs == 0 ? sa : FloatVector.fromArray(S, x, xo + i, m);
            FloatVector b = ys == 0 ? sb : FloatVector.fromArray(S, y, yo + i, m);
            a.sub(b).intoArray(o, oo + i, m);
        }
    }

    private static void mul(float[] x, int xo, int xs, float[] y, int yo, int ys, float[] o, int oo, int n) {
        FloatVector sa = FloatVector.broadcast(S, x[xo]);
        FloatVector sb = FloatVector.broadcast(S, y[yo]);
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector a = xs == 0 ? sa : FloatVector.fromArray(S, x, xo + i);
            FloatVector b = ys == 0 ? sb : FloatVector.fromArray(S, y, yo + i);
            a.mul(b).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Float> m = S.indexInRange(i, n);
            FloatVector a = xs == 0 ? sa : FloatVector.fromArray(S, x, xo + i, m);
            FloatVector b = ys == 0 ? sb : FloatVector.fromArray(S, y, yo + i, m);
            a.mul(b).intoArray(o, oo + i, m);
        }
    }

    private static void div(float[] x, int xo, int xs, float[] y, int yo, int ys, float[] o, int oo, int n) {
        FloatVector sa = FloatVector.broadcast(S, x[xo]);
        FloatVector sb = FloatVector.broadcast(S, y[yo]);
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector a = xs == 0 ? sa : FloatVector.fromArray(S, x, xo + i);
            FloatVector b = ys == 0 ? sb : FloatVector.fromArray(S, y, yo + i);
            a.div(b).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Float> m = S.indexInRange(i, n);
            FloatVector a = xs == 0 ? sa : FloatVector.fromArray(S, x, xo + i, m);
            FloatVector b = ys == 0 ? sb : FloatVector.fromArray(S, y, yo + i, m);
            a.div(b).intoArray(o, oo + i, m);
        }
    }

    private static void pow(float[] x, int xo, int xs, float[] y, int yo, int ys, float[] o, int oo, int n) {
        FloatVector sa = FloatVector.broadcast(S, x[xo]);
        FloatVector sb = FloatVector.broadcast(S, y[yo]);
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector a = xs == 0 ? sa : FloatVector.fromArray(S, x, xo + i);
            FloatVector b = ys == 0 ? sb : FloatVector.fromArray(S, y, yo + i);
            a.lanewise(VectorOperators.POW, b).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Float> m = S.indexInRange(i, n);
            FloatVector a = xs == 0 ? sa : FloatVector.fromArray(S, x, xo + i, m);
            FloatVector b = ys == 0 ? sb : FloatVector.fromArray(S, y, yo + i, m);
            a.lanewise(VectorOperators.POW, b).intoArray(o, oo + i, m);
        }
    }

    private static void maximum(float[] x, int xo, int xs, float[] y, int yo, int ys, float[] o, int oo, int n) {
        FloatVector sa = FloatVector.broadcast(S, x[xo]);
        FloatVector sb = FloatVector.broadcast(S, y[yo]);
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector a = xs == 0 ? sa : FloatVector.fromArray(S, x, xo + i);
            FloatVector b = ys == 0 ? sb : FloatVector.fromArray(S, y, yo + i);
            a.max(b).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Float> m = S.indexInRange(i, n);
            FloatVector a = xs == 0 ? sa : FloatVector.fromArray(S, x, xo + i, m);
            FloatVector b = ys == 0 ? sb : FloatVector.fromArray(S, y, yo + i, m);
            a.max(b).intoArray(o, oo + i, m);
        }
    }

    /** {@code o = a cmp b} into bool over n elements. */
    static void compare(BinaryOp op, float[] a, int ao, int as, float[] b, int bo, int bs, boolean[] o, int oo, int os, int n) {
        int done = 0;
        if (os == 1 && as >= 0 && as <= 1 && bs >= 0 && bs <= 1) {
            done = switch (op) {
                case LT -> lt(a, ao, as, b, bo, bs, o, oo, n);
                case LE -> le(a, ao, as, b, bo, bs, o, oo, n);
                default -> eq(a, ao, as, b, bo, bs, o, oo, n);
            };
        }
        for (int i = done; i < n; i++) {
            o[oo + i * os] = ScalarMath.binary(op, a[ao + i * as], b[bo + i * bs]) != 0;
        }
    }

    private static int lt(float[] x, int xo, int xs, float[] y, int yo, int ys, boolean[] o, int oo, int n) {
        FloatVector sa = FloatVector.broadcast(S, x[xo]);
        FloatVector sb = FloatVector.broadcast(S, y[yo]);
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector a = xs == 0 ? sa : FloatVector.fromArray(S, x, xo + i);
            FloatVector b = ys == 0 ? sb : FloatVector.fromArray(S, y, yo + i);
            a.compare(VectorOperators.LT, b).intoArray(o, oo + i);
        }
        return i;
    }

    private static int le(float[] x, int xo, int xs, float[] y, int yo, int ys, boolean[] o, int oo, int n) {
        FloatVector sa = FloatVector.broadcast(S, x[xo]);
        FloatVector sb = FloatVector.broadcast(S, y[yo]);
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector a = xs == 0 ? sa : FloatVector.fromArray(S, x, xo + i);
            FloatVector b = ys == 0 ? sb : FloatVector.fromArray(S, y, yo + i);
            a.compare(VectorOperators.LE, b).intoArray(o, oo + i);
        }
        return i;
    }

    private static int eq(float[] x, int xo, int xs, float[] y, int yo, int ys, boolean[] o, int oo, int n) {
        FloatVector sa = FloatVector.broadcast(S, x[xo]);
        FloatVector sb = FloatVector.broadcast(S, y[yo]);
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            FloatVector a = xs == 0 ? sa : FloatVector.fromArray(S, x, xo + i);
            FloatVector b = ys == 0 ? sb : FloatVector.fromArray(S, y, yo + i);
            a.compare(VectorOperators.EQ, b).intoArray(o, oo + i);
        }
        return i;
    }

    static void where(boolean[] c, int co, int cs, float[] a, int ao, int as, float[] b, int bo, int bs,
                      float[] o, int oo, int os, int n) {
        int i = 0;
        if (os == 1 && cs == 1 && as >= 0 && as <= 1 && bs >= 0 && bs <= 1) {
            FloatVector sa = FloatVector.broadcast(S, a[ao]);
            FloatVector sb = FloatVector.broadcast(S, b[bo]);
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
        if (xs == 0 && os == 1) {
            java.util.Arrays.fill(o, oo, oo + n, x[xo]);
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
        if (max) {
            for (; i < S.loopBound(n); i += L) {
                FloatVector.fromArray(S, acc, ao + i).max(FloatVector.fromArray(S, x, xo + i)).intoArray(acc, ao + i);
            }
        } else {
            for (; i < S.loopBound(n); i += L) {
                FloatVector.fromArray(S, acc, ao + i).add(FloatVector.fromArray(S, x, xo + i)).intoArray(acc, ao + i);
            }
        }
        for (; i < n; i++) {
            acc[ao + i] = max ? Math.max(acc[ao + i], x[xo + i]) : acc[ao + i] + x[xo + i];
        }
    }
}
