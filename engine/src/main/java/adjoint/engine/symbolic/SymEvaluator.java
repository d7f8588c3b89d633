package adjoint.engine.symbolic;

import adjoint.engine.DType;
import adjoint.engine.DefaultDType;
import adjoint.engine.NoGrad;
import adjoint.engine.Tensor;
import adjoint.engine.lang.BinaryOp;
import adjoint.engine.lang.Operations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a {@link Sym} with the language's own operations (so a formula means exactly what its text means in a
 * program), reading node values, adjoints and local partials from {@link Bindings}. Works on scalars and tensors.
 *
 * <pre>{@code
 * Tensor v = SymEvaluator.evaluate(Sym.parse("3*w2**2"), bindings, DType.FLOAT64);   // 2.985...
 * }</pre>
 */
public final class SymEvaluator {
    private SymEvaluator() {
    }

    /** What the names in a formula stand for. Each method throws {@link IllegalArgumentException} for an unknown name. */
    public interface Bindings {
        /** The value of the node with this name or label. */
        Tensor value(String name);

        /** The adjoint ∂f/∂(node) of the node with this name or label. */
        Tensor adjoint(String name);

        /** The local partial ∂of/∂wrt as a formula. */
        Sym partial(String of, String wrt);
    }

    /**
     * The value of {@code s} as a tensor (0-d for a scalar), computed without recording gradients.
     *
     * @throws IllegalArgumentException for an unknown name or an operation the values do not allow (also for engine
     *                                  errors, which are rethrown as such)
     */
    public static Tensor evaluate(Sym s, Bindings bindings, DType dtype) {
        try (var d = DefaultDType.use(dtype); var g = NoGrad.enter()) {
            Tensor t = Operations.toTensor(new Run(bindings).eval(s)).detach();
            return t.dtype().isFloating() ? t : t.to(dtype);
        } catch (adjoint.engine.TensorException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Bindings from plain maps (names to values and adjoints; partials looked up in {@code partials}, keyed "of|wrt"). */
    public static Bindings bindings(Map<String, Tensor> values, Map<String, Tensor> adjoints, Map<String, Sym> partials) {
        return new Bindings() {
            @Override
            public Tensor value(String name) {
                return found(values.get(name), name);
            }

            @Override
            public Tensor adjoint(String name) {
                return found(adjoints.get(name), name);
            }

            @Override
            public Sym partial(String of, String wrt) {
                Sym p = partials.get(of + "|" + wrt);
                if (p == null) {
                    throw new IllegalArgumentException("no local partial d(" + of + ")/d(" + wrt + ")");
                }
                return p;
            }
        };
    }

    private static Tensor found(Tensor t, String name) {
        if (t == null) {
            throw new IllegalArgumentException("no node named " + name);
        }
        return t;
    }

    private record Run(Bindings bindings) {
        Object eval(Sym s) {
            return switch (s) {
                case Sym.Num n -> Simplifier.isInteger(n.value()) ? (Object) (long) n.value() : (Object) n.value();
                case Sym.Var v -> bindings.value(v.name()).detach();
                case Sym.Adjoint a -> bindings.adjoint(a.name()).detach();
                case Sym.Partial p -> eval(bindings.partial(p.of(), p.wrt()));
                case Sym.Add a -> fold(BinaryOp.ADD, a.terms(), 0L);
                case Sym.Mul m -> fold(BinaryOp.MUL, m.factors(), 1L);
                case Sym.Pow p -> power(eval(p.base()), eval(p.exponent()));
                case Sym.Call c when c.fn().equals("matmul") && c.args().size() == 2 ->
                        Operations.binary(BinaryOp.MATMUL, eval(c.args().get(0)), eval(c.args().get(1)));
                case Sym.Call c -> Operations.call(c.fn(), args(c.args()), Map.of());
                case Sym.Method m when m.name().equals("T") && m.args().isEmpty() ->
                        Operations.attribute(Operations.toTensor(eval(m.target())), "T");
                case Sym.Method m -> Operations.method(Operations.toTensor(eval(m.target())), m.name(), m.args(), Map.of());
                case Sym.Items i -> Operations.call("tensor", List.of(items(i.items())), Map.of("dtype", DefaultDType.get()));
            };
        }

        private List<Object> args(List<Sym> syms) {
            List<Object> out = new ArrayList<>();
            syms.forEach(a -> out.add(eval(a)));
            return out;
        }

        /** A list literal's items: numbers, nested lists, or one-element tensors read as numbers. */
        private List<Object> items(List<Sym> syms) {
            List<Object> out = new ArrayList<>();
            for (Sym a : syms) {
                Object v = a instanceof Sym.Items inner ? items(inner.items()) : eval(a);
                out.add(v instanceof Tensor t && t.numel() == 1 ? (Object) t.item() : v);
            }
            return out;
        }

        private Object fold(BinaryOp op, List<Sym> items, long empty) {
            if (items.isEmpty()) {
                return empty;
            }
            Object acc = eval(items.getFirst());
            for (Sym item : items.subList(1, items.size())) {
                acc = Operations.binary(op, acc, eval(item));
            }
            return acc;
        }

        /**
         * {@code a ** b}; a whole negative exponent of a whole number base is done in floating point, as 2**-1, also
         * for a tensor of whole numbers (a count of tied maxima).
         */
        private static Object power(Object base, Object exponent) {
            if (base instanceof Long b && exponent instanceof Long e && e < 0) {
                return Math.pow(b, e);
            }
            if (base instanceof Tensor b && !b.dtype().isFloating() && exponent instanceof Long e && e < 0) {
                return Operations.binary(BinaryOp.POW, b.to(DefaultDType.get()), exponent);
            }
            return Operations.binary(BinaryOp.POW, base, exponent);
        }
    }
}
