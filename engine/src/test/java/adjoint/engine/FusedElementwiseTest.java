package adjoint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.backend.BinaryOp;
import adjoint.engine.backend.ElementwiseProgram;
import adjoint.engine.backend.UnaryOp;
import org.junit.jupiter.api.Test;

/** The fused adjoint of every primitive against autograd's gradient of the same primitive, bit for bit. */
class FusedElementwiseTest {
    private static final double[] XS = {-2.5, -1, -0.3, 0, 0.2, 0.5, 1, 1.7, 3, 40, Double.NaN, Double.POSITIVE_INFINITY};
    private static final double[] YS = {1.5, -2, 0.7, 3, 0, -0.1, 2, 1.7, -3, 0.5, 1, 2};

    @Test
    void everyUnaryAdjointEqualsAutogradsGradient() {
        for (DType t : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
            for (UnaryOp op : UnaryOp.values()) {
                if (op == UnaryOp.SIGN) {
                    continue;
                }
                ElementwiseProgram.Builder b = ElementwiseProgram.builder(1);
                int x = b.input(0);
                int f = b.unary(op, x);
                assertSameAsAutograd(b, 1, f, t, a -> Pointwise.unary(op, a[0]), op + " " + t);
            }
        }
    }

    @Test
    void everyArithmeticAdjointEqualsAutogradsGradient() {
        for (DType t : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
            for (BinaryOp op : new BinaryOp[] {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.DIV}) {
                ElementwiseProgram.Builder b = ElementwiseProgram.builder(2);
                int f = b.binary(op, b.input(0), b.input(1));
                assertSameAsAutograd(b, 2, f, t, a -> Pointwise.binary(op, a[0], a[1]), op + " " + t);
            }
        }
    }

    @Test
    void powerWithANumberOnEitherSideEqualsAutogradsGradient() {
        ElementwiseProgram.Builder b = ElementwiseProgram.builder(2);
        int f = b.binary(BinaryOp.ADD, b.binary(BinaryOp.POW, b.input(0), b.constant(2.5)),
                b.binary(BinaryOp.POW, b.constant(2.0), b.input(1)));
        assertSameAsAutograd(b, 2, f, DType.FLOAT64, a -> a[0].pow(2.5).add(Tensor.number(2.0).pow(a[1])), "x**2.5 + 2**y");
    }

    @Test
    void sharedValuesSumTheirAdjointsAsAutogradDoes() {
        // tan is sin/cos: x gets one term through sin and one through cos
        ElementwiseProgram.Builder b = ElementwiseProgram.builder(2);
        int x = b.input(0);
        int y = b.input(1);
        int tan = b.binary(BinaryOp.DIV, b.unary(UnaryOp.SIN, x), b.unary(UnaryOp.COS, x));
        int f = b.binary(BinaryOp.MUL, b.binary(BinaryOp.SUB, tan, y), b.unary(UnaryOp.EXP, y));
        assertSameAsAutograd(b, 2, f, DType.FLOAT64, a -> a[0].tan().sub(a[1]).mul(a[1].exp()), "(tan x - y) exp y");
    }

    @Test
    void negationsTheBuilderFoldsAwayLeaveValuesAndGradientsBitForBit() {
        for (DType t : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
            // q6's f: its adjoints are (−1)·log y, (−1)·y / y and sums with a negation, which fold
            ElementwiseProgram.Builder b = ElementwiseProgram.builder(2);
            int x = b.input(0);
            int y = b.input(1);
            int f = b.binary(BinaryOp.SUB, b.binary(BinaryOp.MUL, b.unary(UnaryOp.NEG, x), b.unary(UnaryOp.LOG, x)),
                    b.binary(BinaryOp.MUL, y, b.unary(UnaryOp.LOG, y)));
            assertSameAsAutograd(b, 2, f, t, a -> a[0].neg().mul(a[0].log()).sub(a[1].mul(a[1].log())), "q6 " + t);

            ElementwiseProgram.Builder c = ElementwiseProgram.builder(2);
            int u = c.input(0);
            int v = c.input(1);
            int g = c.binary(BinaryOp.ADD, c.binary(BinaryOp.SUB, u, c.unary(UnaryOp.NEG, c.unary(UnaryOp.EXP, v))),
                    c.binary(BinaryOp.MUL, c.unary(UnaryOp.NEG, c.unary(UnaryOp.NEG, u)), c.unary(UnaryOp.NEG, c.constant(1))));
            assertSameAsAutograd(c, 2, g, t, a -> a[0].sub(a[1].exp().neg()).add(a[0].neg().neg().mul(-1.0)),
                    "u - (-exp v) + (--u)(-1) " + t);
        }
    }

    @Test
    void theGradientOfQ6TakesNineSimpleStepsBesideItsTwoLogarithms() {
        ElementwiseProgram p = q6();

        // f: −x, log x, ·, log y, ·, −; ∂f/∂x: (−x)/x − log x; ∂f/∂y: (−y)/y − log y
        assertThat(p.steps().stream().filter(s -> !(s instanceof ElementwiseProgram.Input)).count()).isEqualTo(11);
        assertThat(p.count(UnaryOp.NEG)).isEqualTo(2);
    }

    @Test
    void rulesThatNeedAComparisonOfInputsAreNotFused() {
        ElementwiseProgram.Builder b = ElementwiseProgram.builder(2);
        int x = b.input(0);
        int y = b.input(1);

        assertThat(FusedElementwise.gradient(b, b.binary(BinaryOp.POW, x, y), x, y)).isNull();
        assertThat(FusedElementwise.gradient(b, b.binary(BinaryOp.POW, x, b.constant(0)), x, y)).isNull();
        assertThat(FusedElementwise.gradient(b, b.binary(BinaryOp.MAXIMUM, x, b.constant(0)), x, y)).isNull();
        assertThat(FusedElementwise.gradient(b, b.unary(UnaryOp.SIGN, x), x, y)).isNull();
        assertThat(FusedElementwise.gradient(b, b.binary(BinaryOp.POW, x, b.constant(3)), x, y)).isNotNull();
        assertThatThrownBy(() -> FusedElementwise.gradient(b, b.unary(UnaryOp.EXP, x), b.unary(UnaryOp.EXP, x)))
                .hasMessageContaining("not an input");
    }

    @Test
    void aVariableTheOutputDoesNotReadGetsZeros() {
        ElementwiseProgram.Builder b = ElementwiseProgram.builder(2);
        int x = b.input(0);
        int y = b.input(1);
        int f = b.unary(UnaryOp.EXP, x);
        int[] grad = FusedElementwise.gradient(b, f, x, y);
        Tensor[] out = FusedElementwise.run(b.build(f, grad[0], grad[1]), Tensor.fromDoubles(DType.FLOAT64, new double[] {0, 1}, 2),
                Tensor.fromDoubles(DType.FLOAT64, new double[] {5, 6}, 2));

        assertThat(out[1].toDoubles()).containsExactly(1, Math.E);
        assertThat(out[2].toDoubles()).containsExactly(0, 0);
    }

    @Test
    void inputsMustShareOneShapeAndFloatingDtype() {
        ElementwiseProgram.Builder b = ElementwiseProgram.builder(2);
        ElementwiseProgram p = b.build(b.binary(BinaryOp.ADD, b.input(0), b.input(1)));

        assertThat(FusedElementwise.run(p, Tensor.of(1, 2), Tensor.scalar(3)).length).isEqualTo(1);
        assertThatThrownBy(() -> FusedElementwise.run(p, Tensor.of(1, 2), Tensor.of(1, 2, 3))).hasMessageContaining("one shape");
        assertThatThrownBy(() -> FusedElementwise.run(p, Tensor.of(1, 2), Tensor.of(1, 2).to(DType.FLOAT64)))
                .hasMessageContaining("dtype");
        assertThatThrownBy(() -> FusedElementwise.run(p, Tensor.of(1, 2))).hasMessageContaining("2 inputs");
    }

    @Test
    void runningIntoKeptOutputsWritesWhatAFreshRunReturns() {
        ElementwiseProgram p = q6();
        for (DType t : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            Generator g = new Generator(7);
            int n = 3 * 1024 + 5; // whole tiles and a tail
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = 3 * g.nextDouble();
                ys[i] = 3 * g.nextDouble();
            }
            Tensor[] in = {Tensor.fromDoubles(t, xs, n), Tensor.fromDoubles(t, ys, n)};
            Tensor[] fresh = FusedElementwise.run(p, in);
            Tensor[] kept = {Tensor.full(t, 7, n), Tensor.full(t, 7, n), Tensor.full(t, 7, n)};
            int version = kept[0].version();

            FusedElementwise.runInto(p, in, kept);

            for (int k = 0; k < 3; k++) {
                assertThat(bits(kept[k])).as(t + " output " + k).containsExactly(bits(fresh[k]));
            }
            assertThat(kept[0].version()).isGreaterThan(version);
        }
    }

    @Test
    void keptOutputsMustFitAndStandApart() {
        ElementwiseProgram.Builder b = ElementwiseProgram.builder(1);
        int x = b.input(0);
        ElementwiseProgram p = b.build(b.unary(UnaryOp.EXP, x), b.unary(UnaryOp.NEG, x));
        Tensor[] in = {Tensor.of(1, 2)};
        Tensor a = Tensor.zeros(2);

        assertThatThrownBy(() -> FusedElementwise.runInto(p, in, new Tensor[] {a}))
                .hasMessageContaining("2 outputs");
        assertThatThrownBy(() -> FusedElementwise.runInto(p, in, new Tensor[] {a, Tensor.zeros(3)}))
                .hasMessageContaining("output 1 is float32[3]");
        assertThatThrownBy(() -> FusedElementwise.runInto(p, in, new Tensor[] {a, Tensor.zeros(DType.FLOAT64, 2)}))
                .hasMessageContaining("not float32[2]");
        assertThatThrownBy(() -> FusedElementwise.runInto(p, in, new Tensor[] {a, a}))
                .hasMessageContaining("output 1 shares memory with output 0");
        assertThatThrownBy(() -> FusedElementwise.runInto(p, in, new Tensor[] {a, in[0]}))
                .hasMessageContaining("shares memory with an input");
        assertThatThrownBy(() -> FusedElementwise.runInto(p, in, new Tensor[] {a, Tensor.zeros(2).requiresGrad(true)}))
                .hasMessageContaining("requires grad");
        assertThat(a.toDoubles()).containsExactly(0, 0);
    }

    /** Midterm Q6, f = −x ln x − y ln y, and its gradient: three outputs. */
    private static ElementwiseProgram q6() {
        ElementwiseProgram.Builder b = ElementwiseProgram.builder(2);
        int x = b.input(0);
        int y = b.input(1);
        int f = b.binary(BinaryOp.SUB, b.binary(BinaryOp.MUL, b.unary(UnaryOp.NEG, x), b.unary(UnaryOp.LOG, x)),
                b.binary(BinaryOp.MUL, y, b.unary(UnaryOp.LOG, y)));
        int[] grad = FusedElementwise.gradient(b, f, x, y);
        ElementwiseProgram p = b.build(f, grad[0], grad[1]);
        return p;
    }

    /** f of the builder's first {@code inputs} inputs (XS, YS) and its gradient, fused, against the same f through autograd. */
    private static void assertSameAsAutograd(ElementwiseProgram.Builder b, int inputs, int f, DType t,
                                             java.util.function.Function<Tensor[], Tensor> autograd, String what) {
        int[] wrt = new int[inputs];
        for (int k = 0; k < inputs; k++) {
            wrt[k] = b.input(k);
        }
        int[] grad = FusedElementwise.gradient(b, f, wrt);
        assertThat(grad).as(what).isNotNull();
        int[] outs = new int[inputs + 1];
        outs[0] = f;
        System.arraycopy(grad, 0, outs, 1, inputs);
        Tensor[] data = new Tensor[inputs];
        Tensor[] leaves = new Tensor[inputs];
        for (int k = 0; k < inputs; k++) {
            data[k] = Tensor.fromDoubles(t, k == 0 ? XS : YS, XS.length);
            leaves[k] = data[k].detach().requiresGrad(true);
        }
        Tensor[] fused = FusedElementwise.run(b.build(outs), data);
        Tensor value = autograd.apply(leaves);
        value.backward(Tensor.ones(t, XS.length));

        assertThat(bits(fused[0])).as(what + " value").containsExactly(bits(value));
        for (int k = 0; k < inputs; k++) {
            assertThat(bits(fused[k + 1])).as(what + " gradient " + k).containsExactly(bits(leaves[k].grad()));
        }
    }

    private static long[] bits(Tensor t) {
        return java.util.Arrays.stream(t.toDoubles()).mapToLong(Double::doubleToLongBits).toArray();
    }
}
