package adjoint.engine;

import static adjoint.engine.GradientCheck.arg;
import static adjoint.engine.GradientCheck.assertGradientsMatch;
import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.GradientCheck.Domain;
import adjoint.engine.GradientCheck.Operand;
import adjoint.engine.nn.Functional;
import java.util.Random;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Every elementwise and reducing primitive, and the composites built on them, has the gradient that central finite
 * differences give, in float64, on random shapes (rank 0 to 3), broadcast operand shapes and non-contiguous views.
 */
class GradientPropertiesTest {
    static final int TRIES = 50;

    @Provide
    Arbitrary<Operand> operands() {
        return GradientCheck.operands(0, 3);
    }

    @Provide
    Arbitrary<Operand[]> pairs() {
        return GradientCheck.broadcastPairs();
    }

    private static void unary(Operand x, Domain domain, UnaryOperator<Tensor> f) {
        assertGradientsMatch(in -> f.apply(in.get(0)), arg(x, domain));
    }

    // ---- unary primitives and composites -----------------------------------------------------------------------

    @Property(tries = TRIES)
    void negHasTheFiniteDifferenceGradient(@ForAll("operands") Operand x) {
        unary(x, Domain.ANY, Tensor::neg);
    }

    @Property(tries = TRIES)
    void expHasTheFiniteDifferenceGradient(@ForAll("operands") Operand x) {
        unary(x, Domain.ANY, Tensor::exp);
    }

    @Property(tries = TRIES)
    void exp2HasTheFiniteDifferenceGradient(@ForAll("operands") Operand x) {
        unary(x, Domain.ANY, Tensor::exp2);
    }

    @Property(tries = TRIES)
    void logHasTheFiniteDifferenceGradient(@ForAll("operands") Operand x) {
        unary(x, Domain.POSITIVE, Tensor::log);
    }

    @Property(tries = TRIES)
    void log1pHasTheFiniteDifferenceGradient(@ForAll("operands") Operand x) {
        unary(x, Domain.UNIT, t -> t.sub(0.5).log1p());
    }

    @Property(tries = TRIES)
    void sinAndCosHaveTheFiniteDifferenceGradient(@ForAll("operands") Operand x) {
        unary(x, Domain.ANY, Tensor::sin);
        unary(x, Domain.ANY, Tensor::cos);
    }

    @Property(tries = TRIES)
    void tanHasTheFiniteDifferenceGradient(@ForAll("operands") Operand x) {
        unary(x, Domain.SMALL, Tensor::tan);
    }

    @Property(tries = TRIES)
    void sqrtHasTheFiniteDifferenceGradient(@ForAll("operands") Operand x) {
        unary(x, Domain.POSITIVE, Tensor::sqrt);
    }

    @Property(tries = TRIES)
    void tanhSigmoidSoftplusAndErfHaveTheFiniteDifferenceGradient(@ForAll("operands") Operand x) {
        unary(x, Domain.ANY, Tensor::tanh);
        unary(x, Domain.ANY, Tensor::sigmoid);
        unary(x, Domain.ANY, Tensor::softplus);
        unary(x, Domain.ANY, Tensor::erf);
    }

    @Property(tries = TRIES)
    void absAwayFromZeroHasTheFiniteDifferenceGradient(@ForAll("operands") Operand x) {
        unary(x, Domain.OFF_GRID, Tensor::abs);
    }

    @Property(tries = TRIES)
    void reciprocalHasTheFiniteDifferenceGradient(@ForAll("operands") Operand x) {
        unary(x, Domain.OFF_GRID, Tensor::reciprocal);
    }

    @Property(tries = TRIES)
    void powWithAScalarExponentHasTheFiniteDifferenceGradient(@ForAll("operands") Operand x,
                                                              @ForAll("realExponents") double e) {
        unary(x, Domain.POSITIVE, t -> t.pow(e));
    }

    @Property(tries = TRIES)
    void powOfAnyBaseWithAnIntegerExponentHasTheFiniteDifferenceGradient(@ForAll("operands") Operand x,
                                                                        @ForAll @IntRange(min = -2, max = 4) int e) {
        unary(x, Domain.OFF_GRID, t -> t.pow((long) e));
    }

    @Provide
    Arbitrary<Double> realExponents() {
        return Arbitraries.of(-1.5, -1.0, 0.5, 1.5, 2.0, 3.0);
    }

    // ---- activations -------------------------------------------------------------------------------------------

    @Property(tries = TRIES)
    void reluAwayFromZeroHasTheFiniteDifferenceGradient(@ForAll("operands") Operand x) {
        unary(x, Domain.OFF_GRID, Tensor::relu);
    }

    @Property(tries = TRIES)
    void leakyReluHasTheFiniteDifferenceGradient(@ForAll("operands") Operand x,
                                                 @ForAll @DoubleRange(min = 0, max = 0.5) double slope) {
        unary(x, Domain.OFF_GRID, t -> Functional.leakyRelu(t, slope));
    }

    @Property(tries = TRIES)
    void geluExactAndTanhHaveTheFiniteDifferenceGradient(@ForAll("operands") Operand x) {
        unary(x, Domain.ANY, t -> Functional.gelu(t, false));
        unary(x, Domain.ANY, t -> Functional.gelu(t, true));
    }

    @Property(tries = TRIES)
    void softplusWithBetaAndThresholdHasTheFiniteDifferenceGradient(@ForAll("operands") Operand x,
                                                                    @ForAll("betas") double beta) {
        unary(x, Domain.OFF_GRID, t -> Functional.softplus(t, beta, 1.0));
    }

    @Provide
    Arbitrary<Double> betas() {
        return Arbitraries.of(0.5, 1.0, 2.0, 4.0);
    }

    @Property(tries = TRIES)
    void clampHasTheFiniteDifferenceGradientInsideAndOutsideItsBounds(@ForAll("operands") Operand x) {
        unary(x, Domain.OFF_GRID, t -> t.clamp(-1.0, 0.5));
        unary(x, Domain.OFF_GRID, t -> t.clamp(-0.5, null));
        unary(x, Domain.OFF_GRID, t -> t.clamp(null, 1.0));
    }

    @Property(tries = TRIES)
    void softmaxAndLogSoftmaxHaveTheFiniteDifferenceGradient(@ForAll("operands") Operand x, @ForAll long seed) {
        int dim = x.shape().length == 0 ? 0 : new Random(seed).nextInt(x.shape().length);
        unary(x, Domain.ANY, t -> Functional.softmax(t, dim));
        unary(x, Domain.ANY, t -> Functional.logSoftmax(t, dim));
    }

    @Property(tries = TRIES)
    void conversionToFloat32AndBackPassesTheGradientThrough(@ForAll("operands") Operand x) {
        Tensor leaf = Tensor.fromDoubles(DType.FLOAT64, Domain.ANY.sample(x.shape().length == 0 ? 1 : Shapes.numel(x.shape()),
                new Random(x.seed())), x.shape()).requiresGrad(true);
        Tensor r = Tensor.fromDoubles(DType.FLOAT64, Domain.ANY.sample(leaf.numel(), new Random(~x.seed())), x.shape());
        Tensor single = leaf.to(DType.FLOAT32);
        assertThat(single.dtype()).isEqualTo(DType.FLOAT32);
        single.mul(r.to(DType.FLOAT32)).to(DType.FLOAT64).sum().backward();
        assertThat(leaf.grad().dtype()).isEqualTo(DType.FLOAT64);
        assertThat(leaf.grad().toDoubles()).containsExactly(r.to(DType.FLOAT32).to(DType.FLOAT64).toDoubles());
    }

    // ---- binary primitives with broadcasting -------------------------------------------------------------------

    private static void binary(Operand[] p, Domain da, Domain db, java.util.function.BinaryOperator<Tensor> f) {
        assertGradientsMatch(in -> f.apply(in.get(0), in.get(1)), arg(p[0], da), arg(p[1], db));
    }

    @Property(tries = TRIES)
    void addAndSubHaveTheFiniteDifferenceGradientUnderBroadcasting(@ForAll("pairs") Operand[] p) {
        binary(p, Domain.ANY, Domain.ANY, Tensor::add);
        binary(p, Domain.ANY, Domain.ANY, Tensor::sub);
    }

    @Property(tries = TRIES)
    void mulHasTheFiniteDifferenceGradientUnderBroadcasting(@ForAll("pairs") Operand[] p) {
        binary(p, Domain.ANY, Domain.ANY, Tensor::mul);
    }

    @Property(tries = TRIES)
    void divHasTheFiniteDifferenceGradientUnderBroadcasting(@ForAll("pairs") Operand[] p) {
        binary(p, Domain.ANY, Domain.OFF_GRID, Tensor::div);
    }

    @Property(tries = TRIES)
    void powWithATensorExponentHasTheFiniteDifferenceGradientUnderBroadcasting(@ForAll("pairs") Operand[] p) {
        binary(p, Domain.POSITIVE, Domain.ANY, Tensor::pow);
    }

    @Property(tries = TRIES)
    void maximumAndMinimumWithoutTiesHaveTheFiniteDifferenceGradient(@ForAll("pairs") Operand[] p) {
        binary(p, Domain.ON_GRID, Domain.OFF_GRID, Tensor::maximum);
        binary(p, Domain.ON_GRID, Domain.OFF_GRID, Tensor::minimum);
    }

    @Property(tries = TRIES)
    void whereHasTheFiniteDifferenceGradientUnderBroadcasting(@ForAll("pairs") Operand[] p, @ForAll long seed) {
        Random r = new Random(seed);
        int[] shape = GradientCheck.broadcastableTo(Shapes.broadcast(p[0].shape(), p[1].shape()), r);
        long[] bits = r.longs(Shapes.numel(shape), 0, 2).toArray();
        Tensor cond = Tensor.fromLongs(DType.BOOL, bits, shape);
        binary(p, Domain.ANY, Domain.ANY, (a, b) -> Tensor.where(cond, a, b));
    }

    // ---- reductions --------------------------------------------------------------------------------------------

    /** A random subset of the dimensions of {@code shape} (empty: all of them). */
    static int[] someDims(int[] shape, long seed) {
        Random r = new Random(seed);
        return java.util.stream.IntStream.range(0, shape.length).filter(i -> r.nextBoolean())
                .map(i -> r.nextBoolean() ? i : i - shape.length).toArray();
    }

    @Property(tries = TRIES)
    void sumAndMeanOverAnyDimsHaveTheFiniteDifferenceGradient(@ForAll("operands") Operand x, @ForAll long seed,
                                                             @ForAll boolean keepdim) {
        int[] dims = someDims(x.shape(), seed);
        unary(x, Domain.ANY, t -> t.sum(dims, keepdim));
        unary(x, Domain.ANY, t -> t.mean(dims, keepdim));
        unary(x, Domain.ANY, Tensor::sum);
        unary(x, Domain.ANY, Tensor::mean);
    }

    @Property(tries = TRIES)
    void maxAmaxAndAminWithoutTiesHaveTheFiniteDifferenceGradient(@ForAll("operands") Operand x, @ForAll long seed,
                                                                  @ForAll boolean keepdim) {
        int[] dims = someDims(x.shape(), seed);
        unary(x, Domain.DISTINCT, Tensor::max);
        unary(x, Domain.DISTINCT, Tensor::min);
        unary(x, Domain.DISTINCT, t -> t.amax(dims, keepdim));
        unary(x, Domain.DISTINCT, t -> t.amin(dims, keepdim));
    }

    @Property(tries = TRIES)
    void maxAndMinAlongADimHaveTheFiniteDifferenceGradient(@ForAll("operands") Operand x, @ForAll long seed,
                                                           @ForAll boolean keepdim) {
        int dim = x.shape().length == 0 ? 0 : new Random(seed).nextInt(x.shape().length);
        unary(x, Domain.DISTINCT, t -> t.max(dim, keepdim));
        unary(x, Domain.DISTINCT, t -> t.min(dim, keepdim));
    }

    @Property(tries = TRIES)
    void varHasTheFiniteDifferenceGradient(@ForAll("operands") Operand x, @ForAll long seed, @ForAll boolean keepdim,
                                           @ForAll @IntRange(min = 0, max = 1) int correction) {
        int[] dims = someDims(x.shape(), seed);
        boolean[] reduced = Reductions.reducedDims(dims, x.shape().length);
        int count = 1;
        for (int i = 0; i < reduced.length; i++) {
            count *= reduced[i] ? x.shape()[i] : 1;
        }
        int c = count > correction ? correction : 0;
        unary(x, Domain.ANY, t -> t.var(dims, c, keepdim));
    }

    @Property(tries = TRIES)
    void normHasTheFiniteDifferenceGradient(@ForAll("operands") Operand x, @ForAll long seed, @ForAll boolean keepdim,
                                            @ForAll("normOrders") double p) {
        int[] dims = someDims(x.shape(), seed);
        unary(x, Domain.OFF_GRID, Tensor::norm);
        unary(x, Domain.OFF_GRID, t -> t.norm(p, dims, keepdim));
    }

    @Provide
    Arbitrary<Double> normOrders() {
        return Arbitraries.of(1.0, 2.0, 3.0);
    }
}
