package adjoint.engine;

import adjoint.engine.backend.BinaryOp;
import adjoint.engine.backend.ElementwiseProgram;
import adjoint.engine.backend.ElementwiseProgram.Binary;
import adjoint.engine.backend.ElementwiseProgram.Builder;
import adjoint.engine.backend.ElementwiseProgram.Input;
import adjoint.engine.backend.ElementwiseProgram.Unary;
import adjoint.engine.backend.ScalarMath;
import adjoint.engine.backend.Storage;
import adjoint.engine.backend.UnaryOp;
import adjoint.engine.backend.View;
import java.util.Arrays;

/**
 * Elementwise programs on tensors: reverse mode over a program's steps, so that f and ∇f become one program, and
 * running a program on same-shaped tensors in one backend call. Each primitive's adjoint is the formula of its
 * gradient rule in {@link Pointwise}, with the same primitives in the same order, so a fused gradient equals
 * autograd's (where a value receives three or more contributions, up to the order of the sum).
 *
 * <pre>{@code
 * Builder b = ElementwiseProgram.builder(1);
 * int x = b.input(0);
 * int f = b.unary(UnaryOp.NEG, b.binary(BinaryOp.MUL, x, b.unary(UnaryOp.LOG, x)));
 * int[] grad = FusedElementwise.gradient(b, f, x);  // -log x - x/x, sharing log x with f
 * Tensor[] out = FusedElementwise.run(b.build(f, grad[0]), Tensor.of(0.5, 1, 2));
 * }</pre>
 */
public final class FusedElementwise {
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    private FusedElementwise() {
    }

    /**
     * Appends to {@code b} the steps of ∂(step {@code output})/∂(input step {@code wrt[k]}) for each k, seeded with 1,
     * and returns their indices; null if a step on the way has no fused adjoint here (a comparison-based rule,
     * such as {@code maximum}, or {@code pow} with an exponent that depends on the inputs).
     */
    public static int[] gradient(Builder b, int output, int... wrt) {
        for (int w : wrt) {
            if (!(b.step(w) instanceof Input)) {
                throw new IllegalArgumentException("step " + w + " is not an input");
            }
        }
        int count = output + 1;
        boolean[] needs = new boolean[count];
        for (int i = 0; i < count; i++) {
            final int step = i;
            needs[i] = switch (b.step(i)) {
                case Input in -> Arrays.stream(wrt).anyMatch(w -> w == step);
                case Unary u -> needs[u.x()];
                case Binary bin -> needs[bin.a()] || needs[bin.b()];
                default -> false;
            };
        }
        int[] adj = new int[count];
        Arrays.fill(adj, -1);
        adj[output] = b.constant(1.0);
        for (int i = output; i >= 0; i--) {
            if (adj[i] < 0 || !needs[i]) {
                continue;
            }
            boolean ok = switch (b.step(i)) {
                case Unary u -> unary(b, u, i, adj[i], adj);
                case Binary bin -> binary(b, bin, i, adj[i], adj, needs);
                default -> true;
            };
            if (!ok) {
                return null;
            }
        }
        int[] out = new int[wrt.length];
        for (int k = 0; k < wrt.length; k++) {
            out[k] = adj[wrt[k]] >= 0 ? adj[wrt[k]] : b.constant(0.0);
        }
        return out;
    }

    /** Pointwise.unary's gradient rules, one a line. */
    private static boolean unary(Builder b, Unary u, int out, int g, int[] adj) {
        int x = u.x();
        int gx = switch (u.op()) {
            case NEG -> b.unary(UnaryOp.NEG, g);
            case EXP -> b.binary(BinaryOp.MUL, g, out);
            case LOG -> b.binary(BinaryOp.DIV, g, x);
            case LOG1P -> b.binary(BinaryOp.DIV, g, b.binary(BinaryOp.ADD, x, b.constant(1.0)));
            case SIN -> b.binary(BinaryOp.MUL, g, b.unary(UnaryOp.COS, x));
            case COS -> b.binary(BinaryOp.MUL, g, b.unary(UnaryOp.NEG, b.unary(UnaryOp.SIN, x)));
            case SQRT -> b.binary(BinaryOp.DIV, g, b.binary(BinaryOp.MUL, out, b.constant(2.0)));
            case TANH -> b.binary(BinaryOp.MUL, g, b.binary(BinaryOp.SUB, b.constant(1.0), b.binary(BinaryOp.MUL, out, out)));
            case SIGMOID -> b.binary(BinaryOp.MUL, b.binary(BinaryOp.MUL, g, b.binary(BinaryOp.SUB, b.constant(1.0), out)), out);
            case SOFTPLUS -> b.binary(BinaryOp.MUL, g, b.unary(UnaryOp.SIGMOID, x));
            case ERF -> b.binary(BinaryOp.MUL, g, b.binary(BinaryOp.MUL,
                    b.unary(UnaryOp.EXP, b.unary(UnaryOp.NEG, b.binary(BinaryOp.MUL, x, x))), b.constant(TWO_OVER_SQRT_PI)));
            case ABS -> b.binary(BinaryOp.MUL, g, b.unary(UnaryOp.SIGN, x));
            case SIGN -> -1;
        };
        return gx >= 0 && accumulate(b, adj, x, gx);
    }

    /** Pointwise.binary's gradient rules; pow's {@code where} is decided here when the other operand is uniform. */
    private static boolean binary(Builder b, Binary s, int out, int g, int[] adj, boolean[] needs) {
        int x = s.a();
        int y = s.b();
        boolean nx = needs[x];
        boolean ny = needs[y];
        return switch (s.op()) {
            case ADD -> (!nx || accumulate(b, adj, x, g)) && (!ny || accumulate(b, adj, y, g));
            case SUB -> (!nx || accumulate(b, adj, x, g)) && (!ny || accumulate(b, adj, y, b.unary(UnaryOp.NEG, g)));
            case MUL -> (!nx || accumulate(b, adj, x, b.binary(BinaryOp.MUL, g, y)))
                    && (!ny || accumulate(b, adj, y, b.binary(BinaryOp.MUL, g, x)));
            case DIV -> (!nx || accumulate(b, adj, x, b.binary(BinaryOp.DIV, g, y)))
                    && (!ny || accumulate(b, adj, y, b.binary(BinaryOp.DIV,
                        b.binary(BinaryOp.MUL, b.unary(UnaryOp.NEG, g), x), b.binary(BinaryOp.MUL, y, y))));
            case POW -> {
                // where(y == 0, 0, g·y·x^(y−1)) and where(x == 0 & y >= 0, 0, g·out·log x), with the condition known
                boolean baseOk = !nx || (isUniformNonZero(b, y) && accumulate(b, adj, x, b.binary(BinaryOp.MUL, g,
                        b.binary(BinaryOp.MUL, y, b.binary(BinaryOp.POW, x, b.binary(BinaryOp.SUB, y, b.constant(1.0)))))));
                yield baseOk && (!ny || (isUniformNonZero(b, x) && accumulate(b, adj, y,
                        b.binary(BinaryOp.MUL, g, b.binary(BinaryOp.MUL, out, b.unary(UnaryOp.LOG, x))))));
            }
            default -> false;
        };
    }

    /** Whether a step reads no input and is not 0 (a NaN is not 0, as in {@code where(b == 0, ...)}). */
    private static boolean isUniformNonZero(Builder b, int i) {
        return b.isUniform(i) && uniformValue(b, i) != 0;
    }

    private static double uniformValue(Builder b, int i) {
        return switch (b.step(i)) {
            case ElementwiseProgram.Constant c -> c.value();
            case Unary u -> ScalarMath.unary(u.op(), uniformValue(b, u.x()));
            case Binary s -> ScalarMath.binary(s.op(), uniformValue(b, s.a()), uniformValue(b, s.b()));
            case Input in -> throw new IllegalArgumentException("step " + i + " reads an input");
        };
    }

    /** Adds a contribution to a step's adjoint as autograd does: the earlier sum plus the new term. */
    private static boolean accumulate(Builder b, int[] adj, int step, int g) {
        adj[step] = adj[step] < 0 ? g : b.binary(BinaryOp.ADD, adj[step], g);
        return true;
    }

    /**
     * Runs {@code program} on {@code inputs}, which have one floating dtype and, apart from 0-d tensors, one shape:
     * fresh tensors of that shape, one per output, on the first input's device. No gradient is recorded.
     */
    public static Tensor[] run(ElementwiseProgram program, Tensor... inputs) {
        Operands op = operands(program, inputs);
        Storage[] fresh = op.place.storage().backend().elementwiseFresh(program, op.views, op.dtype, op.shape);
        Tensor[] out = new Tensor[fresh.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = new Tensor(fresh[k], op.shape.clone());
        }
        return out;
    }

    /**
     * As {@link #run}, into {@code outputs}, one per program output, of the inputs' dtype, shape and device (as
     * PyTorch's {@code out=}): for a caller that evaluates the program again and again, such as a view that redraws,
     * and keeps the results' memory warm instead of allocating afresh each time. The outputs must not require a
     * gradient nor share memory with an input or with each other; their version counters advance.
     */
    public static void runInto(ElementwiseProgram program, Tensor[] inputs, Tensor[] outputs) {
        Operands op = operands(program, inputs);
        if (outputs.length != program.outputs().length) {
            throw new IllegalArgumentException("the program writes " + program.outputs().length + " outputs, not "
                    + outputs.length);
        }
        View[] out = new View[outputs.length];
        for (int k = 0; k < outputs.length; k++) {
            Tensor o = outputs[k];
            if (o.dtype() != op.dtype || !Arrays.equals(o.shape(), op.shape) || !o.device().equals(op.place.device())) {
                throw new IllegalArgumentException("output " + k + " is " + o.dtype() + Arrays.toString(o.shape())
                        + " on " + o.device() + ", not " + op.dtype + Arrays.toString(op.shape) + " on " + op.place.device());
            }
            if (o.requiresGrad()) {
                throw new IllegalArgumentException("output " + k + " requires grad: a program's outputs are not recorded");
            }
            for (int j = 0; j < k; j++) {
                requireApart(o, outputs[j], "output " + k + " shares memory with output " + j);
            }
            for (Tensor in : inputs) {
                requireApart(o, in, "output " + k + " shares memory with an input");
            }
            out[k] = o.strided();
        }
        op.place.storage().backend().elementwise(program, op.views, out);
        for (Tensor o : outputs) {
            o.storage().bumpVersion();
        }
    }

    private static void requireApart(Tensor a, Tensor b, String message) {
        if (a.storage() == b.storage()) {
            throw new IllegalArgumentException(message);
        }
    }

    /** A program's inputs as views broadcast to their common shape, checked. */
    private record Operands(View[] views, DType dtype, int[] shape, Tensor place) {
    }

    private static Operands operands(ElementwiseProgram program, Tensor[] inputs) {
        if (inputs.length != program.inputs() || inputs.length == 0) {
            throw new IllegalArgumentException("the program reads " + program.inputs() + " inputs, not " + inputs.length);
        }
        DType dtype = inputs[0].dtype();
        int[] shape = new int[0];
        Tensor place = inputs[0];
        for (Tensor t : inputs) {
            if (t.dtype() != dtype || !dtype.isFloating()) {
                throw new IllegalArgumentException("a program's inputs share one floating dtype, not " + dtype + " and " + t.dtype());
            }
            if (t.dim() > 0) {
                if (shape.length > 0 && !Arrays.equals(shape, t.shape())) {
                    throw new IllegalArgumentException("a program's inputs have one shape, not " + Arrays.toString(shape)
                            + " and " + Arrays.toString(t.shape()));
                }
                shape = t.shape();
                place = t;
            }
        }
        View[] in = new View[inputs.length];
        for (int k = 0; k < inputs.length; k++) {
            in[k] = Pointwise.broadcast(inputs[k].strided(), shape);
        }
        return new Operands(in, dtype, shape, place);
    }
}
