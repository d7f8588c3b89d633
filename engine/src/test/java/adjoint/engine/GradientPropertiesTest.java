package adjoint.engine;

import static adjoint.engine.GradientCheck.arg;
import static adjoint.engine.GradientCheck.assertGradientsMatch;
import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.Cases.Draw;
import adjoint.engine.GradientCheck.Domain;
import adjoint.engine.GradientCheck.Operand;
import adjoint.engine.nn.Functional;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every elementwise and reducing primitive, and the composites built on them, has the gradient that central finite
 * differences give, in float64, on random shapes (rank 0 to 3), broadcast operand shapes and non-contiguous views.
 * Each property checks {@link #TRIES} cases drawn from its own fixed seed ({@link Cases}).
 */
@ExtendWith(DeviceUnderTest.class)
class GradientPropertiesTest {
    static final int TRIES = 50;

    // ---- cases -------------------------------------------------------------------------------------------------

    private static final Draw<Operand> OPERANDS = GradientCheck.operands(0, 3);
    private static final Draw<Operand[]> PAIRS = GradientCheck.broadcastPairs();

    static Stream<Arguments> operands(TestInfo property) {
        return Cases.of(property, TRIES, OPERANDS);
    }

    static Stream<Arguments> operandsAndSeeds(TestInfo property) {
        return Cases.of(property, TRIES, OPERANDS, Cases.longs());
    }

    static Stream<Arguments> operandsAndRealExponents(TestInfo property) {
        return Cases.of(property, TRIES, OPERANDS, Cases.oneOf(-1.5, -1.0, 0.5, 1.5, 2.0, 3.0));
    }

    static Stream<Arguments> operandsAndIntegerExponents(TestInfo property) {
        return Cases.of(property, TRIES, OPERANDS, Cases.ints(-2, 4));
    }

    static Stream<Arguments> operandsAndSlopes(TestInfo property) {
        return Cases.of(property, TRIES, OPERANDS, Cases.doubles(0, 0.5));
    }

    static Stream<Arguments> operandsAndBetas(TestInfo property) {
        return Cases.of(property, TRIES, OPERANDS, Cases.oneOf(0.5, 1.0, 2.0, 4.0));
    }

    static Stream<Arguments> pairs(TestInfo property) {
        return Cases.of(property, TRIES, PAIRS);
    }

    static Stream<Arguments> pairsAndSeeds(TestInfo property) {
        return Cases.of(property, TRIES, PAIRS, Cases.longs());
    }

    /** An operand, a seed for the dims to reduce, and keepdim. */
    static Stream<Arguments> reductions(TestInfo property) {
        return Cases.of(property, TRIES, OPERANDS, Cases.longs(), Cases.booleans());
    }

    static Stream<Arguments> reductionsWithCorrections(TestInfo property) {
        return Cases.of(property, TRIES, OPERANDS, Cases.longs(), Cases.booleans(), Cases.ints(0, 1));
    }

    static Stream<Arguments> reductionsWithNormOrders(TestInfo property) {
        return Cases.of(property, TRIES, OPERANDS, Cases.longs(), Cases.booleans(), Cases.oneOf(1.0, 2.0, 3.0));
    }

    private static void unary(Operand x, Domain domain, UnaryOperator<Tensor> f) {
        assertGradientsMatch(in -> f.apply(in.get(0)), arg(x, domain));
    }

    // ---- unary primitives and composites -----------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("operands")
    void negHasTheFiniteDifferenceGradient(Operand x) {
        unary(x, Domain.ANY, Tensor::neg);
    }

    @ParameterizedTest
    @MethodSource("operands")
    void expHasTheFiniteDifferenceGradient(Operand x) {
        unary(x, Domain.ANY, Tensor::exp);
    }

    @ParameterizedTest
    @MethodSource("operands")
    void exp2HasTheFiniteDifferenceGradient(Operand x) {
        unary(x, Domain.ANY, Tensor::exp2);
    }

    @ParameterizedTest
    @MethodSource("operands")
    void logHasTheFiniteDifferenceGradient(Operand x) {
        unary(x, Domain.POSITIVE, Tensor::log);
    }

    @ParameterizedTest
    @MethodSource("operands")
    void log1pHasTheFiniteDifferenceGradient(Operand x) {
        unary(x, Domain.UNIT, t -> t.sub(0.5).log1p());
    }

    @ParameterizedTest
    @MethodSource("operands")
    void sinAndCosHaveTheFiniteDifferenceGradient(Operand x) {
        unary(x, Domain.ANY, Tensor::sin);
        unary(x, Domain.ANY, Tensor::cos);
    }

    @ParameterizedTest
    @MethodSource("operands")
    void tanHasTheFiniteDifferenceGradient(Operand x) {
        unary(x, Domain.SMALL, Tensor::tan);
    }

    @ParameterizedTest
    @MethodSource("operands")
    void sqrtHasTheFiniteDifferenceGradient(Operand x) {
        unary(x, Domain.POSITIVE, Tensor::sqrt);
    }

    @ParameterizedTest
    @MethodSource("operands")
    void tanhSigmoidSoftplusAndErfHaveTheFiniteDifferenceGradient(Operand x) {
        unary(x, Domain.ANY, Tensor::tanh);
        unary(x, Domain.ANY, Tensor::sigmoid);
        unary(x, Domain.ANY, Tensor::softplus);
        unary(x, Domain.ANY, Tensor::erf);
    }

    @ParameterizedTest
    @MethodSource("operands")
    void absAwayFromZeroHasTheFiniteDifferenceGradient(Operand x) {
        unary(x, Domain.OFF_GRID, Tensor::abs);
    }

    @ParameterizedTest
    @MethodSource("operands")
    void reciprocalHasTheFiniteDifferenceGradient(Operand x) {
        unary(x, Domain.OFF_GRID, Tensor::reciprocal);
    }

    @ParameterizedTest
    @MethodSource("operandsAndRealExponents")
    void powWithAScalarExponentHasTheFiniteDifferenceGradient(Operand x, double e) {
        unary(x, Domain.POSITIVE, t -> t.pow(e));
    }

    @ParameterizedTest
    @MethodSource("operandsAndIntegerExponents")
    void powOfAnyBaseWithAnIntegerExponentHasTheFiniteDifferenceGradient(Operand x, int e) {
        unary(x, Domain.OFF_GRID, t -> t.pow((long) e));
    }

    // ---- activations -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("operands")
    void reluAwayFromZeroHasTheFiniteDifferenceGradient(Operand x) {
        unary(x, Domain.OFF_GRID, Tensor::relu);
    }

    @ParameterizedTest
    @MethodSource("operandsAndSlopes")
    void leakyReluHasTheFiniteDifferenceGradient(Operand x, double slope) {
        unary(x, Domain.OFF_GRID, t -> Functional.leakyRelu(t, slope));
    }

    @ParameterizedTest
    @MethodSource("operands")
    void geluExactAndTanhHaveTheFiniteDifferenceGradient(Operand x) {
        unary(x, Domain.ANY, t -> Functional.gelu(t, false));
        unary(x, Domain.ANY, t -> Functional.gelu(t, true));
    }

    @ParameterizedTest
    @MethodSource("operandsAndBetas")
    void softplusWithBetaAndThresholdHasTheFiniteDifferenceGradient(Operand x, double beta) {
        unary(x, Domain.OFF_GRID, t -> Functional.softplus(t, beta, 1.0));
    }

    @ParameterizedTest
    @MethodSource("operands")
    void clampHasTheFiniteDifferenceGradientInsideAndOutsideItsBounds(Operand x) {
        unary(x, Domain.OFF_GRID, t -> t.clamp(-1.0, 0.5));
        unary(x, Domain.OFF_GRID, t -> t.clamp(-0.5, null));
        unary(x, Domain.OFF_GRID, t -> t.clamp(null, 1.0));
    }

    @ParameterizedTest
    @MethodSource("operandsAndSeeds")
    void softmaxAndLogSoftmaxHaveTheFiniteDifferenceGradient(Operand x, long seed) {
        int dim = x.shape().length == 0 ? 0 : new Random(seed).nextInt(x.shape().length);
        unary(x, Domain.ANY, t -> Functional.softmax(t, dim));
        unary(x, Domain.ANY, t -> Functional.logSoftmax(t, dim));
    }

    @ParameterizedTest
    @MethodSource("operands")
    void conversionToFloat32AndBackPassesTheGradientThrough(Operand x) {
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

    @ParameterizedTest
    @MethodSource("pairs")
    void addAndSubHaveTheFiniteDifferenceGradientUnderBroadcasting(Operand[] p) {
        binary(p, Domain.ANY, Domain.ANY, Tensor::add);
        binary(p, Domain.ANY, Domain.ANY, Tensor::sub);
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void mulHasTheFiniteDifferenceGradientUnderBroadcasting(Operand[] p) {
        binary(p, Domain.ANY, Domain.ANY, Tensor::mul);
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void divHasTheFiniteDifferenceGradientUnderBroadcasting(Operand[] p) {
        binary(p, Domain.ANY, Domain.OFF_GRID, Tensor::div);
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void powWithATensorExponentHasTheFiniteDifferenceGradientUnderBroadcasting(Operand[] p) {
        binary(p, Domain.POSITIVE, Domain.ANY, Tensor::pow);
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void maximumAndMinimumWithoutTiesHaveTheFiniteDifferenceGradient(Operand[] p) {
        binary(p, Domain.ON_GRID, Domain.OFF_GRID, Tensor::maximum);
        binary(p, Domain.ON_GRID, Domain.OFF_GRID, Tensor::minimum);
    }

    @ParameterizedTest
    @MethodSource("pairsAndSeeds")
    void whereHasTheFiniteDifferenceGradientUnderBroadcasting(Operand[] p, long seed) {
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

    @ParameterizedTest
    @MethodSource("reductions")
    void sumAndMeanOverAnyDimsHaveTheFiniteDifferenceGradient(Operand x, long seed, boolean keepdim) {
        int[] dims = someDims(x.shape(), seed);
        unary(x, Domain.ANY, t -> t.sum(dims, keepdim));
        unary(x, Domain.ANY, t -> t.mean(dims, keepdim));
        unary(x, Domain.ANY, Tensor::sum);
        unary(x, Domain.ANY, Tensor::mean);
    }

    @ParameterizedTest
    @MethodSource("reductions")
    void maxAmaxAndAminWithoutTiesHaveTheFiniteDifferenceGradient(Operand x, long seed, boolean keepdim) {
        int[] dims = someDims(x.shape(), seed);
        unary(x, Domain.DISTINCT, Tensor::max);
        unary(x, Domain.DISTINCT, Tensor::min);
        unary(x, Domain.DISTINCT, t -> t.amax(dims, keepdim));
        unary(x, Domain.DISTINCT, t -> t.amin(dims, keepdim));
    }

    @ParameterizedTest
    @MethodSource("reductions")
    void maxAndMinAlongADimHaveTheFiniteDifferenceGradient(Operand x, long seed, boolean keepdim) {
        int dim = x.shape().length == 0 ? 0 : new Random(seed).nextInt(x.shape().length);
        unary(x, Domain.DISTINCT, t -> t.max(dim, keepdim));
        unary(x, Domain.DISTINCT, t -> t.min(dim, keepdim));
    }

    @ParameterizedTest
    @MethodSource("reductionsWithCorrections")
    void varHasTheFiniteDifferenceGradient(Operand x, long seed, boolean keepdim, int correction) {
        int[] dims = someDims(x.shape(), seed);
        boolean[] reduced = Reductions.reducedDims(dims, x.shape().length);
        int count = 1;
        for (int i = 0; i < reduced.length; i++) {
            count *= reduced[i] ? x.shape()[i] : 1;
        }
        int c = count > correction ? correction : 0;
        unary(x, Domain.ANY, t -> t.var(dims, c, keepdim));
    }

    @ParameterizedTest
    @MethodSource("reductionsWithNormOrders")
    void normHasTheFiniteDifferenceGradient(Operand x, long seed, boolean keepdim, double p) {
        int[] dims = someDims(x.shape(), seed);
        unary(x, Domain.OFF_GRID, Tensor::norm);
        unary(x, Domain.OFF_GRID, t -> t.norm(p, dims, keepdim));
    }
}
