package adjoint.engine;

import static adjoint.engine.GradientCheck.arg;
import static adjoint.engine.GradientCheck.assertGradientsMatch;

import adjoint.engine.Cases.Draw;
import adjoint.engine.GradientCheck.Domain;
import adjoint.engine.GradientCheck.Layout;
import adjoint.engine.GradientCheck.Operand;
import adjoint.engine.nn.Functional;
import adjoint.engine.nn.Reduction;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every loss of {@link Functional}, with each reduction, has the gradient (with respect to its input, and to
 * floating targets and weights where PyTorch gives one) that central finite differences give.
 */
@ExtendWith(DeviceUnderTest.class)
class LossGradientPropertiesTest {
    private static final int TRIES = GradientPropertiesTest.TRIES;

    private static final Draw<Operand> OPERANDS = GradientCheck.operands(0, 3);
    /** Logits of shape [N, C] (or [C]) with a layout and a seed for the targets. */
    private static final Draw<Operand> LOGITS = GradientCheck.operands(1, 2);
    private static final Draw<Reduction> REDUCTIONS = Cases.oneOf(Reduction.class);
    private static final Draw<Double> SMOOTHINGS = Cases.oneOf(0.0, 0.1, 0.5);

    static Stream<Arguments> operandsAndReductions(TestInfo property) {
        return Cases.of(property, TRIES, OPERANDS, REDUCTIONS);
    }

    /** Operands, reductions and whether the loss is weighted. */
    static Stream<Arguments> weightedOperands(TestInfo property) {
        return Cases.of(property, TRIES, OPERANDS, REDUCTIONS, Cases.booleans());
    }

    /** Logits, reductions, whether a target is ignored, whether classes are weighted, label smoothings. */
    static Stream<Arguments> classIndexCases(TestInfo property) {
        return Cases.of(property, TRIES, LOGITS, REDUCTIONS, Cases.booleans(), Cases.booleans(), SMOOTHINGS);
    }

    static Stream<Arguments> classProbabilityCases(TestInfo property) {
        return Cases.of(property, TRIES, LOGITS, REDUCTIONS, SMOOTHINGS);
    }

    private static Operand like(Operand x, long salt) {
        return new Operand(x.shape(), Layout.values()[(int) Math.floorMod(x.seed() + salt, 3L)], x.seed() * 31 + salt);
    }

    private static Tensor signs(Operand x) {
        Random r = new Random(~x.seed());
        long[] s = r.longs(Math.max(1, Shapes.numel(x.shape())), 0, 2).map(b -> 2 * b - 1).toArray();
        return Tensor.fromLongs(DType.INT64, s, x.shape()).to(DType.FLOAT64);
    }

    @ParameterizedTest
    @MethodSource("operandsAndReductions")
    void mseAndL1HaveTheFiniteDifferenceGradientInBothArguments(Operand x, Reduction reduction) {
        assertGradientsMatch(in -> Functional.mseLoss(in.get(0), in.get(1), reduction),
                arg(x, Domain.ANY), arg(like(x, 1), Domain.ANY));
        assertGradientsMatch(in -> Functional.l1Loss(in.get(0), in.get(1), reduction),
                arg(x, Domain.OFF_GRID), arg(like(x, 1), Domain.ON_GRID));
    }

    /** Class indices for logits {@code x}, some of them the ignored index when {@code ignore} is set. */
    private static Tensor classes(Operand x, boolean ignore) {
        int[] s = x.shape();
        int n = s.length == 1 ? 1 : s[0];
        int c = s[s.length - 1];
        Random r = new Random(x.seed() ^ 0x5eed);
        long[] t = r.longs(n, 0, c).toArray();
        if (ignore && n > 1) {
            t[r.nextInt(n)] = -100;
        }
        return s.length == 1 ? Tensor.fromLongs(DType.INT64, t) : Tensor.fromLongs(DType.INT64, t, n);
    }

    @ParameterizedTest
    @MethodSource("classIndexCases")
    void crossEntropyWithClassIndicesHasTheFiniteDifferenceGradient(Operand x, Reduction reduction, boolean ignore,
                                                                    boolean weighted, double smoothing) {
        Tensor target = classes(x, ignore);
        int c = x.shape()[x.shape().length - 1];
        Tensor weight = weighted ? Tensor.fromDoubles(DType.FLOAT64, Domain.POSITIVE.sample(c, new Random(x.seed())), c) : null;
        assertGradientsMatch(in -> Functional.crossEntropy(in.get(0), target, weight, -100, reduction, smoothing),
                arg(x, Domain.ANY));
        assertGradientsMatch(in -> Functional.nllLoss(in.get(0), target, weight, -100, reduction), arg(x, Domain.ANY));
    }

    @ParameterizedTest
    @MethodSource("classProbabilityCases")
    void crossEntropyWithClassProbabilitiesHasTheFiniteDifferenceGradient(Operand x, Reduction reduction,
                                                                          double smoothing) {
        assertGradientsMatch(in -> Functional.crossEntropy(in.get(0), Functional.softmax(in.get(1), -1), null, -100,
                reduction, smoothing), arg(x, Domain.ANY), arg(like(x, 2), Domain.ANY));
    }

    @ParameterizedTest
    @MethodSource("weightedOperands")
    void binaryCrossEntropyHasTheFiniteDifferenceGradientInInputAndTarget(Operand x, Reduction reduction,
                                                                          boolean weighted) {
        Tensor weight = weighted ? signs(x).add(2L) : null;
        assertGradientsMatch(in -> Functional.binaryCrossEntropy(in.get(0), in.get(1), weight, reduction),
                arg(x, Domain.UNIT), arg(like(x, 3), Domain.UNIT));
    }

    @ParameterizedTest
    @MethodSource("operandsAndReductions")
    void binaryCrossEntropyWithLogitsHasTheFiniteDifferenceGradientInEveryArgument(Operand x, Reduction reduction) {
        assertGradientsMatch(in -> Functional.binaryCrossEntropyWithLogits(in.get(0), in.get(1), null, null, reduction),
                arg(x, Domain.ANY), arg(like(x, 4), Domain.UNIT));
        assertGradientsMatch(in -> Functional.binaryCrossEntropyWithLogits(in.get(0), in.get(1), in.get(2), in.get(3),
                reduction), arg(x, Domain.ANY), arg(like(x, 5), Domain.UNIT), arg(like(x, 6), Domain.POSITIVE),
                arg(like(x, 7), Domain.POSITIVE));
    }

    @ParameterizedTest
    @MethodSource("operandsAndReductions")
    void hingeLossesAwayFromTheMarginHaveTheFiniteDifferenceGradient(Operand x, Reduction reduction) {
        Tensor labels = signs(x);
        assertGradientsMatch(in -> Functional.hingeLoss(in.get(0), labels, reduction), arg(x, Domain.OFF_GRID));
        assertGradientsMatch(in -> Functional.squaredHingeLoss(in.get(0), labels, reduction), arg(x, Domain.OFF_GRID));
        assertGradientsMatch(in -> Functional.softMarginLoss(in.get(0), labels, reduction), arg(x, Domain.ANY));
    }
}
