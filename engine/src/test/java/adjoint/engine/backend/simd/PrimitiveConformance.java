package adjoint.engine.backend.simd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.DType;
import adjoint.engine.TensorException;
import adjoint.engine.backend.Backend;
import adjoint.engine.backend.BinaryOp;
import adjoint.engine.backend.CpuStorage;
import adjoint.engine.backend.ReduceOp;
import adjoint.engine.backend.ReferenceBackend;
import adjoint.engine.backend.Storage;
import adjoint.engine.backend.UnaryOp;
import adjoint.engine.backend.View;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every primitive of a backend against the reference backend, on random shapes and random layouts: contiguous,
 * permuted, every-second-element and offset views, broadcast (stride 0) inputs, and host scalars (Python numbers)
 * mixed into device operations. Each backend's test class extends this once.
 */
public abstract class PrimitiveConformance {
    protected static final Backend REF = ReferenceBackend.INSTANCE;
    private static final int CASES = 12;

    /** The backend under test. */
    protected abstract Backend backend();

    /** The floating dtypes the backend is tested in. */
    protected List<DType> floats() {
        return List.of(DType.FLOAT32, DType.FLOAT64);
    }

    /** The same logical tensor on the reference and on the backend under test. */
    public record Pair(View ref, View dut) {
    }

    // ---- random layouts -----------------------------------------------------------------------------------------

    static int[] randomShape(Random r, int maxRank, int maxSize) {
        int rank = r.nextInt(maxRank + 1);
        int[] s = new int[rank];
        for (int i = 0; i < rank; i++) {
            s[i] = 1 + r.nextInt(maxSize);
        }
        return s;
    }

    /** Strides and offset for {@code shape}: contiguous, permuted, or stepped with an offset; maybe broadcast. */
    static int[][] randomLayout(Random r, int[] shape, boolean broadcast) {
        int rank = shape.length;
        int[] strides = new int[rank];
        int offset = 0;
        switch (r.nextInt(3)) {
            case 0 -> strides = contiguous(shape);
            case 1 -> {
                Integer[] perm = new Integer[rank];
                for (int i = 0; i < rank; i++) {
                    perm[i] = i;
                }
                java.util.Collections.shuffle(Arrays.asList(perm), r);
                int[] permuted = new int[rank];
                for (int i = 0; i < rank; i++) {
                    permuted[i] = shape[perm[i]];
                }
                int[] cs = contiguous(permuted);
                for (int i = 0; i < rank; i++) {
                    strides[perm[i]] = cs[i];
                }
            }
            default -> {
                int[] bigger = shape.clone();
                int[] step = new int[rank];
                for (int i = 0; i < rank; i++) {
                    step[i] = 1 + r.nextInt(2);
                    bigger[i] *= step[i];
                }
                int[] cs = contiguous(bigger);
                for (int i = 0; i < rank; i++) {
                    strides[i] = cs[i] * step[i];
                }
                offset = r.nextInt(3);
            }
        }
        if (broadcast) {
            for (int i = 0; i < rank; i++) {
                if (r.nextInt(4) == 0) {
                    strides[i] = 0;
                }
            }
        }
        return new int[][] {strides, {offset}};
    }

    static int[] contiguous(int[] shape) {
        int[] s = new int[shape.length];
        int acc = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= shape[i];
        }
        return s;
    }

    static int extent(int[] shape, int[] strides, int offset) {
        int max = offset;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == 0) {
                return offset;
            }
            max += (shape[i] - 1) * strides[i];
        }
        return max + 1;
    }

    static double[] values(DType t, int n, Random r, boolean positive) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = switch (t) {
                case FLOAT32, FLOAT64 -> positive ? 0.1 + 2 * r.nextDouble() : -2 + 4 * r.nextDouble();
                case INT64 -> positive ? 1 + r.nextInt(5) : r.nextInt(11) - 5;
                case BOOL -> r.nextBoolean() ? 1 : 0;
            };
        }
        return v;
    }

    /** A random view of random data, the same on both backends. */
    protected Pair input(DType t, int[] shape, Random r, boolean broadcast, boolean positive) {
        int[][] layout = randomLayout(r, shape, broadcast);
        double[] data = values(t, extent(shape, layout[0], layout[1][0]), r, positive);
        return new Pair(new View(store(REF, t, data), shape, layout[0], layout[1][0]),
                new View(store(backend(), t, data), shape, layout[0], layout[1][0]));
    }

    protected Pair input(DType t, int[] shape, Random r) {
        return input(t, shape, r, true, false);
    }

    /** A random non-overlapping output view, pre-filled with the same values on both backends. */
    protected Pair output(DType t, int[] shape, Random r) {
        return input(t, shape, r, false, false);
    }

    static Storage store(Backend b, DType t, double[] data) {
        if (t.isFloating()) {
            return b.fromDoubles(t, data);
        }
        long[] l = new long[data.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = (long) data[i];
        }
        return b.fromLongs(t, l);
    }

    /** A Python number: a one-element host storage seen with stride 0 in every dimension. */
    static View hostScalar(DType t, double value, int[] shape) {
        CpuStorage s = (CpuStorage) store(REF, t, new double[] {value});
        return new View(s, shape, new int[shape.length], 0);
    }

    protected void assertMatches(Pair p, double rtol, double atol, String what) {
        if (!p.ref().dtype().isFloating()) {
            assertThat(backend().toLongs(p.dut())).as(what).containsExactly(REF.toLongs(p.ref()));
            return;
        }
        double[] want = REF.toDoubles(p.ref());
        double[] got = backend().toDoubles(p.dut());
        assertThat(got).as(what).hasSize(want.length);
        for (int i = 0; i < want.length; i++) {
            double w = want[i];
            double g = got[i];
            boolean ok = Double.isNaN(w) ? Double.isNaN(g) : Double.isInfinite(w) ? g == w : Math.abs(g - w) <= atol + rtol * Math.abs(w);
            if (!ok) {
                throw new AssertionError(what + ": element " + i + " expected " + w + " but got " + g + " (shape "
                        + Arrays.toString(p.ref().shape()) + ")");
            }
        }
    }

    static double rtol(DType t) {
        return t == DType.FLOAT32 ? 2e-5 : 1e-12;
    }

    static double atol(DType t) {
        return t == DType.FLOAT32 ? 1e-6 : 1e-13;
    }

    // ---- the primitives -----------------------------------------------------------------------------------------

    @Test
    void copyConvertsBetweenEveryPairOfDtypesOnAnyLayout() {
        Random r = new Random(1);
        List<DType> types = new ArrayList<>(floats());
        types.add(DType.INT64);
        types.add(DType.BOOL);
        for (DType from : types) {
            for (DType to : types) {
                for (int c = 0; c < 4; c++) {
                    int[] shape = randomShape(r, 4, 5);
                    Pair src = input(from, shape, r);
                    Pair dst = output(to, shape, r);
                    REF.copy(src.ref(), dst.ref());
                    backend().copy(src.dut(), dst.dut());
                    assertMatches(dst, 0, 0, "copy " + from + " -> " + to);
                }
            }
        }
    }

    @Test
    void fillWritesEveryElementOfAViewAndNothingElse() {
        Random r = new Random(2);
        for (DType t : floats()) {
            for (int c = 0; c < CASES; c++) {
                int[] shape = randomShape(r, 4, 6);
                Pair dst = output(t, shape, r);
                REF.fill(dst.ref(), 1.25);
                backend().fill(dst.dut(), 1.25);
                assertMatches(dst, 0, 0, "fill");
                View whole = View.of(dst.ref().storage(), new int[] {dst.ref().storage().size()});
                View wholeDut = View.of(dst.dut().storage(), new int[] {dst.dut().storage().size()});
                assertMatches(new Pair(whole, wholeDut), 0, 0, "fill leaves the rest of the storage alone");
            }
        }
    }

    @Test
    void everyUnaryOpMatchesTheReference() {
        Random r = new Random(3);
        for (DType t : floats()) {
            for (UnaryOp op : UnaryOp.values()) {
                for (int c = 0; c < CASES; c++) {
                    int[] shape = randomShape(r, 4, 9);
                    Pair x = input(t, shape, r, false, c % 2 == 0);
                    Pair out = output(t, shape, r);
                    REF.unary(op, x.ref(), out.ref());
                    backend().unary(op, x.dut(), out.dut());
                    assertMatches(out, rtol(t) * 4, atol(t), op + " " + t);
                }
            }
        }
        for (UnaryOp op : List.of(UnaryOp.NEG, UnaryOp.ABS, UnaryOp.SIGN)) {
            int[] shape = randomShape(r, 3, 6);
            Pair x = input(DType.INT64, shape, r);
            Pair out = output(DType.INT64, shape, r);
            REF.unary(op, x.ref(), out.ref());
            backend().unary(op, x.dut(), out.dut());
            assertMatches(out, 0, 0, op + " int64");
        }
    }

    @Test
    void everyBinaryOpMatchesTheReferenceWithBroadcastOperands() {
        Random r = new Random(4);
        List<DType> types = new ArrayList<>(floats());
        types.add(DType.INT64);
        for (DType t : types) {
            for (BinaryOp op : BinaryOp.values()) {
                for (int c = 0; c < CASES; c++) {
                    int[] shape = randomShape(r, 4, 7);
                    Pair a = input(t, shape, r, true, op == BinaryOp.POW);
                    Pair b = input(t, shape, r, true, op == BinaryOp.DIV && t == DType.INT64);
                    if (op == BinaryOp.POW && t == DType.INT64) {
                        b = input(t, shape, r, true, true);
                    }
                    check(op, t, a, b, shape, r);
                }
            }
        }
        for (BinaryOp op : List.of(BinaryOp.ADD, BinaryOp.MUL, BinaryOp.MAXIMUM, BinaryOp.EQ, BinaryOp.LT)) {
            int[] shape = randomShape(r, 3, 6);
            check(op, DType.BOOL, input(DType.BOOL, shape, r), input(DType.BOOL, shape, r), shape, r);
        }
    }

    private void check(BinaryOp op, DType t, Pair a, Pair b, int[] shape, Random r) {
        Pair out = output(op.isComparison() ? DType.BOOL : t, shape, r);
        REF.binary(op, a.ref(), b.ref(), out.ref());
        backend().binary(op, a.dut(), b.dut(), out.dut());
        assertMatches(out, rtol(t) * 4, atol(t), op + " " + t);
    }

    @Test
    void pythonNumbersJoinBinaryOpsOnEitherSide() {
        Random r = new Random(5);
        for (DType t : floats()) {
            for (BinaryOp op : BinaryOp.values()) {
                int[] shape = randomShape(r, 3, 8);
                Pair x = input(t, shape, r, false, true);
                View number = hostScalar(t, 1.5, shape);
                Pair left = output(op.isComparison() ? DType.BOOL : t, shape, r);
                REF.binary(op, number, x.ref(), left.ref());
                backend().binary(op, number, x.dut(), left.dut());
                assertMatches(left, rtol(t), atol(t), "number " + op + " x");
                Pair right = output(op.isComparison() ? DType.BOOL : t, shape, r);
                REF.binary(op, x.ref(), number, right.ref());
                backend().binary(op, x.dut(), number, right.dut());
                assertMatches(right, rtol(t), atol(t), "x " + op + " number");
            }
        }
    }

    @Test
    void whereSelectsElementwiseWithBroadcastAndNumbers() {
        Random r = new Random(6);
        List<DType> types = new ArrayList<>(floats());
        types.add(DType.INT64);
        for (DType t : types) {
            for (int c = 0; c < CASES; c++) {
                int[] shape = randomShape(r, 4, 6);
                Pair cond = input(DType.BOOL, shape, r);
                Pair a = input(t, shape, r);
                Pair b = c % 3 == 0 ? new Pair(hostScalar(t, 0, shape), hostScalar(t, 0, shape)) : input(t, shape, r);
                Pair out = output(t, shape, r);
                REF.where(cond.ref(), a.ref(), b.ref(), out.ref());
                backend().where(cond.dut(), a.dut(), b.dut(), out.dut());
                assertMatches(out, 0, 0, "where " + t);
            }
        }
    }

    @Test
    void sumAndMaxReduceAnySetOfDimensions() {
        Random r = new Random(7);
        List<DType> types = new ArrayList<>(floats());
        types.add(DType.INT64);
        for (DType t : types) {
            for (ReduceOp op : ReduceOp.values()) {
                for (int c = 0; c < 2 * CASES; c++) {
                    int[] shape = randomShape(r, 4, 7);
                    reduceAndCompare(op, t, shape, r);
                }
            }
        }
    }

    @Test
    void longRowsColumnsAndWholeTensorsReduceOnTheFastPaths() {
        Random r = new Random(8);
        for (DType t : floats()) {
            for (ReduceOp op : ReduceOp.values()) {
                for (int[] shape : new int[][] {{3, 40_000}, {40_000, 5}, {300_001}, {7, 129, 33}, {2, 70_000}}) {
                    reduceAndCompare(op, t, shape, r);
                }
            }
        }
    }

    private void reduceAndCompare(ReduceOp op, DType t, int[] shape, Random r) {
        Pair x = input(t, shape, r, shape.length < 3 || shape[0] < 1000, false);
        int[] outShape = shape.clone();
        for (int d = 0; d < shape.length; d++) {
            if (r.nextBoolean() || shape.length == 1) {
                outShape[d] = 1;
            }
        }
        View refOut = View.of(REF.allocate(t, numel(outShape)), outShape);
        View dutOut = View.of(backend().allocate(t, numel(outShape)), outShape);
        REF.reduce(op, x.ref(), refOut);
        backend().reduce(op, x.dut(), dutOut);
        int n = numel(shape) / Math.max(1, numel(outShape));
        // The reference adds in order: its own error grows as n eps sum|x|, with sum|x| <= 2n here.
        double atol = t == DType.FLOAT32 ? 2e-6 * n : 2.5e-16 * n * n + 1e-13;
        assertMatches(new Pair(refOut, dutOut), rtol(t), atol, op + " " + t + " of " + Arrays.toString(shape) + " into "
                + Arrays.toString(outShape));
    }

    static int numel(int[] shape) {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    @Test
    void matmulMatchesOnRandomShapesTransposesAndBatches() {
        Random r = new Random(9);
        for (DType t : floats()) {
            for (int c = 0; c < 3 * CASES; c++) {
                int m = 1 + r.nextInt(c < 30 ? 40 : 150);
                int k = 1 + r.nextInt(c < 30 ? 40 : 150);
                int n = 1 + r.nextInt(c < 30 ? 40 : 150);
                int[] batch = c % 3 == 0 ? new int[] {1 + r.nextInt(3)} : new int[0];
                multiplyAndCompare(t, batch, m, k, n, r);
            }
            multiplyAndCompare(t, new int[0], 257, 300, 130, r);
        }
    }

    private void multiplyAndCompare(DType t, int[] batch, int m, int k, int n, Random r) {
        Pair a = input(t, concat(batch, m, k), r);
        Pair b = input(t, concat(batch, k, n), r);
        int[] outShape = concat(batch, m, n);
        View refOut = View.of(REF.allocate(t, numel(outShape)), outShape);
        View dutOut = View.of(backend().allocate(t, numel(outShape)), outShape);
        REF.matmul(a.ref(), b.ref(), refOut);
        backend().matmul(a.dut(), b.dut(), dutOut);
        double atol = (t == DType.FLOAT32 ? 2e-6 : 1e-14) * k * 4;
        assertMatches(new Pair(refOut, dutOut), rtol(t), atol, "matmul " + t + " " + m + "x" + k + "x" + n);
    }

    static int[] concat(int[] batch, int x, int y) {
        int[] out = Arrays.copyOf(batch, batch.length + 2);
        out[batch.length] = x;
        out[batch.length + 1] = y;
        return out;
    }

    @Test
    void gatherScatterAddAndArgmaxFollowTheirIndices() {
        Random r = new Random(10);
        for (DType t : floats()) {
            for (int c = 0; c < CASES; c++) {
                int[] shape = randomShape(r, 3, 6);
                if (shape.length == 0) {
                    shape = new int[] {4};
                }
                int dim = r.nextInt(shape.length);
                Pair x = input(t, shape, r, false, false);
                int[] indexShape = shape.clone();
                indexShape[dim] = 1 + r.nextInt(5);
                long[] idx = new long[numel(indexShape)];
                for (int i = 0; i < idx.length; i++) {
                    idx[i] = r.nextInt(2 * shape[dim]) - shape[dim];
                }
                View refIdx = View.of(REF.fromLongs(DType.INT64, idx), indexShape);
                View dutIdx = View.of(backend().fromLongs(DType.INT64, idx), indexShape);
                Pair gathered = output(t, indexShape, r);
                REF.gather(x.ref(), dim, refIdx, gathered.ref());
                backend().gather(x.dut(), dim, dutIdx, gathered.dut());
                assertMatches(gathered, 0, 0, "gather " + t);

                Pair dst = output(t, shape, r);
                Pair src = input(t, indexShape, r, false, false);
                REF.scatterAdd(dst.ref(), dim, refIdx, src.ref());
                backend().scatterAdd(dst.dut(), dim, dutIdx, src.dut());
                assertMatches(dst, rtol(t), atol(t) * 8, "scatterAdd " + t);

                int[] argShape = shape.clone();
                argShape[dim] = 1;
                View refArg = View.of(REF.allocate(DType.INT64, numel(argShape)), argShape);
                View dutArg = View.of(backend().allocate(DType.INT64, numel(argShape)), argShape);
                REF.argmax(x.ref(), dim, refArg);
                backend().argmax(x.dut(), dim, dutArg);
                assertMatches(new Pair(refArg, dutArg), 0, 0, "argmax " + t);
            }
        }
    }

    @Test
    void anIndexOutOfRangeIsAnError() {
        View x = View.of(backend().fromDoubles(floats().get(0), new double[] {1, 2, 3}), new int[] {3});
        View idx = View.of(backend().fromLongs(DType.INT64, new long[] {0, 7}), new int[] {2});
        View out = View.of(backend().allocate(floats().get(0), 2), new int[] {2});
        assertThatThrownBy(() -> {
            backend().gather(x, 0, idx, out);
            backend().toDoubles(out);
        }).isInstanceOf(TensorException.class).hasMessageContaining("out");
    }

    @Test
    void integerDivisionByZeroIsAnError() {
        View a = View.of(backend().fromLongs(DType.INT64, new long[] {1, 2}), new int[] {2});
        View b = View.of(backend().fromLongs(DType.INT64, new long[] {1, 0}), new int[] {2});
        View out = View.of(backend().allocate(DType.INT64, 2), new int[] {2});
        assertThatThrownBy(() -> backend().binary(BinaryOp.DIV, a, b, out)).isInstanceOf(TensorException.class)
                .hasMessageContaining("division by zero");
    }
}
