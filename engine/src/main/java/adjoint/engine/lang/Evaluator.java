package adjoint.engine.lang;

import adjoint.engine.DType;
import adjoint.engine.DefaultDType;
import adjoint.engine.NoGrad;
import adjoint.engine.Tensor;
import adjoint.engine.TensorException;
import adjoint.engine.lang.Expr.Attribute;
import adjoint.engine.lang.Expr.Binary;
import adjoint.engine.lang.Expr.Call;
import adjoint.engine.lang.Expr.Index;
import adjoint.engine.lang.Expr.ListLit;
import adjoint.engine.lang.Expr.MethodCall;
import adjoint.engine.lang.Expr.Name;
import adjoint.engine.lang.Expr.Num;
import adjoint.engine.lang.Expr.Str;
import adjoint.engine.lang.Expr.Unary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a program on the engine: statement by statement, binding names to tensors, then backward from the output
 * when it is a floating scalar that requires a gradient. Every named node keeps its gradient.
 *
 * <pre>{@code
 * Evaluation ev = Evaluator.evaluate("x = 1.5\nf = sin(x) * x\n", DType.FLOAT64);
 * ev.grad("x").item(); // sin(1.5) + 1.5 cos(1.5)
 * }</pre>
 */
public final class Evaluator {
    private final Map<String, Object> env = new HashMap<>();

    private Evaluator() {
    }

    public static Evaluation evaluate(String source, DType dtype) {
        return evaluate(Parser.parse(source), dtype);
    }

    public static Evaluation evaluate(Program program, DType dtype) {
        Assign last = program.output();
        program.check();
        try (var scope = DefaultDType.use(dtype); var grad = NoGrad.enableGrad()) {
            return new Evaluator().run(program, last, dtype);
        }
    }

    private Evaluation run(Program program, Assign last, DType dtype) {
        Map<String, Tensor> named = new LinkedHashMap<>();
        for (Assign a : program.assignments()) {
            Object v = Leaves.isLeafLiteral(a.value(), env)
                    ? guard(a.value().at(), () -> Leaves.leaf(eval(a.value())))
                    : eval(a.value());
            env.put(a.name(), v);
            Tensor t = v instanceof Tensor tensor ? tensor : guard(a.at(), () -> Values.toTensor(v, "'" + a.name() + "'"));
            if (t.requiresGrad() && !t.isLeaf()) {
                t.retainGrad();
            }
            named.put(a.name(), t);
        }
        Tensor out = named.get(last.name());
        boolean backward = out.dtype().isFloating() && out.requiresGrad() && out.numel() == 1;
        if (backward) {
            guard(last.at(), () -> {
                out.backward();
                return null;
            });
        }
        Map<String, Tensor> grads = new LinkedHashMap<>();
        named.forEach((name, t) -> grads.put(name, t.grad()));
        return new Evaluation(last.name(), named, grads, dtype, backward);
    }

    /** Runs {@code body}, turning an engine error into a program error at {@code at}. */
    static <T> T guard(Position at, Supplier<T> body) {
        try {
            return body.get();
        } catch (TensorException | IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException e) {
            throw new ProgramException(e.getMessage(), at.line(), at.column());
        } catch (OutOfMemoryError e) {
            throw new ProgramException("not enough memory for this computation", at.line(), at.column());
        }
    }

    Object eval(Expr expr) {
        return switch (expr) {
            case Num n -> n.isInteger() && Math.abs(n.value()) < 9.2e18 ? (Object) Long.parseLong(n.text()) : n.value();
            case Str s -> s.value();
            case Name n -> name(n);
            case ListLit l -> {
                List<Object> items = new ArrayList<>();
                l.elements().forEach(e -> items.add(eval(e)));
                yield items;
            }
            case Unary u -> {
                Object v = eval(u.operand());
                yield u.op() == UnaryOp.PLUS ? v : guard(u.at(), () -> negate(v));
            }
            case Binary b -> binary(b);
            case Call c -> {
                Object[] args = c.args().stream().map(this::eval).toArray();
                Map<String, Object> kw = keywords(c.kwargs());
                yield guard(c.nameAt(), () -> Builtins.call(c.function(), List.of(nullable(args)), kw));
            }
            case MethodCall m -> {
                Object target = eval(m.target());
                Object[] args = m.args().stream().map(this::eval).toArray();
                Map<String, Object> kw = keywords(m.kwargs());
                yield guard(m.nameAt(), () -> Builtins.method(target, m.method(), List.of(nullable(args)), kw));
            }
            case Attribute a -> {
                Object target = eval(a.target());
                yield guard(a.nameAt(), () -> Builtins.attribute(target, a.name()));
            }
            case Index i -> index(i);
        };
    }

    private Object name(Name n) {
        if (env.containsKey(n.name())) {
            return env.get(n.name());
        }
        return switch (n.name()) {
            case "pi" -> Math.PI;
            case "e" -> Math.E;
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "None" -> null;
            default -> guard(n.at(), () -> DType.parse(n.name()));
        };
    }

    static Object negate(Object v) {
        return switch (v) {
            case Long l -> -l;
            case Double d -> -d;
            case Boolean b -> b ? -1L : 0L;
            default -> Values.toTensor(v, "operand of '-'").neg();
        };
    }

    private Object binary(Binary b) {
        Object left = eval(b.left());
        Object right = eval(b.right());
        return guard(b.opAt(), () -> apply(b.op(), left, right));
    }

    /** An operator on two values: Python arithmetic for two numbers, a tensor operation otherwise. */
    static Object apply(BinaryOp op, Object left, Object right) {
        Object plain = Values.arithmetic(op, left, right);
        if (plain != null) {
            return plain;
        }
        Tensor x = Values.toTensor(left, "left operand of '" + op.symbol() + "'");
        Tensor y = Values.toTensor(right, "right operand of '" + op.symbol() + "'");
        return switch (op) {
            case ADD -> x.add(y);
            case SUB -> x.sub(y);
            case MUL -> x.mul(y);
            case DIV -> x.div(y);
            case POW -> x.pow(y);
            case MATMUL -> x.matmul(y);
        };
    }

    private Object index(Index ix) {
        Object target = eval(ix.target());
        Tensor t = guard(ix.at(), () -> Values.toTensor(target, "indexed value"));
        int dim = 0;
        for (IndexItem item : ix.items()) {
            final int d = dim;
            final Tensor cur = t;
            if (item instanceof IndexItem.Slice s) {
                Long start = bound(s.start());
                Long stop = bound(s.stop());
                Long step = bound(s.step());
                t = guard(s.at(), () -> {
                    checkDim(cur, d, ix);
                    return cur.slice(d, start, stop, step == null ? 1 : step);
                });
                dim++;
                continue;
            }
            Expr e = (Expr) item;
            Object v = eval(e);
            if (v == null) {
                t = guard(e.at(), () -> cur.unsqueeze(d));
                dim++;
            } else if (v instanceof Long || v instanceof Boolean) {
                long i = v instanceof Long l ? l : ((Boolean) v ? 1 : 0);
                t = guard(e.at(), () -> {
                    checkDim(cur, d, ix);
                    return cur.select(d, i);
                });
            } else {
                t = guard(e.at(), () -> {
                    checkDim(cur, d, ix);
                    Tensor idx = Values.toTensor(v, "index");
                    if (idx.dtype() != DType.INT64) {
                        throw new IllegalArgumentException("tensors used as indices must be long (int64), not " + idx.dtype());
                    }
                    return cur.indexSelect(d, idx.reshape(-1)).reshape(shapeAfterIndex(cur, d, idx));
                });
                dim += Math.max(0, ((Tensor) t).dim() - cur.dim() + 1);
            }
        }
        return t;
    }

    private static int[] shapeAfterIndex(Tensor t, int d, Tensor idx) {
        int[] shape = new int[t.dim() - 1 + idx.dim()];
        int k = 0;
        for (int i = 0; i < t.dim(); i++) {
            if (i == d) {
                for (int s : idx.shape()) {
                    shape[k++] = s;
                }
            } else {
                shape[k++] = t.shape()[i];
            }
        }
        return shape;
    }

    private static void checkDim(Tensor t, int d, Index ix) {
        if (d >= t.dim()) {
            throw new IllegalArgumentException("too many indices for tensor of dimension " + (t.dim() + d - d));
        }
    }

    private Long bound(Expr e) {
        if (e == null) {
            return null;
        }
        Object v = eval(e);
        return v == null ? null : guard(e.at(), () -> (long) Values.toInt(v, "slice index"));
    }

    private Map<String, Object> keywords(Map<String, Expr> kwargs) {
        Map<String, Object> out = new LinkedHashMap<>();
        kwargs.forEach((k, e) -> out.put(k, eval(e)));
        return out;
    }

    /** {@code List.of} refuses nulls (Python's None); wrap them. */
    private static Object[] nullable(Object[] args) {
        return args;
    }
}
