package adjoint.engine;

import static adjoint.engine.GradientCheck.arg;
import static adjoint.engine.GradientCheck.assertGradientsMatch;

import adjoint.engine.Cases.Draw;
import adjoint.engine.GradientCheck.Arg;
import adjoint.engine.GradientCheck.Domain;
import adjoint.engine.GradientCheck.Layout;
import adjoint.engine.GradientCheck.Operand;
import adjoint.engine.nn.Functional;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Views, joins, matrix products and indexing pass gradients as central finite differences say they should, on
 * random shapes and non-contiguous inputs; the gradient of a view lands in the right elements of its leaf.
 */
@ExtendWith(DeviceUnderTest.class)
class ShapeGradientPropertiesTest {
    private static final int TRIES = GradientPropertiesTest.TRIES;

    private static final Draw<Operand> OPERANDS = GradientCheck.operands(0, 3);

    static Stream<Arguments> operands(TestInfo property) {
        return Cases.of(property, TRIES, OPERANDS);
    }

    static Stream<Arguments> operandsAndSeeds(TestInfo property) {
        return Cases.of(property, TRIES, OPERANDS, Cases.longs());
    }

    /** Operands of rank 1 to 3, and seeds. */
    static Stream<Arguments> dimensionedAndSeeds(TestInfo property) {
        return Cases.of(property, TRIES, GradientCheck.operands(1, 3), Cases.longs());
    }

    private static void unary(Operand x, UnaryOperator<Tensor> f) {
        assertGradientsMatch(in -> f.apply(in.get(0)), arg(x, Domain.ANY));
    }

    private static int dimOf(Operand x, Random r) {
        int rank = Math.max(1, x.shape().length);
        return r.nextInt(2 * rank) - rank;
    }

    // ---- views -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("operands")
    void viewAndReshapeHaveTheFiniteDifferenceGradient(Operand x) {
        int[] s = x.shape();
        int[] merged = s.length == 0 ? new int[] {1, 1} : new int[] {s[0], -1};
        if (x.layout() != Layout.TRANSPOSED) {
            unary(x, t -> t.view(merged));
        }
        unary(x, t -> t.reshape(-1));
        unary(x, t -> t.reshape(merged));
        unary(x, t -> t.flatten(0, -1));
        unary(x, Tensor::contiguous);
    }

    @ParameterizedTest
    @MethodSource("operandsAndSeeds")
    void permuteTransposeAndTHaveTheFiniteDifferenceGradient(Operand x, long seed) {
        Random r = new Random(seed);
        int rank = x.shape().length;
        List<Integer> order = new java.util.ArrayList<>(IntStream.range(0, rank).boxed().toList());
        java.util.Collections.shuffle(order, r);
        unary(x, t -> t.permute(order.stream().mapToInt(Integer::intValue).toArray()));
        int a = dimOf(x, r);
        int b = dimOf(x, r);
        unary(x, t -> t.transpose(a, b));
        unary(x, Tensor::T);
        if (rank <= 2) {
            unary(x, Tensor::t);
        }
    }

    @ParameterizedTest
    @MethodSource("operandsAndSeeds")
    void expandHasTheFiniteDifferenceGradient(Operand x, long seed) {
        Random r = new Random(seed);
        int[] small = GradientCheck.broadcastableTo(x.shape(), r);
        int[] target = x.shape().clone();
        if (r.nextBoolean() && target.length < 4) {
            target = IntStream.concat(IntStream.of(1 + r.nextInt(3)), Arrays.stream(x.shape())).toArray();
        }
        int[] to = target;
        unary(x.withShape(small), t -> t.expand(to));
    }

    @ParameterizedTest
    @MethodSource("dimensionedAndSeeds")
    void slicingWithAStepHasTheFiniteDifferenceGradient(Operand x, long seed) {
        Random r = new Random(seed);
        int dim = dimOf(x, r);
        int size = x.shape()[Shapes.wrapDim(dim, x.shape().length)];
        Long start = r.nextBoolean() ? null : (long) (r.nextInt(2 * size + 1) - size);
        Long stop = r.nextBoolean() ? null : (long) (r.nextInt(2 * size + 3) - size - 1);
        long step = 1 + r.nextInt(3);
        unary(x, t -> t.slice(dim, start, stop, step).mul(1L));
    }

    @ParameterizedTest
    @MethodSource("dimensionedAndSeeds")
    void selectHasTheFiniteDifferenceGradient(Operand x, long seed) {
        Random r = new Random(seed);
        int dim = dimOf(x, r);
        int size = x.shape()[Shapes.wrapDim(dim, x.shape().length)];
        long index = r.nextInt(2 * size) - size;
        unary(x, t -> t.select(dim, index));
    }

    @ParameterizedTest
    @MethodSource("operandsAndSeeds")
    void unsqueezeAndSqueezeHaveTheFiniteDifferenceGradient(Operand x, long seed) {
        Random r = new Random(seed);
        int rank = x.shape().length;
        int at = r.nextInt(2 * rank + 2) - rank - 1;
        int dim = dimOf(x, r);
        unary(x, t -> t.unsqueeze(at));
        unary(x, t -> t.squeeze(dim));
        unary(x, Tensor::squeeze);
    }

    // ---- joins -------------------------------------------------------------------------------------------------

    static Stream<Arguments> catOperands(TestInfo property) {
        return Cases.of(property, TRIES, ShapeGradientPropertiesTest::joinable);
    }

    /** Two or three operands equal in shape except along one dimension. */
    private static Operand[] joinable(Random r) {
        int[] shape = GradientCheck.shapes(1, 3).from(r);
        int dim = r.nextInt(shape.length);
        Operand[] ops = new Operand[2 + r.nextInt(2)];
        for (int i = 0; i < ops.length; i++) {
            int[] s = shape.clone();
            s[dim] = 1 + r.nextInt(3);
            ops[i] = new Operand(s, Layout.values()[r.nextInt(3)], r.nextLong());
        }
        return ops;
    }

    private static Arg[] args(Operand[] ops) {
        return Arrays.stream(ops).map(o -> arg(o, Domain.ANY)).toArray(Arg[]::new);
    }

    @ParameterizedTest
    @MethodSource("catOperands")
    void catHasTheFiniteDifferenceGradient(Operand[] ops) {
        int[] s0 = ops[0].shape();
        int dim = IntStream.range(0, s0.length).filter(d -> Arrays.stream(ops).anyMatch(o -> o.shape()[d] != s0[d]))
                .findFirst().orElse(0);
        int negative = dim - s0.length;
        assertGradientsMatch(in -> Tensor.cat(in, dim), args(ops));
        assertGradientsMatch(in -> Tensor.cat(in, negative), args(ops));
    }

    @ParameterizedTest
    @MethodSource("operandsAndSeeds")
    void stackHasTheFiniteDifferenceGradient(Operand x, long seed) {
        Random r = new Random(seed);
        Operand[] ops = {x, new Operand(x.shape(), Layout.values()[r.nextInt(3)], r.nextLong())};
        int dim = r.nextInt(x.shape().length + 1);
        assertGradientsMatch(in -> Tensor.stack(in, dim), args(ops));
    }

    // ---- matrix products ---------------------------------------------------------------------------------------

    static Stream<Arguments> matmulOperands(TestInfo property) {
        return Cases.of(property, TRIES, ShapeGradientPropertiesTest::matmulPair);
    }

    static Stream<Arguments> matmulOperandsAndSeeds(TestInfo property) {
        return Cases.of(property, TRIES, ShapeGradientPropertiesTest::matmulPair, Cases.longs());
    }

    /** matmul operands: 1-D or 2-D, or batched with batch dimensions that broadcast. */
    private static Operand[] matmulPair(Random r) {
        int m = 1 + r.nextInt(3);
        int k = 1 + r.nextInt(3);
        int n = 1 + r.nextInt(3);
        int[] batch = GradientCheck.shapes(0, 2).from(r);
        int rankA = r.nextInt(4);
        int rankB = r.nextInt(4);
        int[] a = rankA == 0 ? new int[] {k} : shape(rankA == 1 ? new int[0] : batch, m, k);
        int[] b = rankB == 0 ? new int[] {k} : shape(rankB == 1 ? new int[0] : GradientCheck.broadcastableTo(batch, r), k, n);
        return new Operand[] {new Operand(a, Layout.values()[r.nextInt(3)], r.nextLong()),
            new Operand(b, Layout.values()[r.nextInt(3)], r.nextLong())};
    }

    private static int[] shape(int[] batch, int rows, int cols) {
        int[] s = Arrays.copyOf(batch, batch.length + 2);
        s[batch.length] = rows;
        s[batch.length + 1] = cols;
        return s;
    }

    @ParameterizedTest
    @MethodSource("matmulOperands")
    void matmulHasTheFiniteDifferenceGradientForEveryRankAndBroadcastBatch(Operand[] ops) {
        assertGradientsMatch(in -> in.get(0).matmul(in.get(1)), args(ops));
    }

    @ParameterizedTest
    @MethodSource("matmulOperandsAndSeeds")
    void dotAndLinearHaveTheFiniteDifferenceGradient(Operand[] ops, long seed) {
        Random r = new Random(seed);
        int k = ops[0].shape()[ops[0].shape().length - 1];
        Operand v = new Operand(new int[] {k}, Layout.STRIDED, r.nextLong());
        Operand w = new Operand(new int[] {k}, Layout.CONTIGUOUS, r.nextLong());
        assertGradientsMatch(in -> in.get(0).dot(in.get(1)), arg(v, Domain.ANY), arg(w, Domain.ANY));
        int out = 1 + r.nextInt(3);
        Operand weight = new Operand(new int[] {out, k}, Layout.values()[r.nextInt(3)], r.nextLong());
        Operand bias = new Operand(new int[] {out}, Layout.values()[r.nextInt(3)], r.nextLong());
        assertGradientsMatch(in -> Functional.linear(in.get(0), in.get(1), in.get(2)), arg(ops[0], Domain.ANY),
                arg(weight, Domain.ANY), arg(bias, Domain.ANY));
    }

    // ---- indexing ----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("operandsAndSeeds")
    void gatherHasTheFiniteDifferenceGradientWithRepeatedIndices(Operand x, long seed) {
        Random r = new Random(seed);
        int rank = x.shape().length;
        int dim = rank == 0 ? 0 : r.nextInt(rank);
        int[] indexShape = x.shape().clone();
        for (int i = 0; i < rank; i++) {
            indexShape[i] = i == dim ? 1 + r.nextInt(4) : 1 + r.nextInt(x.shape()[i]);
        }
        int size = rank == 0 ? 1 : x.shape()[dim];
        long[] idx = r.longs(Shapes.numel(indexShape), 0, size).toArray();
        Tensor index = Tensor.fromLongs(DType.INT64, idx, indexShape);
        unary(x, t -> t.gather(dim, index));
    }

    @ParameterizedTest
    @MethodSource("dimensionedAndSeeds")
    void indexSelectAndEmbeddingHaveTheFiniteDifferenceGradient(Operand x, long seed) {
        Random r = new Random(seed);
        int dim = r.nextInt(x.shape().length);
        long[] idx = r.longs(1 + r.nextInt(5), 0, x.shape()[dim]).toArray();
        Tensor index = Tensor.fromLongs(DType.INT64, idx, idx.length);
        unary(x, t -> t.indexSelect(dim, index));
        Operand table = new Operand(new int[] {x.shape()[0], 1 + r.nextInt(3)}, x.layout(), x.seed());
        Tensor rows = Tensor.fromLongs(DType.INT64, r.longs(6, 0, x.shape()[0]).toArray(), 2, 3);
        unary(table, t -> Functional.embedding(rows, t));
    }
}
