package adjoint.engine.backend.simd;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.DType;
import adjoint.engine.backend.Backend;
import adjoint.engine.backend.BinaryOp;
import adjoint.engine.backend.ElementwiseProgram;
import adjoint.engine.backend.ReferenceBackend;
import adjoint.engine.backend.Storage;
import adjoint.engine.backend.UnaryOp;
import adjoint.engine.backend.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A backend's {@link Backend#elementwise} on random programs: bit for bit what the same backend computes one
 * primitive at a time, and within rounding of the reference. Sizes cover one partial tile, exact tiles and enough
 * tiles for several threads; inputs include a broadcast number; outputs include an input, a constant and a step
 * asked for twice.
 */
public final class ElementwiseProgramConformance {
    private static final int[] SIZES = {1, 7, 1024, 3000, 40_000};
    private static final BinaryOp[] ARITHMETIC = {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.DIV, BinaryOp.POW,
        BinaryOp.MAXIMUM};

    private ElementwiseProgramConformance() {
    }

    /** A random program over two inputs (the second a broadcast number) with five outputs. */
    static ElementwiseProgram randomProgram(Random r) {
        ElementwiseProgram.Builder b = ElementwiseProgram.builder(2);
        List<Integer> values = new ArrayList<>(List.of(b.input(0), b.input(1), b.constant(-0.75 + r.nextInt(4))));
        for (int i = 0; i < 24; i++) {
            int x = values.get(r.nextInt(values.size()));
            int y = values.get(r.nextInt(values.size()));
            values.add(r.nextBoolean()
                    ? b.unary(UnaryOp.values()[r.nextInt(UnaryOp.values().length)], x)
                    : b.binary(ARITHMETIC[r.nextInt(ARITHMETIC.length)], x, y));
        }
        int last = values.getLast();
        return b.build(last, values.get(values.size() - 2), 0, 2, last);
    }

    public static void check(Backend backend, List<DType> floats) {
        Random r = new Random(11);
        for (DType t : floats) {
            for (int n : SIZES) {
                for (int c = 0; c < 6; c++) {
                    ElementwiseProgram p = randomProgram(r);
                    double[] x = new double[n];
                    for (int i = 0; i < n; i++) {
                        x[i] = -3 + 6 * r.nextDouble();
                    }
                    double number = 0.25 + r.nextDouble();
                    double[][] fused = run(backend, p, t, x, number, true);
                    double[][] fresh = runFresh(backend, p, t, x, number);
                    double[][] stepwise = run(backend, p, t, x, number, false);
                    double[][] reference = run(ReferenceBackend.INSTANCE, p, t, x, number, false);
                    for (int k = 0; k < fused.length; k++) {
                        String what = t + " n=" + n + " output " + k + " of " + p.steps();
                        assertThat(bits(fused[k])).as(what).containsExactly(bits(stepwise[k]));
                        assertThat(bits(fresh[k])).as(what + " into fresh outputs").containsExactly(bits(stepwise[k]));
                        assertClose(fused[k], reference[k], t == DType.FLOAT32 ? 1e-3 : 1e-9, what);
                    }
                }
            }
        }
    }

    private static double[][] run(Backend b, ElementwiseProgram p, DType t, double[] x, double number, boolean fused) {
        int[] shape = {x.length};
        View[] in = {View.of(b.fromDoubles(t, x), shape), new View(b.fromDoubles(t, new double[] {number}), shape, new int[1], 0)};
        View[] out = new View[p.outputs().length];
        for (int k = 0; k < out.length; k++) {
            out[k] = View.of(b.allocate(t, x.length), shape);
        }
        if (fused) {
            b.elementwise(p, in, out);
        } else {
            p.runStepByStep(b, in, out);
        }
        double[][] result = new double[out.length][];
        for (int k = 0; k < out.length; k++) {
            result[k] = b.toDoubles(out[k]);
        }
        return result;
    }

    private static double[][] runFresh(Backend b, ElementwiseProgram p, DType t, double[] x, double number) {
        int[] shape = {x.length};
        View[] in = {View.of(b.fromDoubles(t, x), shape), new View(b.fromDoubles(t, new double[] {number}), shape, new int[1], 0)};
        Storage[] fresh = b.elementwiseFresh(p, in, t, shape);
        double[][] result = new double[fresh.length][];
        for (int k = 0; k < fresh.length; k++) {
            result[k] = b.toDoubles(View.of(fresh[k], shape));
        }
        return result;
    }

    static long[] bits(double[] v) {
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Double.doubleToLongBits(v[i]);
        }
        return out;
    }

    /** Close in relative terms where the values are ordinary; chaotic chains may amplify rounding, so large values pass. */
    private static void assertClose(double[] got, double[] want, double rtol, String what) {
        int far = 0;
        for (int i = 0; i < got.length; i++) {
            double g = got[i];
            double w = want[i];
            boolean same = Double.isNaN(w) ? Double.isNaN(g) : Double.isInfinite(w) ? g == w
                    : Math.abs(g - w) <= rtol * Math.max(1, Math.abs(w));
            far += same ? 0 : 1;
        }
        assertThat(far).as(what + ": elements away from the reference").isLessThanOrEqualTo(got.length / 50);
    }
}
