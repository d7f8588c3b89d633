package adjoint.engine;

import adjoint.engine.backend.BinaryOp;
import adjoint.engine.backend.UnaryOp;
import adjoint.engine.backend.View;

/** Elementwise primitives: each forward computation with its gradient rule beside it. */
final class Pointwise {
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    private Pointwise() {
    }

    static Tensor unary(UnaryOp op, Tensor x) {
        boolean exact = op == UnaryOp.NEG || op == UnaryOp.ABS || op == UnaryOp.SIGN;
        if (x.dtype() == DType.BOOL && op == UnaryOp.NEG) {
            throw new TensorException("Negation, the `-` operator, on a bool tensor is not supported. If you are trying "
                    + "to invert a mask, use the `~` or `logical_not()` operator instead.");
        }
        DType type = x.dtype().isFloating() || exact ? x.dtype() : DefaultDType.get();
        Tensor out = Tensor.zerosOwning(x, type, x.shape());
        Tensor.exec(out).unary(op, data(x, type), out.strided());
        return switch (op) {
            case NEG -> Autograd.record(out, "neg", new Tensor[] {x}, (g, n) -> one(g.neg()));
            case EXP -> Autograd.record(out, "exp", new Tensor[] {x}, (g, n) -> one(g.mul(out)), out);
            case LOG -> Autograd.record(out, "log", new Tensor[] {x}, (g, n) -> one(g.div(x)), x);
            case LOG1P -> Autograd.record(out, "log1p", new Tensor[] {x}, (g, n) -> one(g.div(x.add(1.0))), x);
            case SIN -> Autograd.record(out, "sin", new Tensor[] {x}, (g, n) -> one(g.mul(x.cos())), x);
            case COS -> Autograd.record(out, "cos", new Tensor[] {x}, (g, n) -> one(g.mul(x.sin().neg())), x);
            case SQRT -> Autograd.record(out, "sqrt", new Tensor[] {x}, (g, n) -> one(g.div(out.mul(2.0))), out);
            case TANH -> Autograd.record(out, "tanh", new Tensor[] {x},
                    (g, n) -> one(g.mul(Tensor.number(1L).sub(out.mul(out)))), out);
            case SIGMOID -> Autograd.record(out, "sigmoid", new Tensor[] {x},
                    (g, n) -> one(g.mul(Tensor.number(1L).sub(out)).mul(out)), out);
            case SOFTPLUS -> Autograd.record(out, "softplus", new Tensor[] {x}, (g, n) -> one(g.mul(x.sigmoid())), x);
            case ERF -> Autograd.record(out, "erf", new Tensor[] {x},
                    (g, n) -> one(g.mul(x.mul(x).neg().exp().mul(TWO_OVER_SQRT_PI))), x);
            case ABS -> Autograd.record(out, "abs", new Tensor[] {x}, (g, n) -> one(g.mul(x.sign())), x);
            case SIGN -> Autograd.record(out, "sign", new Tensor[] {x}, (g, n) -> one(Tensor.zerosOn(g, g.dtype(), g.shape())));
        };
    }

    static Tensor binary(BinaryOp op, Tensor a, Tensor b) {
        DType compute = Promotion.resultType(a, b);
        if (op == BinaryOp.DIV && !compute.isFloating()) {
            compute = DefaultDType.get();
        }
        boolean bothNumbers = a.isWrappedNumber() && b.isWrappedNumber();
        if (bothNumbers && compute.isFloating()) {
            compute = DType.FLOAT64;
        }
        if (op == BinaryOp.SUB && a.dtype() == DType.BOOL && b.dtype() == DType.BOOL) {
            throw new TensorException("Subtraction, the `-` operator, with two bool tensors is not supported. "
                    + "Use the `^` or `logical_xor()` operator instead.");
        }
        if (op == BinaryOp.SUB && (a.dtype() == DType.BOOL || b.dtype() == DType.BOOL)) {
            throw new TensorException("Subtraction, the `-` operator, with a bool tensor is not supported. "
                    + "If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.");
        }
        int[] shape = Shapes.broadcast(a.shapeRef(), b.shapeRef());
        DType type = op.isComparison() ? DType.BOOL : compute;
        Tensor out = bothNumbers ? Tensor.wrappedZero(type) : Tensor.zerosOwning(Tensor.placeOf(a, b), type, shape);
        Tensor.exec(out).binary(op, broadcast(data(a, compute), shape), broadcast(data(b, compute), shape), out.strided());
        Tensor[] in = {a, b};
        return switch (op) {
            case ADD -> Autograd.record(out, "add", in, (g, n) -> two(g, g));
            case SUB -> Autograd.record(out, "sub", in, (g, n) -> two(g, n[1] ? g.neg() : null));
            case MUL -> Autograd.record(out, "mul", in,
                    (g, n) -> two(n[0] ? g.mul(b) : null, n[1] ? g.mul(a) : null), savedFor(a, b));
            case DIV -> Autograd.record(out, "div", in,
                    (g, n) -> two(n[0] ? g.div(b) : null, n[1] ? g.neg().mul(a).div(b.mul(b)) : null), savedFor(a, b));
            case POW -> Autograd.record(out, "pow", in, (g, n) -> two(
                    n[0] ? Tensor.where(b.eq(0.0), Tensor.number(0L), g.mul(b.mul(a.pow(b.sub(Tensor.number(1L)))))) : null,
                    n[1] ? g.mul(Tensor.where(a.eq(0.0).logicalAnd(b.ge(0.0)), Tensor.number(0L), out.mul(a.log()))) : null),
                    a, b, out);
            case MAXIMUM -> Autograd.record(out, "maximum", in, (g, n) -> {
                Tensor half = Tensor.where(a.eq(b), g.div(2.0), g);
                return two(n[0] ? Tensor.where(a.lt(b), Tensor.number(0L), half) : null,
                        n[1] ? Tensor.where(a.gt(b), Tensor.number(0L), half) : null);
            }, a, b);
            case LT, LE, EQ -> out;
        };
    }

    static Tensor where(Tensor cond, Tensor a, Tensor b) {
        if (cond.dtype() != DType.BOOL) {
            throw new TensorException("where expected condition to be a boolean tensor, but got a tensor with dtype "
                    + cond.dtype());
        }
        DType type = Promotion.resultType(a, b);
        int[] shape = Shapes.broadcast(cond.shape(), Shapes.broadcast(a.shape(), b.shape()));
        Tensor out = Tensor.zerosOn(Tensor.placeOf(cond, a, b), type, shape);
        Tensor.exec(out).where(broadcast(cond.strided(), shape), broadcast(data(a, type), shape),
                broadcast(data(b, type), shape), out.strided());
        Tensor zero = Tensor.number(0L);
        return Autograd.record(out, "where", new Tensor[] {cond, a, b},
                (g, n) -> new Tensor[] {null, n[1] ? Tensor.where(cond, g, zero) : null,
                    n[2] ? Tensor.where(cond, zero, g) : null}, cond);
    }

    static Tensor cast(Tensor x, DType type) {
        Tensor out = Tensor.zerosOn(x, type, x.shape());
        Tensor.exec(out).copy(x.strided(), out.strided());
        if (!x.dtype().isFloating()) {
            return out;
        }
        return Autograd.record(out, "to", new Tensor[] {x}, (g, n) -> one(g.to(x.dtype())));
    }

    /** The elements of {@code t} as a view of dtype {@code type}, converting into a new storage only if needed. */
    static View data(Tensor t, DType type) {
        if (t.dtype() == type) {
            return t.strided();
        }
        Tensor c = Tensor.zerosOn(t, type, t.shapeRef());
        Tensor.exec(c).copy(t.strided(), c.strided());
        return c.strided();
    }

    /** A view of {@code v} broadcast to {@code shape}: new leading dimensions and size-1 dimensions get stride 0. */
    static View broadcast(View v, int[] shape) {
        if (java.util.Arrays.equals(v.shape(), shape)) {
            return v;
        }
        int[] strides = new int[shape.length];
        int lead = shape.length - v.shape().length;
        for (int i = 0; i < v.shape().length; i++) {
            strides[lead + i] = v.shape()[i] == 1 && shape[lead + i] != 1 ? 0 : v.strides()[i];
        }
        return new View(v.storage(), shape, strides, v.offset());
    }

    private static Tensor[] savedFor(Tensor a, Tensor b) {
        if (a.requiresGrad() && b.requiresGrad()) {
            return new Tensor[] {a, b};
        }
        return a.requiresGrad() ? new Tensor[] {b} : b.requiresGrad() ? new Tensor[] {a} : new Tensor[0];
    }

    static Tensor[] one(Tensor g) {
        return new Tensor[] {g};
    }

    static Tensor[] two(Tensor ga, Tensor gb) {
        return new Tensor[] {ga, gb};
    }
}
