package adjoint.engine.backend.simd;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.DType;
import adjoint.engine.backend.BinaryOp;
import adjoint.engine.backend.ElementwiseProgram;
import adjoint.engine.backend.UnaryOp;
import adjoint.engine.backend.View;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whole tiles run in stages: library calls as loops of their own, runs of simple steps as generated kernels with
 * their intermediates in registers ({@link GroupKernel}). Same values as one step after another.
 */
class GeneratedRunsTest {
    private static final int N = 5 * ElementwiseTiles.TILE + 3; // whole tiles, and a partial one run step by step

    @Test
    void everySimpleStepInAGeneratedRunGivesTheOneStepLoopsBitsExactly() {
        ElementwiseProgram.Builder b = ElementwiseProgram.builder(2);
        int x = b.input(0);
        int c = b.input(1); // a broadcast number
        int half = b.constant(0.5);
        int s = b.binary(BinaryOp.ADD, b.binary(BinaryOp.MUL, x, half), c);
        int d = b.binary(BinaryOp.DIV, b.binary(BinaryOp.SUB, s, x), b.unary(UnaryOp.ABS, x));
        int m = b.binary(BinaryOp.MAXIMUM, b.unary(UnaryOp.SQRT, b.unary(UnaryOp.ABS, d)), b.unary(UnaryOp.NEG, s));
        int sign = b.unary(UnaryOp.SIGN, b.binary(BinaryOp.SUB, m, c));
        ElementwiseProgram p = b.build(m, sign, x, half, m, d);

        for (DType t : List.of(DType.FLOAT32, DType.FLOAT64)) {
            View[] in = inputs(t, 1.25);
            assertThat(new ElementwiseTiles.Plan(p, in, t, N).generated()).as(t.toString()).isTrue();
            assertThat(new ElementwiseTiles.Plan(p, in, t, ElementwiseTiles.TILE - 1).generated()).isFalse(); // no whole tile

            double[][] staged = run(p, in, t, false);
            double[][] stepwise = run(p, in, t, true);

            for (int k = 0; k < staged.length; k++) {
                assertThat(ElementwiseProgramConformance.bits(staged[k])).as(t + " output " + k)
                        .containsExactly(ElementwiseProgramConformance.bits(stepwise[k]));
            }
            assertThat(staged[3]).containsOnly(0.5);
            assertThat(staged[4]).isEqualTo(staged[0]);
        }
    }

    @Test
    void callsRunBetweenRunsThatReadTheirResults() {
        // f = -x log x - y log y and its gradient: the negations and divisions before the logarithms, the rest after
        ElementwiseProgram.Builder b = ElementwiseProgram.builder(2);
        int x = b.input(0);
        int y = b.input(1);
        int nx = b.unary(UnaryOp.NEG, x);
        int lx = b.unary(UnaryOp.LOG, x);
        int ly = b.unary(UnaryOp.LOG, y);
        int f = b.binary(BinaryOp.SUB, b.binary(BinaryOp.MUL, nx, lx), b.binary(BinaryOp.MUL, y, ly));
        int gx = b.binary(BinaryOp.SUB, b.binary(BinaryOp.DIV, nx, x), lx);
        int deep = b.binary(BinaryOp.MUL, b.unary(UnaryOp.EXP, b.binary(BinaryOp.MUL, f, gx)), gx); // a second call level
        ElementwiseProgram p = b.build(f, gx, deep, lx);

        for (DType t : List.of(DType.FLOAT32, DType.FLOAT64)) {
            Random r = new Random(9);
            double[] xs = new double[N];
            double[] ys = new double[N];
            for (int i = 0; i < N; i++) {
                xs[i] = 0.05 + 2 * r.nextDouble();
                ys[i] = 0.05 + 2 * r.nextDouble();
            }
            int[] shape = {N};
            View[] in = {View.of(SimdBackend.INSTANCE.fromDoubles(t, xs), shape),
                View.of(SimdBackend.INSTANCE.fromDoubles(t, ys), shape)};
            assertThat(new ElementwiseTiles.Plan(p, in, t, N).generated()).isTrue();

            double[][] staged = run(p, in, t, false);

            for (int i = 0; i < N; i += 97) {
                double lnx = Math.log(xs(t, xs[i]));
                double fi = -xs(t, xs[i]) * lnx - xs(t, ys[i]) * Math.log(xs(t, ys[i]));
                double tol = t == DType.FLOAT32 ? 1e-5 : 1e-14;
                assertThat(staged[0][i]).as("f at %d", i).isCloseTo(fi, org.assertj.core.api.Assertions.within(tol * 4));
                assertThat(staged[1][i]).as("gx at %d", i).isCloseTo(-1 - lnx, org.assertj.core.api.Assertions.within(tol * 4));
                assertThat(staged[2][i]).isCloseTo(Math.exp(fi * (-1 - lnx)) * (-1 - lnx),
                        org.assertj.core.api.Assertions.within(tol * 40));
                assertThat(staged[3][i]).isCloseTo(lnx, org.assertj.core.api.Assertions.within(tol));
            }
        }
    }

    @Test
    void aProgramWithoutTwoSimpleStepsInARunIsNotGenerated() {
        ElementwiseProgram.Builder b = ElementwiseProgram.builder(1);
        int x = b.input(0);
        ElementwiseProgram p = b.build(b.unary(UnaryOp.NEG, b.unary(UnaryOp.EXP, b.unary(UnaryOp.LOG, x))));

        assertThat(new ElementwiseTiles.Plan(p, new View[] {inputs(DType.FLOAT64, 1)[0]}, DType.FLOAT64, N).generated()).isFalse();
    }

    /** The value as the dtype holds it. */
    private static double xs(DType t, double v) {
        return t == DType.FLOAT32 ? (float) v : v;
    }

    private static View[] inputs(DType t, double number) {
        Random r = new Random(4);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = i % 17 == 0 ? 0 : -3 + 6 * r.nextDouble(); // zeros: 0/0 and sign(0)
        }
        int[] shape = {N};
        return new View[] {View.of(SimdBackend.INSTANCE.fromDoubles(t, x), shape),
            new View(SimdBackend.INSTANCE.fromDoubles(t, new double[] {number}), shape, new int[1], 0)};
    }

    private static double[][] run(ElementwiseProgram p, View[] in, DType t, boolean stepwise) {
        int[] shape = {N};
        View[] out = new View[p.outputs().length];
        for (int k = 0; k < out.length; k++) {
            out[k] = View.of(SimdBackend.INSTANCE.allocate(t, N), shape);
        }
        if (stepwise) {
            p.runStepByStep(SimdBackend.INSTANCE, in, out);
        } else {
            SimdBackend.INSTANCE.elementwise(p, in, out);
        }
        double[][] result = new double[out.length][];
        for (int k = 0; k < out.length; k++) {
            result[k] = SimdBackend.INSTANCE.toDoubles(out[k]);
        }
        return result;
    }
}
