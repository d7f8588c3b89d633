package adjoint.engine;

import static org.assertj.core.api.Assertions.fail;

import adjoint.engine.Cases.Draw;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Checks autograd against central finite differences in float64: for {@code L = sum(f(inputs) * R)} with a fixed
 * random R, each leaf's {@code .grad} must equal {@code (L(x + h e_i) - L(x - h e_i)) / 2h} for every element i.
 * Inputs may be non-contiguous views (transposed, or every second row) of bigger leaves: then the leaf's gradient
 * is checked, which also checks that the gradient lands in the right places of the storage.
 */
final class GradientCheck {
    static final double H = 1e-6;
    static final double RTOL = 1e-6;
    static final double ATOL = 1e-7;
    /**
     * Rounding in the two sums a central difference subtracts: about (a few ulps of sum |f R|) / h. Without it an
     * element with a small gradient beside large outputs (x^-2 near 0) fails on the difference's own noise.
     */
    static final double ROUNDING_PER_MAGNITUDE = 1e-8;

    private GradientCheck() {
    }

    /** How an input sits in its leaf's memory. */
    enum Layout {
        /** The leaf itself. */
        CONTIGUOUS,
        /** The last two dimensions of a leaf transposed (a 0-d or 1-D input: as STRIDED). */
        TRANSPOSED,
        /** Every second row of a leaf twice as long in dimension 0 (a 0-d input: one element of a 1-D leaf). */
        STRIDED
    }

    /** Where values are drawn from, so that each op sees its valid domain and no kink lies within reach of h. */
    enum Domain {
        /** Uniform in [-2, 2]. */
        ANY,
        /** Uniform in [-1.2, 1.2]: inside tan's branch. */
        SMALL,
        /** Uniform in [0.2, 2]: log, sqrt, bases of real powers. */
        POSITIVE,
        /** Uniform in [0.05, 0.95]: probabilities. */
        UNIT,
        /** Within 0.01 above a multiple of 0.1 in [-2, 2]. */
        ON_GRID,
        /** 0.05 to 0.06 above a multiple of 0.1: at least 0.04 from 0, ±0.5, ±1 and every ON_GRID value. */
        OFF_GRID,
        /** All different, at least 0.15 apart: no ties for max, min or sort-like ops. */
        DISTINCT;

        double[] sample(int n, Random r) {
            double[] v = new double[n];
            int[] rank = DISTINCT == this ? permutation(n, r) : null;
            for (int i = 0; i < n; i++) {
                v[i] = switch (this) {
                    case ANY -> -2 + 4 * r.nextDouble();
                    case SMALL -> -1.2 + 2.4 * r.nextDouble();
                    case POSITIVE -> 0.2 + 1.8 * r.nextDouble();
                    case UNIT -> 0.05 + 0.9 * r.nextDouble();
                    case ON_GRID -> 0.1 * (r.nextInt(41) - 20) + 0.01 * r.nextDouble();
                    case OFF_GRID -> 0.1 * (r.nextInt(40) - 20) + 0.05 + 0.01 * r.nextDouble();
                    case DISTINCT -> 0.25 * (rank[i] - n / 2.0) + 0.1 * r.nextDouble();
                };
            }
            return v;
        }

        private static int[] permutation(int n, Random r) {
            List<Integer> p = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                p.add(i);
            }
            java.util.Collections.shuffle(p, r);
            return p.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** An input of the checked function: its shape, its layout in memory and the seed of its values. */
    record Operand(int[] shape, Layout layout, long seed) {
        int[] leafShape() {
            int rank = shape.length;
            if (rank == 0) {
                return layout == Layout.CONTIGUOUS ? new int[0] : new int[] {3};
            }
            int[] s = shape.clone();
            if (layout == Layout.TRANSPOSED && rank >= 2) {
                s[rank - 1] = shape[rank - 2];
                s[rank - 2] = shape[rank - 1];
            } else if (layout != Layout.CONTIGUOUS) {
                s[0] = 2 * shape[0];
            }
            return s;
        }

        Tensor input(Tensor leaf) {
            int rank = shape.length;
            if (layout == Layout.CONTIGUOUS) {
                return leaf;
            }
            if (rank == 0) {
                return leaf.select(0, 1);
            }
            return layout == Layout.TRANSPOSED && rank >= 2 ? leaf.transpose(-1, -2) : leaf.slice(0, null, null, 2);
        }

        Operand withShape(int[] newShape) {
            return new Operand(newShape, layout, seed);
        }

        @Override
        public String toString() {
            return Shapes.format(shape) + " " + layout.name().toLowerCase() + " #" + Long.toHexString(seed);
        }
    }

    /** A differentiable input and the domain of its values. */
    record Arg(Operand operand, Domain domain) {
    }

    static Arg arg(Operand operand, Domain domain) {
        return new Arg(operand, domain);
    }

    // ---- generators ------------------------------------------------------------------------------------------

    /** Shapes of rank {@code minRank} to {@code maxRank} with sizes 1 to 4. */
    static Draw<int[]> shapes(int minRank, int maxRank) {
        Draw<Integer> ranks = Cases.ints(minRank, maxRank);
        return r -> r.ints(ranks.from(r), 1, 5).toArray();
    }

    static Draw<Operand> operands(int minRank, int maxRank) {
        Draw<int[]> shapes = shapes(minRank, maxRank);
        Draw<Layout> layouts = Cases.oneOf(Layout.class);
        return r -> new Operand(shapes.from(r), layouts.from(r), r.nextLong());
    }

    /** Two operands whose shapes broadcast: one a random reduction of the other (fewer or size-1 dimensions). */
    static Draw<Operand[]> broadcastPairs() {
        Draw<Operand> operands = operands(0, 3);
        Draw<Layout> layouts = Cases.oneOf(Layout.class);
        return random -> {
            Operand a = operands.from(random);
            Layout layout = layouts.from(random);
            long seed = random.nextLong();
            Random r = new Random(seed);
            Operand b = new Operand(broadcastableTo(a.shape(), r), layout, seed);
            return r.nextBoolean() ? new Operand[] {a, b} : new Operand[] {b, a};
        };
    }

    /** A shape that broadcasts to {@code shape}: some leading dimensions dropped, some others set to 1. */
    static int[] broadcastableTo(int[] shape, Random r) {
        int drop = r.nextInt(shape.length + 1);
        int[] out = Arrays.copyOfRange(shape, drop, shape.length);
        for (int i = 0; i < out.length; i++) {
            if (r.nextInt(3) == 0) {
                out[i] = 1;
            }
        }
        return out;
    }

    // ---- the check -------------------------------------------------------------------------------------------

    /** Asserts that autograd's gradients of {@code sum(f(args) * R)} equal central differences, for every arg. */
    static void assertGradientsMatch(Function<List<Tensor>, Tensor> f, Arg... args) {
        double[][] data = new double[args.length][];
        long rSeed = 17;
        for (int i = 0; i < args.length; i++) {
            Operand o = args[i].operand();
            data[i] = args[i].domain().sample(Shapes.numel(o.leafShape()), new Random(o.seed()));
            rSeed = rSeed * 31 + o.seed();
        }
        List<Tensor> leaves = leaves(args, data, true);
        Tensor out = f.apply(inputs(args, leaves));
        Tensor weights = Tensor.fromDoubles(DType.FLOAT64, Domain.ANY.sample(out.numel(), new Random(rSeed)), out.shape());
        Tensor loss = out.mul(weights).sum();
        if (!loss.requiresGrad()) {
            fail("the result does not require grad: %s", out);
        }
        double magnitude;
        try (var scope = NoGrad.enter()) {
            magnitude = out.mul(weights).abs().sum().item();
        }
        double atol = ATOL + ROUNDING_PER_MAGNITUDE * magnitude;
        loss.backward();
        for (int i = 0; i < args.length; i++) {
            double[] analytic = leaves.get(i).grad() == null ? new double[data[i].length] : leaves.get(i).grad().toDoubles();
            for (int j = 0; j < data[i].length; j++) {
                double keep = data[i][j];
                data[i][j] = keep + H;
                double plus = lossOf(f, args, data, weights);
                data[i][j] = keep - H;
                double minus = lossOf(f, args, data, weights);
                data[i][j] = keep;
                double numeric = (plus - minus) / (2 * H);
                if (!(Math.abs(analytic[j] - numeric) <= atol + RTOL * Math.abs(numeric))) {
                    fail("input %d (%s), element %d: autograd gives %s, finite differences %s%n  input values %s%n"
                            + "  autograd gradient %s", i, args[i].operand(), j, analytic[j], numeric,
                            Arrays.toString(data[i]), Arrays.toString(analytic));
                }
            }
        }
    }

    private static double lossOf(Function<List<Tensor>, Tensor> f, Arg[] args, double[][] data, Tensor weights) {
        try (var scope = NoGrad.enter()) {
            return f.apply(inputs(args, leaves(args, data, false))).mul(weights).sum().item();
        }
    }

    private static List<Tensor> leaves(Arg[] args, double[][] data, boolean requiresGrad) {
        List<Tensor> leaves = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            Tensor leaf = Tensor.fromDoubles(DType.FLOAT64, data[i].clone(), args[i].operand().leafShape());
            leaves.add(requiresGrad ? leaf.requiresGrad(true) : leaf);
        }
        return leaves;
    }

    private static List<Tensor> inputs(Arg[] args, List<Tensor> leaves) {
        List<Tensor> in = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            in.add(args[i].operand().input(leaves.get(i)));
        }
        return in;
    }
}
