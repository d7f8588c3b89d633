package adjoint.engine.backend;

import adjoint.engine.DType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A straight-line program of elementwise primitives with several outputs, for a backend to run in one go
 * ({@link Backend#elementwise}). Each step is an input, a constant, or a {@link UnaryOp} or arithmetic
 * {@link BinaryOp} of earlier steps; a step is referred to by its index. The builder shares equal steps, so a
 * value asked for twice is computed once. A step is <em>uniform</em> when it reads only constants: it has one
 * value for every element, computed once as a 0-d tensor would compute it ({@link ScalarMath}).
 *
 * <pre>{@code
 * ElementwiseProgram.Builder b = ElementwiseProgram.builder(1);
 * int x = b.input(0);
 * int lx = b.unary(UnaryOp.LOG, x);
 * int f = b.unary(UnaryOp.NEG, b.binary(BinaryOp.MUL, x, lx));
 * ElementwiseProgram p = b.build(f, b.binary(BinaryOp.SUB, b.unary(UnaryOp.NEG, lx), b.constant(1)));
 * p.steps().size(); // 7: x, log x, x·log x, f, −log x, 1, −log x − 1
 * }</pre>
 */
public final class ElementwiseProgram {
    /** One step of the program. */
    public sealed interface Step {
    }

    /** The {@code index}-th input view. */
    public record Input(int index) implements Step {
    }

    /** A number, converted to the program's dtype. */
    public record Constant(double value) implements Step {
    }

    /** {@code op(steps[x])}. */
    public record Unary(UnaryOp op, int x) implements Step {
    }

    /** {@code op(steps[a], steps[b])}; never a comparison. */
    public record Binary(BinaryOp op, int a, int b) implements Step {
    }

    private final List<Step> steps;
    private final boolean[] uniform;
    private final int inputs;
    private final int[] outputs;

    private ElementwiseProgram(List<Step> steps, boolean[] uniform, int inputs, int[] outputs) {
        this.steps = List.copyOf(steps);
        this.uniform = uniform;
        this.inputs = inputs;
        this.outputs = outputs;
    }

    public static Builder builder(int inputs) {
        return new Builder(inputs);
    }

    public List<Step> steps() {
        return steps;
    }

    /** How many input views the program reads. */
    public int inputs() {
        return inputs;
    }

    /** The step each output view receives, in order. */
    public int[] outputs() {
        return outputs.clone();
    }

    /** Whether step {@code i} reads no input, so has one value everywhere. */
    public boolean isUniform(int i) {
        return uniform[i];
    }

    /** How many steps apply {@code op}: for checking that a shared value is computed once. */
    public long count(UnaryOp op) {
        return steps.stream().filter(s -> s instanceof Unary u && u.op() == op).count();
    }

    /**
     * The value of every uniform step in {@code dtype} (NaN elsewhere), computed as a 0-d tensor of that dtype
     * computes it: in double precision, rounded to float32 after each step for float32.
     */
    public double[] uniformValues(DType dtype) {
        double[] v = new double[steps.size()];
        Arrays.fill(v, Double.NaN);
        for (int i = 0; i < v.length; i++) {
            if (!uniform[i]) {
                continue;
            }
            double r = switch (steps.get(i)) {
                case Constant c -> c.value();
                case Unary u -> ScalarMath.unary(u.op(), v[u.x()]);
                case Binary b -> ScalarMath.binary(b.op(), v[b.a()], v[b.b()]);
                case Input in -> throw new IllegalStateException();
            };
            v[i] = dtype == DType.FLOAT32 ? (float) r : r;
        }
        return v;
    }

    /**
     * Runs the program one primitive at a time on whole views, each step into a storage of its own: what a backend
     * without a fused kernel does, and the definition every fused kernel must equal. Inputs have the outputs'
     * shape (scalars broadcast with stride 0) and all views one floating dtype.
     */
    public void runStepByStep(Backend backend, View[] in, View[] out) {
        int[] shape = out[0].shape();
        DType dtype = out[0].dtype();
        double[] uniforms = uniformValues(dtype);
        View[] values = new View[steps.size()];
        int[] scalarStrides = new int[shape.length];
        for (int i = 0; i < values.length; i++) {
            if (uniform[i]) {
                Storage one = backend.fromDoubles(dtype, new double[] {uniforms[i]});
                values[i] = new View(one, shape, scalarStrides, 0);
                continue;
            }
            switch (steps.get(i)) {
                case Input input -> values[i] = in[input.index()];
                case Unary u -> {
                    values[i] = View.of(backend.allocate(dtype, Math.max(1, out[0].numel())), shape);
                    backend.unary(u.op(), values[u.x()], values[i]);
                }
                case Binary b -> {
                    values[i] = View.of(backend.allocate(dtype, Math.max(1, out[0].numel())), shape);
                    backend.binary(b.op(), values[b.a()], values[b.b()], values[i]);
                }
                case Constant c -> throw new IllegalStateException();
            }
        }
        for (int k = 0; k < outputs.length; k++) {
            backend.copy(values[outputs[k]], out[k]);
        }
    }

    /**
     * Builds a program step by step; equal steps are shared, and a few steps become fewer where IEEE arithmetic
     * allows it exactly: {@code 1·x} is {@code x}, {@code −(−x)} is {@code x}, {@code a + (−b)} is {@code a − b}, the
     * negation of a constant is a constant.
     */
    public static final class Builder {
        private final int inputs;
        private final List<Step> steps = new ArrayList<>();
        private final List<Boolean> uniform = new ArrayList<>();
        private final Map<Step, Integer> index = new HashMap<>();

        private Builder(int inputs) {
            this.inputs = inputs;
        }

        public int input(int i) {
            if (i < 0 || i >= inputs) {
                throw new IllegalArgumentException("input " + i + " of " + inputs);
            }
            return add(new Input(i), false);
        }

        public int constant(double value) {
            return add(new Constant(value), true);
        }

        public int unary(UnaryOp op, int x) {
            check(x);
            if (op == UnaryOp.NEG && steps.get(x) instanceof Constant c) {
                return constant(-c.value());
            }
            if (op == UnaryOp.NEG && negated(x) >= 0) {
                return negated(x);
            }
            return add(new Unary(op, x), uniform.get(x));
        }

        public int binary(BinaryOp op, int a, int b) {
            check(a);
            check(b);
            if (op.isComparison()) {
                throw new IllegalArgumentException(op + " writes bool; a program computes in one floating dtype");
            }
            Integer simpler = simpler(op, a, b);
            return simpler != null ? simpler : add(new Binary(op, a, b), uniform.get(a) && uniform.get(b));
        }

        /**
         * The same value in fewer steps, where IEEE arithmetic gives it exactly (NaNs aside, whose sign may differ):
         * {@code 1·v} is v, {@code (−1)·v} is −v, {@code a + (−b)} is a − b (the definition of subtraction),
         * {@code (−a) + b} is b − a and {@code a − (−b)} is a + b. Null if none applies.
         */
        private Integer simpler(BinaryOp op, int a, int b) {
            if (op == BinaryOp.MUL) {
                return isConstant(a, 1) ? Integer.valueOf(b) : isConstant(b, 1) ? Integer.valueOf(a)
                        : isConstant(a, -1) ? Integer.valueOf(unary(UnaryOp.NEG, b))
                        : isConstant(b, -1) ? Integer.valueOf(unary(UnaryOp.NEG, a)) : null;
            }
            if (op == BinaryOp.ADD) {
                return negated(b) >= 0 ? Integer.valueOf(binary(BinaryOp.SUB, a, negated(b)))
                        : negated(a) >= 0 ? Integer.valueOf(binary(BinaryOp.SUB, b, negated(a))) : null;
            }
            return op == BinaryOp.SUB && negated(b) >= 0 ? binary(BinaryOp.ADD, a, negated(b)) : null;
        }

        /** Whether step {@code i} reads no input. */
        public boolean isUniform(int i) {
            check(i);
            return uniform.get(i);
        }

        /** The step at {@code i}, e.g. to read a constant's value. */
        public Step step(int i) {
            check(i);
            return steps.get(i);
        }

        /**
         * The program computing {@code outputs} (step indices of this builder), without the steps they do not read;
         * the program's steps keep their order but are numbered afresh.
         */
        public ElementwiseProgram build(int... outputs) {
            if (outputs.length == 0) {
                throw new IllegalArgumentException("a program needs an output");
            }
            boolean[] needed = new boolean[steps.size()];
            for (int o : outputs) {
                check(o);
                needed[o] = true;
            }
            for (int i = needed.length - 1; i >= 0; i--) {
                if (needed[i]) {
                    switch (steps.get(i)) {
                        case Unary u -> needed[u.x()] = true;
                        case Binary b -> needed[b.a()] = needed[b.b()] = true;
                        default -> { }
                    }
                }
            }
            int[] renumbered = new int[needed.length];
            List<Step> kept = new ArrayList<>();
            List<Boolean> keptUniform = new ArrayList<>();
            for (int i = 0; i < needed.length; i++) {
                if (needed[i]) {
                    renumbered[i] = kept.size();
                    kept.add(switch (steps.get(i)) {
                        case Unary u -> new Unary(u.op(), renumbered[u.x()]);
                        case Binary b -> new Binary(b.op(), renumbered[b.a()], renumbered[b.b()]);
                        case Step s -> s;
                    });
                    keptUniform.add(uniform.get(i));
                }
            }
            boolean[] u = new boolean[kept.size()];
            for (int i = 0; i < u.length; i++) {
                u[i] = keptUniform.get(i);
            }
            return new ElementwiseProgram(kept, u, inputs, java.util.Arrays.stream(outputs).map(o -> renumbered[o]).toArray());
        }

        private boolean isConstant(int i, double value) {
            return steps.get(i) instanceof Constant c && c.value() == value;
        }

        /** The step that step {@code i} negates, or −1 if it is no negation. */
        private int negated(int i) {
            return steps.get(i) instanceof Unary u && u.op() == UnaryOp.NEG ? u.x() : -1;
        }

        private int add(Step s, boolean isUniform) {
            Integer found = index.get(s); // records compare doubles as Double.compare does: 0.0 and -0.0 differ
            if (found != null) {
                return found;
            }
            steps.add(s);
            uniform.add(isUniform);
            index.put(s, steps.size() - 1);
            return steps.size() - 1;
        }

        private void check(int i) {
            if (i < 0 || i >= steps.size()) {
                throw new IllegalArgumentException("no step " + i);
            }
        }
    }
}
