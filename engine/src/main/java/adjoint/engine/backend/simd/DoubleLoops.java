package adjoint.engine.backend.simd;

import adjoint.engine.backend.BinaryOp;
import adjoint.engine.backend.ScalarMath;
import adjoint.engine.backend.UnaryOp;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * float64 kernels over one run of elements: each operand is an array, a start offset and a stride. A stride of 1
 * takes the vector loop, a stride of 0 (a broadcast scalar) a vector of one value, anything else the scalar loop.
 * Tails are masked vector operations, so every element is computed the same way. Every operation has its own small
 * loop method with its vector operator written out: the JIT turns a Vector API call into vector instructions only
 * where the operator is a constant it can see, and a shared loop taking the operator as an argument would run
 * lane by lane. It mirrors {@link FloatLoops} for float64.
 */
final class DoubleLoops {
    static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private DoubleLoops() {
    }


    /** {@code o = op(x)} over n elements; erf and strided runs take the scalar definition. */
    static void unary(UnaryOp op, double[] x, int xo, int xs, double[] o, int oo, int os, int n) {
        if (xs == 0 && os == 1) {
            java.util.Arrays.fill(o, oo, oo + n, ScalarMath.unary(op, x[xo]));
            return;
        }
        if (xs != 1 || os != 1 || op == UnaryOp.ERF) {
            for (int i = 0; i < n; i++) {
                o[oo + i * os] = ScalarMath.unary(op, x[xo + i * xs]);
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

    private static void neg(double[] x, int xo, double[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i);
            v.neg().intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Double> m = S.indexInRange(i, n);
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i, m);
            v.neg().intoArray(o, oo + i, m);
        }
    }

    private static void exp(double[] x, int xo, double[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i);
            v.lanewise(VectorOperators.EXP).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Double> m = S.indexInRange(i, n);
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i, m);
            v.lanewise(VectorOperators.EXP).intoArray(o, oo + i, m);
        }
    }

    private static void log(double[] x, int xo, double[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i);
            v.lanewise(VectorOperators.LOG).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Double> m = S.indexInRange(i, n);
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i, m);
            v.lanewise(VectorOperators.LOG).intoArray(o, oo + i, m);
        }
    }

    private static void log1p(double[] x, int xo, double[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i);
            v.lanewise(VectorOperators.LOG1P).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Double> m = S.indexInRange(i, n);
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i, m);
            v.lanewise(VectorOperators.LOG1P).intoArray(o, oo + i, m);
        }
    }

    private static void sin(double[] x, int xo, double[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i);
            v.lanewise(VectorOperators.SIN).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Double> m = S.indexInRange(i, n);
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i, m);
            v.lanewise(VectorOperators.SIN).intoArray(o, oo + i, m);
        }
    }

    private static void cos(double[] x, int xo, double[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i);
            v.lanewise(VectorOperators.COS).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Double> m = S.indexInRange(i, n);
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i, m);
            v.lanewise(VectorOperators.COS).intoArray(o, oo + i, m);
        }
    }

    private static void sqrt(double[] x, int xo, double[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i);
            v.sqrt().intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Double> m = S.indexInRange(i, n);
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i, m);
            v.sqrt().intoArray(o, oo + i, m);
        }
    }

    private static void tanh(double[] x, int xo, double[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i);
            v.lanewise(VectorOperators.TANH).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Double> m = S.indexInRange(i, n);
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i, m);
            v.lanewise(VectorOperators.TANH).intoArray(o, oo + i, m);
        }
    }

    private static void sigmoid(double[] x, int xo, double[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i);
            DoubleVector.broadcast(S, 1.0).div(v.neg().lanewise(VectorOperators.EXP).add(1.0)).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Double> m = S.indexInRange(i, n);
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i, m);
            DoubleVector.broadcast(S, 1.0).div(v.neg().lanewise(VectorOperators.EXP).add(1.0)).intoArray(o, oo + i, m);
        }
    }

    private static void softplus(double[] x, int xo, double[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i);
            v.abs().neg().lanewise(VectorOperators.EXP).lanewise(VectorOperators.LOG1P).add(v.max(0.0)).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Double> m = S.indexInRange(i, n);
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i, m);
            v.abs().neg().lanewise(VectorOperators.EXP).lanewise(VectorOperators.LOG1P).add(v.max(0.0)).intoArray(o, oo + i, m);
        }
    }

    private static void abs(double[] x, int xo, double[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i);
            v.abs().intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Double> m = S.indexInRange(i, n);
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i, m);
            v.abs().intoArray(o, oo + i, m);
        }
    }

    /** 1, −1 or the value itself (±0, NaN) in each lane, as {@code torch.sign}; also used by generated kernels. */
    static DoubleVector sign(DoubleVector v) {
        return v.blend(1.0, v.compare(VectorOperators.GT, 0.0)).blend(-1.0, v.compare(VectorOperators.LT, 0.0));
    }

    private static void sign(double[] x, int xo, double[] o, int oo, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i);
            sign(v).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Double> m = S.indexInRange(i, n);
            DoubleVector v = DoubleVector.fromArray(S, x, xo + i, m);
            sign(v).intoArray(o, oo + i, m);
        }
    }

    /** {@code o = a op b} over n elements; a stride of 0 is a broadcast scalar. */
    static void binary(BinaryOp op, double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo, int os, int n) {
        if (os != 1 || as < 0 || as > 1 || bs < 0 || bs > 1) {
            for (int i = 0; i < n; i++) {
                o[oo + i * os] = ScalarMath.binary(op, a[ao + i * as], b[bo + i * bs]);
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

    private static void add(double[] x, int xo, int xs, double[] y, int yo, int ys, double[] o, int oo, int n) {
        DoubleVector sa = DoubleVector.broadcast(S, x[xo]);
        DoubleVector sb = DoubleVector.broadcast(S, y[yo]);
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector a = xs == 0 ? sa : DoubleVector.fromArray(S, x, xo + i);
            DoubleVector b = ys == 0 ? sb : DoubleVector.fromArray(S, y, yo + i);
            a.add(b).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Double> m = S.indexInRange(i, n);
            DoubleVector a = xs == 0 ? sa : DoubleVector.fromArray(S, x, xo + i, m);
            DoubleVector b = ys == 0 ? sb : DoubleVector.fromArray(S, y, yo + i, m);
            a.add(b).intoArray(o, oo + i, m);
        }
    }

    private static void sub(double[] x, int xo, int xs, double[] y, int yo, int ys, double[] o, int oo, int n) {
        DoubleVector sa = DoubleVector.broadcast(S, x[xo]);
        DoubleVector sb = DoubleVector.broadcast(S, y[yo]);
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector a = xs == 0 ? sa : DoubleVector.fromArray(S, x, xo + i);
            DoubleVector b = ys == 0 ? sb : DoubleVector.fromArray(S, y, yo + i);
            a.sub(b).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Double> m = S.indexInRange(i, n);
            DoubleVector a = xs == 0 ? sa : DoubleVector.fromArray(S, x, xo + i, m);
            DoubleVector b = ys == 0 ? sb : DoubleVector.fromArray(S, y, yo + i, m);
            a.sub(b).intoArray(o, oo + i, m);
        }
    }

    private static void mul(double[] x, int xo, int xs, double[] y, int yo, int ys, double[] o, int oo, int n) {
        DoubleVector sa = DoubleVector.broadcast(S, x[xo]);
        DoubleVector sb = DoubleVector.broadcast(S, y[yo]);
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector a = xs == 0 ? sa : DoubleVector.fromArray(S, x, xo + i);
            DoubleVector b = ys == 0 ? sb : DoubleVector.fromArray(S, y, yo + i);
            a.mul(b).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Double> m = S.indexInRange(i, n);
            DoubleVector a = xs == 0 ? sa : DoubleVector.fromArray(S, x, xo + i, m);
            DoubleVector b = ys == 0 ? sb : DoubleVector.fromArray(S, y, yo + i, m);
            a.mul(b).intoArray(o, oo + i, m);
        }
    }

    private static void div(double[] x, int xo, int xs, double[] y, int yo, int ys, double[] o, int oo, int n) {
        DoubleVector sa = DoubleVector.broadcast(S, x[xo]);
        DoubleVector sb = DoubleVector.broadcast(S, y[yo]);
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector a = xs == 0 ? sa : DoubleVector.fromArray(S, x, xo + i);
            DoubleVector b = ys == 0 ? sb : DoubleVector.fromArray(S, y, yo + i);
            a.div(b).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Double> m = S.indexInRange(i, n);
            DoubleVector a = xs == 0 ? sa : DoubleVector.fromArray(S, x, xo + i, m);
            DoubleVector b = ys == 0 ? sb : DoubleVector.fromArray(S, y, yo + i, m);
            a.div(b).intoArray(o, oo + i, m);
        }
    }

    private static void pow(double[] x, int xo, int xs, double[] y, int yo, int ys, double[] o, int oo, int n) {
        DoubleVector sa = DoubleVector.broadcast(S, x[xo]);
        DoubleVector sb = DoubleVector.broadcast(S, y[yo]);
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector a = xs == 0 ? sa : DoubleVector.fromArray(S, x, xo + i);
            DoubleVector b = ys == 0 ? sb : DoubleVector.fromArray(S, y, yo + i);
            a.lanewise(VectorOperators.POW, b).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Double> m = S.indexInRange(i, n);
            DoubleVector a = xs == 0 ? sa : DoubleVector.fromArray(S, x, xo + i, m);
            DoubleVector b = ys == 0 ? sb : DoubleVector.fromArray(S, y, yo + i, m);
            a.lanewise(VectorOperators.POW, b).intoArray(o, oo + i, m);
        }
    }

    private static void maximum(double[] x, int xo, int xs, double[] y, int yo, int ys, double[] o, int oo, int n) {
        DoubleVector sa = DoubleVector.broadcast(S, x[xo]);
        DoubleVector sb = DoubleVector.broadcast(S, y[yo]);
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector a = xs == 0 ? sa : DoubleVector.fromArray(S, x, xo + i);
            DoubleVector b = ys == 0 ? sb : DoubleVector.fromArray(S, y, yo + i);
            a.max(b).intoArray(o, oo + i);
        }
        if (i < n) {
            VectorMask<Double> m = S.indexInRange(i, n);
            DoubleVector a = xs == 0 ? sa : DoubleVector.fromArray(S, x, xo + i, m);
            DoubleVector b = ys == 0 ? sb : DoubleVector.fromArray(S, y, yo + i, m);
            a.max(b).intoArray(o, oo + i, m);
        }
    }

    /** {@code o = a cmp b} into bool over n elements. */
    static void compare(BinaryOp op, double[] a, int ao, int as, double[] b, int bo, int bs, boolean[] o, int oo, int os, int n) {
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

    private static int lt(double[] x, int xo, int xs, double[] y, int yo, int ys, boolean[] o, int oo, int n) {
        DoubleVector sa = DoubleVector.broadcast(S, x[xo]);
        DoubleVector sb = DoubleVector.broadcast(S, y[yo]);
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector a = xs == 0 ? sa : DoubleVector.fromArray(S, x, xo + i);
            DoubleVector b = ys == 0 ? sb : DoubleVector.fromArray(S, y, yo + i);
            a.compare(VectorOperators.LT, b).intoArray(o, oo + i);
        }
        return i;
    }

    private static int le(double[] x, int xo, int xs, double[] y, int yo, int ys, boolean[] o, int oo, int n) {
        DoubleVector sa = DoubleVector.broadcast(S, x[xo]);
        DoubleVector sb = DoubleVector.broadcast(S, y[yo]);
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector a = xs == 0 ? sa : DoubleVector.fromArray(S, x, xo + i);
            DoubleVector b = ys == 0 ? sb : DoubleVector.fromArray(S, y, yo + i);
            a.compare(VectorOperators.LE, b).intoArray(o, oo + i);
        }
        return i;
    }

    private static int eq(double[] x, int xo, int xs, double[] y, int yo, int ys, boolean[] o, int oo, int n) {
        DoubleVector sa = DoubleVector.broadcast(S, x[xo]);
        DoubleVector sb = DoubleVector.broadcast(S, y[yo]);
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector a = xs == 0 ? sa : DoubleVector.fromArray(S, x, xo + i);
            DoubleVector b = ys == 0 ? sb : DoubleVector.fromArray(S, y, yo + i);
            a.compare(VectorOperators.EQ, b).intoArray(o, oo + i);
        }
        return i;
    }

    static void where(boolean[] c, int co, int cs, double[] a, int ao, int as, double[] b, int bo, int bs,
                      double[] o, int oo, int os, int n) {
        int i = 0;
        if (os == 1 && cs == 1 && as >= 0 && as <= 1 && bs >= 0 && bs <= 1) {
            DoubleVector sa = DoubleVector.broadcast(S, a[ao]);
            DoubleVector sb = DoubleVector.broadcast(S, b[bo]);
            for (; i < S.loopBound(n); i += L) {
                VectorMask<Double> m = VectorMask.fromArray(S, c, co + i);
                DoubleVector va = as == 0 ? sa : DoubleVector.fromArray(S, a, ao + i);
                DoubleVector vb = bs == 0 ? sb : DoubleVector.fromArray(S, b, bo + i);
                vb.blend(va, m).intoArray(o, oo + i);
            }
        }
        for (; i < n; i++) {
            o[oo + i * os] = c[co + i * cs] ? a[ao + i * as] : b[bo + i * bs];
        }
    }

    static void copy(double[] x, int xo, int xs, double[] o, int oo, int os, int n) {
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

    /** The sum of a contiguous run, in four vector accumulators. */
    static double sum(double[] x, int xo, int n) {
        DoubleVector a0 = DoubleVector.zero(S);
        DoubleVector a1 = DoubleVector.zero(S);
        int i = 0;
        for (; i + 2 * L <= n; i += 2 * L) {
            a0 = a0.add(DoubleVector.fromArray(S, x, xo + i));
            a1 = a1.add(DoubleVector.fromArray(S, x, xo + i + L));
        }
        double total = a0.add(a1).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            total += x[xo + i];
        }
        return total;
    }

    /** The maximum of a contiguous run; NaN if any element is NaN; -inf if empty. */
    static double max(double[] x, int xo, int n) {
        DoubleVector acc = DoubleVector.broadcast(S, Double.NEGATIVE_INFINITY);
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            acc = acc.max(DoubleVector.fromArray(S, x, xo + i));
        }
        double best = acc.reduceLanes(VectorOperators.MAX);
        for (; i < n; i++) {
            best = Math.max(best, x[xo + i]);
        }
        return best;
    }

    /** {@code acc[ao + j] += x[xo + j]} (or max) for a contiguous run of {@code n}. */
    static void accumulate(boolean max, double[] x, int xo, double[] acc, int ao, int n) {
        int i = 0;
        if (max) {
            for (; i < S.loopBound(n); i += L) {
                DoubleVector.fromArray(S, acc, ao + i).max(DoubleVector.fromArray(S, x, xo + i)).intoArray(acc, ao + i);
            }
        } else {
            for (; i < S.loopBound(n); i += L) {
                DoubleVector.fromArray(S, acc, ao + i).add(DoubleVector.fromArray(S, x, xo + i)).intoArray(acc, ao + i);
            }
        }
        for (; i < n; i++) {
            acc[ao + i] = max ? Math.max(acc[ao + i], x[xo + i]) : acc[ao + i] + x[xo + i];
        }
    }
}
