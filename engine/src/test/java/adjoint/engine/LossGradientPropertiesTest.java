package adjoint.engine;

import static adjoint.engine.GradientCheck.arg;
import static adjoint.engine.GradientCheck.assertGradientsMatch;

import adjoint.engine.GradientCheck.Domain;
import adjoint.engine.GradientCheck.Layout;
import adjoint.engine.GradientCheck.Operand;
import adjoint.engine.nn.Functional;
import adjoint.engine.nn.Reduction;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every loss of {@link Functional}, with each reduction, has the gradient (with respect to its input, and to
 * floating targets and weights where PyTorch gives one) that central finite differences give.
 */
class LossGradientPropertiesTest {
    private static final int TRIES = GradientPropertiesTest.TRIES;

    @Provide
    Arbitrary<Operand> operands() {
        return GradientCheck.operands(0, 3);
    }

    /** Logits of shape [N, C] (or [C]) with a layout and a seed for the targets. */
    @Provide
    Arbitrary<Operand> logits() {
        Arbitrary<int[]> shapes = Arbitraries.integers().between(1, 4).array(int[].class).ofMinSize(1).ofMaxSize(2);
        return Combinators.combine(shapes, Arbitraries.of(Layout.class), Arbitraries.longs()).as(Operand::new);
    }

    private static Operand like(Operand x, long salt) {
        return new Operand(x.shape(), Layout.values()[(int) Math.floorMod(x.seed() + salt, 3L)], x.seed() * 31 + salt);
    }

    private static Tensor signs(Operand x) {
        Random r = new Random(~x.seed());
        long[] s = r.longs(Math.max(1, Shapes.numel(x.shape())), 0, 2).map(b -> 2 * b - 1).toArray();
        return Tensor.fromLongs(DType.INT64, s, x.shape()).to(DType.FLOAT64);
    }

    @Property(tries = TRIES)
    void mseAndL1HaveTheFiniteDifferenceGradientInBothArguments(@ForAll("operands") Operand x,
                                                                @ForAll Reduction reduction) {
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

    @Property(tries = TRIES)
    void crossEntropyWithClassIndicesHasTheFiniteDifferenceGradient(@ForAll("logits") Operand x,
                                                                    @ForAll Reduction reduction,
                                                                    @ForAll boolean ignore, @ForAll boolean weighted,
                                                                    @ForAll("smoothings") double smoothing) {
        Tensor target = classes(x, ignore);
        int c = x.shape()[x.shape().length - 1];
        Tensor weight = weighted ? Tensor.fromDoubles(DType.FLOAT64, Domain.POSITIVE.sample(c, new Random(x.seed())), c) : null;
        assertGradientsMatch(in -> Functional.crossEntropy(in.get(0), target, weight, -100, reduction, smoothing),
                arg(x, Domain.ANY));
        assertGradientsMatch(in -> Functional.nllLoss(in.get(0), target, weight, -100, reduction), arg(x, Domain.ANY));
    }

    @Provide
    Arbitrary<Double> smoothings() {
        return Arbitraries.of(0.0, 0.1, 0.5);
    }

    @Property(tries = TRIES)
    void crossEntropyWithClassProbabilitiesHasTheFiniteDifferenceGradient(@ForAll("logits") Operand x,
                                                                          @ForAll Reduction reduction,
                                                                          @ForAll("smoothings") double smoothing) {
        assertGradientsMatch(in -> Functional.crossEntropy(in.get(0), Functional.softmax(in.get(1), -1), null, -100,
                reduction, smoothing), arg(x, Domain.ANY), arg(like(x, 2), Domain.ANY));
    }

    @Property(tries = TRIES)
    void binaryCrossEntropyHasTheFiniteDifferenceGradientInInputAndTarget(@ForAll("operands") Operand x,
                                                                          @ForAll Reduction reduction,
                                                                          @ForAll boolean weighted) {
        Tensor weight = weighted ? signs(x).add(2L) : null;
        assertGradientsMatch(in -> Functional.binaryCrossEntropy(in.get(0), in.get(1), weight, reduction),
                arg(x, Domain.UNIT), arg(like(x, 3), Domain.UNIT));
    }

    @Property(tries = TRIES)
    void binaryCrossEntropyWithLogitsHasTheFiniteDifferenceGradientInEveryArgument(@ForAll("operands") Operand x,
                                                                                   @ForAll Reduction reduction) {
        assertGradientsMatch(in -> Functional.binaryCrossEntropyWithLogits(in.get(0), in.get(1), null, null, reduction),
                arg(x, Domain.ANY), arg(like(x, 4), Domain.UNIT));
        assertGradientsMatch(in -> Functional.binaryCrossEntropyWithLogits(in.get(0), in.get(1), in.get(2), in.get(3),
                reduction), arg(x, Domain.ANY), arg(like(x, 5), Domain.UNIT), arg(like(x, 6), Domain.POSITIVE),
                arg(like(x, 7), Domain.POSITIVE));
    }

    @Property(tries = TRIES)
    void hingeLossesAwayFromTheMarginHaveTheFiniteDifferenceGradient(@ForAll("operands") Operand x,
                                                                      @ForAll Reduction reduction) {
        Tensor labels = signs(x);
        assertGradientsMatch(in -> Functional.hingeLoss(in.get(0), labels, reduction), arg(x, Domain.OFF_GRID));
        assertGradientsMatch(in -> Functional.squaredHingeLoss(in.get(0), labels, reduction), arg(x, Domain.OFF_GRID));
        assertGradientsMatch(in -> Functional.softMarginLoss(in.get(0), labels, reduction), arg(x, Domain.ANY));
    }
}
