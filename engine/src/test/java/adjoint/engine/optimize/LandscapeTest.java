package adjoint.engine.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LandscapeTest {
    private static final String Q6 = "x = 1.0\ny = 1.0\nf = -x*log(x) - y*log(y)";
    private static final String Q2 = "x = 6.0\nf = log(x**2)\nloss = (3 - f)**2";

    @Test
    void aBatchedSurfaceEqualsPointByPointEvaluation() {
        Objective o = Objective.parse("x = 0.0\ny = 0.0\nf = sin(x) * exp(-y**2) + 0.1*x*y**3", "x", "y");
        Surface s = Landscape.surface(o, new Axis(-2, 2, 31), new Axis(-1.5, 1, 23));

        assertThat(s.batched()).isTrue();
        assertThat(s.rows()).isEqualTo(23);
        assertThat(s.columns()).isEqualTo(31);
        for (int r = 0; r < s.rows(); r++) {
            for (int c = 0; c < s.columns(); c++) {
                Objective.Sample p = o.at(new double[] {s.xs().value(c), s.ys().value(r)});
                assertThat(s.f(r, c)).isCloseTo(p.f(), within(1e-14));
                assertThat(s.gradX(r, c)).isCloseTo(p.grad()[0], within(1e-14));
                assertThat(s.gradY(r, c)).isCloseTo(p.grad()[1], within(1e-14));
            }
        }
    }

    @Test
    void undefinedPointsAreNanWithTheReason() {
        Surface s = Landscape.surface(Objective.parse(Q6, "x", "y"), new Axis(-1, 3, 41), new Axis(-1, 3, 41));

        assertThat(s.batched()).isTrue();
        assertThat(s.isDefined(0, 0)).isFalse();
        assertThat(s.f(0, 0)).isNaN();
        assertThat(s.isDefined(40, 40)).isTrue();
        assertThat(s.f(40, 40)).isCloseTo(-6 * Math.log(3), within(1e-14));
        assertThat(s.undefinedCount()).isEqualTo(41 * 41 - 30 * 30);
        assertThat(s.note()).startsWith("log of a negative number is not defined (nan)");
    }

    @Test
    void aGraphThatMixesPointsFallsBackToOneAtATime() {
        Objective o = Objective.parse("x = 1.0\ny = 2.0\nf = (x * tensor([1.0, 2.0, 3.0])).sum() + y**2", "x", "y");

        Surface s = Landscape.surface(o, new Axis(-1, 1, 3), new Axis(-1, 1, 3));

        assertThat(s.batched()).isFalse();
        assertThat(s.f(0, 0)).isEqualTo(-6 + 1);
        assertThat(s.gradX(0, 0)).isEqualTo(6);
        assertThat(s.gradY(0, 0)).isEqualTo(-2);
    }

    @Test
    void theCurveOfQ2HasItsSlopeAndTangent() {
        Objective o = Objective.parse(Q2, "x");
        Curve c = Landscape.curve(o, new Axis(1, 8, 71));

        assertThat(c.batched()).isTrue();
        for (int i = 0; i < c.size(); i++) {
            double x = c.x(i);
            double h = 3 - Math.log(x * x);
            assertThat(c.f(i)).isCloseTo(h * h, within(1e-13));
            assertThat(c.slope(i)).isCloseTo(-4 * h / x, within(1e-13));
        }
        Tangent t = Landscape.tangent(o, 6);
        assertThat(t.slope()).isCloseTo(-4 * (3 - Math.log(36)) / 6, within(1e-15));
        assertThat(t.y(7)).isCloseTo(t.f() + t.slope(), within(1e-15));
    }

    @Test
    void theCurveMarksLogOfZero() {
        Curve c = Landscape.curve(Objective.parse(Q2, "x"), new Axis(-1, 1, 3));

        assertThat(c.isDefined(1)).isFalse();
        assertThat(c.note()).startsWith("log of zero is -inf");
        assertThat(c.range()).containsExactly(9, 9);
    }

    // ---- the fused program against the unfused path (GraphEvaluator, one forward and one backward) ---------------

    private static final String[] ELEMENTWISE = {
        Q6,
        "x = 0.5\ny = 2.0\nf = sin(x) * exp(-y**2) + 0.1*x*y**3",
        "x = 1.0\ny = 1.0\na = 2.5\nf = tanh(a*x - y) / (1 + x**2) + sqrt(y) - log1p(x*y)",
        "x = 1.0\ny = 1.0\nf = (1 - x)**2 + 100*(y - x**2)**2",
        "x = 1.0\ny = 1.0\nf = x / y + exp2(x) - cos(y)*tan(x) + reciprocal(x - y)",
        "x = 1.0\ny = 1.0\nf = abs(x)*sigmoid(y) + erf(x - y) + 2**x * y**0.5 - x.log() * y.pow(3)",
        "x = 1.0\ny = 1.0\nu = x*y\nf = u*u + sin(u) + u/x - (-x)",
    };

    @Test
    void theFusedSurfaceEqualsTheUnfusedEvaluationWithItsUndefinedRegions() {
        Axis xs = new Axis(-1, 3, 41);
        Axis ys = new Axis(-2, 2, 37);
        for (String program : ELEMENTWISE) {
            Objective o = Objective.parse(program, "x", "y");
            assertThat(o.elementwiseGradient()).as(program).isNotNull();

            Surface s = Landscape.surface(o, xs, ys);
            Unfused u = unfused(o, grid(xs, ys, true), grid(xs, ys, false));

            assertThat(s.batched()).isTrue();
            for (int r = 0; r < s.rows(); r++) {
                for (int c = 0; c < s.columns(); c++) {
                    int i = r * s.columns() + c;
                    String at = program + " at (" + xs.value(c) + ", " + ys.value(r) + ")";
                    assertThat(Double.doubleToLongBits(s.f(r, c))).as("f " + at).isEqualTo(Double.doubleToLongBits(u.f[i]));
                    assertSame(s.gradX(r, c), u.grads[0][i], 1e-12, "∂f/∂x " + at);
                    assertSame(s.gradY(r, c), u.grads[1][i], 1e-12, "∂f/∂y " + at);
                }
            }
            assertThat(s.note()).as(program).isEqualTo(u.note);
        }
    }

    @Test
    void theFusedCurveAndFloat32SurfaceEqualTheUnfusedEvaluation() {
        Objective q2 = Objective.parse(Q2, "x");
        Axis xs = new Axis(-1, 8, 91);
        Curve c = Landscape.curve(q2, xs);
        Unfused u = unfused(q2, xs.values());
        for (int i = 0; i < c.size(); i++) {
            assertSame(c.f(i), u.f[i], 0, "f at " + xs.value(i));
            assertSame(c.slope(i), u.grads[0][i], 1e-12, "f' at " + xs.value(i));
        }
        assertThat(c.note()).isEqualTo(u.note).isNotNull();

        Objective q6 = Objective.parse(Q6, "x", "y").withDtype(adjoint.engine.DType.FLOAT32);
        Axis grid = new Axis(-0.5, 2, 26);
        Surface s = Landscape.surface(q6, grid, grid);
        Unfused v = unfused(q6, grid(grid, grid, true), grid(grid, grid, false));
        for (int i = 0; i < v.f.length; i++) {
            assertSame(s.f(i / 26, i % 26), v.f[i], 0, "float32 f");
            assertSame(s.gradX(i / 26, i % 26), v.grads[0][i], 1e-6, "float32 ∂f/∂x");
        }
    }

    @Test
    void theGradientFieldGivesFreshTensorsOfFAndEachPartial() {
        adjoint.engine.Tensor x = adjoint.engine.Tensor.fromDoubles(adjoint.engine.DType.FLOAT64, new double[] {1, Math.E, -1}, 3);
        adjoint.engine.Tensor y = adjoint.engine.Tensor.fromDoubles(adjoint.engine.DType.FLOAT64, new double[] {1, 1, 2}, 3);
        Objective q6 = Objective.parse(Q6, "x", "y");

        adjoint.engine.Tensor[] fused = Landscape.gradientField(q6, x, y);
        adjoint.engine.Tensor[] unfused = Landscape.gradientField(Objective.parse(Q6 + "\ng = maximum(f, f)", "x", "y"), x, y);

        assertThat(fused).hasSize(3);
        assertThat(fused[0].toDoubles()).containsExactly(-0.0, -Math.E, Double.NaN);
        assertThat(fused[1].toDoubles()).containsExactly(-1, -2, Double.NaN);
        assertThat(fused[2].toDoubles()).containsExactly(-1, -1, -Math.log(2) - 1);
        assertThat(fused[0].requiresGrad()).isFalse();
        assertThat(x.requiresGrad()).isFalse();
        assertThat(unfused[1].toDoubles()).containsExactly(-1, -2, Double.NaN);
    }

    @Test
    void aKeptGridRedrawsIntoTheSameMemoryWithTheValuesOfAFreshSurface() {
        Axis xs = new Axis(-1, 4, 37);
        Axis ys = new Axis(0.05, 3, 29);
        SurfaceGrid grid = new SurfaceGrid(xs, ys, adjoint.engine.DType.FLOAT64);
        Objective q6 = Objective.parse(Q6, "x", "y");
        Objective other = Objective.parse("x = 1.0\ny = 1.0\nf = x*x + exp(y)", "x", "y");

        adjoint.engine.Tensor[] first = grid.gradientField(q6);
        double[] q6Values = first[1].toDoubles();
        adjoint.engine.Tensor[] second = grid.gradientField(other);

        assertThat(second).containsExactly(first); // the same tensors, overwritten
        assertThat(second[1].toDoubles()[1]).isEqualTo(2 * xs.value(1));
        assertThat(grid.gradientField(q6)[1].toDoubles()).containsExactly(q6Values);

        Surface kept = grid.sample(q6);
        Surface fresh = Landscape.surface(q6, xs, ys);

        assertThat(grid.matches(xs, ys, adjoint.engine.DType.FLOAT64)).isTrue();
        assertThat(grid.matches(xs, new Axis(0.05, 3, 30), adjoint.engine.DType.FLOAT64)).isFalse();
        assertThat(grid.matches(xs, ys, adjoint.engine.DType.FLOAT32)).isFalse();
        assertThat(kept.note()).isEqualTo(fresh.note()).isNotNull();
        for (int r = 0; r < ys.count(); r++) {
            for (int c = 0; c < xs.count(); c++) {
                assertThat(new double[] {kept.f(r, c), kept.gradX(r, c), kept.gradY(r, c)})
                        .containsExactly(fresh.f(r, c), fresh.gradX(r, c), fresh.gradY(r, c));
            }
        }
    }

    @Test
    void aKeptGridSamplesAnObjectiveThatIsNotOneProgram() {
        Axis axis = new Axis(-1, 1, 5);
        SurfaceGrid grid = new SurfaceGrid(axis, axis, adjoint.engine.DType.FLOAT64);
        Objective maximum = Objective.parse("x = 1.0\ny = 1.0\nf = maximum(x, y) + x*y", "x", "y");
        Objective product = Objective.parse("x = 1.0\ny = 1.0\nf = x*y", "x", "y");

        Surface s = grid.sample(maximum);

        assertThat(s.batched()).isTrue();
        assertThat(s.f(0, 4)).isEqualTo(1 + 1 * -1);
        assertThat(grid.sample(product).gradX(4, 3)).isEqualTo(1);
        assertThat(grid.sample(maximum).f(4, 4)).isEqualTo(2);
    }

    @Test
    void aGraphWithAMaximumIsNotFusedAndStillBatched() {
        Objective o = Objective.parse("x = 1.0\ny = 1.0\nf = maximum(x, y) + x*y", "x", "y");

        assertThat(o.elementwiseGradient()).isNull();
        assertThat(Landscape.surface(o, new Axis(-1, 1, 5), new Axis(-1, 1, 5)).batched()).isTrue();
    }

    private record Unfused(double[] f, double[][] grads, String note) {
    }

    /**
     * What Landscape computed before the fused program: grids as leaf overrides, forward, then backward from ones,
     * here in the objective's default dtype as GraphEvaluator's own backward runs (Landscape ran it in the thread's
     * default, float32, so the gradient of {@code 2**x} took log 2 in float32, 3e-10 off in float64).
     */
    private static Unfused unfused(Objective o, double[]... grids) {
        java.util.Map<String, adjoint.engine.Tensor> overrides = new java.util.LinkedHashMap<>();
        for (int k = 0; k < grids.length; k++) {
            overrides.put(o.variables().get(k).id(),
                    adjoint.engine.Tensor.fromDoubles(o.dtype(), grids[k], grids[k].length).requiresGrad(true));
        }
        adjoint.engine.graph.GraphEvaluation ev = o.evaluate(overrides);
        adjoint.engine.Tensor f = ev.result(o.output()).value();
        try (var scope = adjoint.engine.DefaultDType.use(o.dtype())) {
            f.backward(adjoint.engine.Tensor.ones(f.dtype(), f.shape()));
        }
        double[][] grads = new double[grids.length][];
        for (int k = 0; k < grids.length; k++) {
            grads[k] = overrides.get(o.variables().get(k).id()).grad().toDoubles();
        }
        double[] values = f.toDoubles();
        boolean finite = java.util.Arrays.stream(values).allMatch(Double::isFinite);
        return new Unfused(values, grads, finite ? null : o.firstProblem(ev));
    }

    /** The x (or y) coordinate of every grid point, row by row. */
    private static double[] grid(Axis xs, Axis ys, boolean x) {
        double[] out = new double[xs.count() * ys.count()];
        for (int r = 0; r < ys.count(); r++) {
            for (int c = 0; c < xs.count(); c++) {
                out[r * xs.count() + c] = x ? xs.value(c) : ys.value(r);
            }
        }
        return out;
    }

    /** Equal NaN-ness and infinities; finite values within {@code rtol} (0: the same bits). */
    private static void assertSame(double got, double want, double rtol, String what) {
        if (rtol == 0 || !Double.isFinite(want)) {
            assertThat(Double.doubleToLongBits(got)).as(what + ": " + got + " vs " + want).isEqualTo(Double.doubleToLongBits(want));
        } else {
            assertThat(got).as(what).isCloseTo(want, within(rtol * Math.max(1, Math.abs(want))));
        }
    }
}
