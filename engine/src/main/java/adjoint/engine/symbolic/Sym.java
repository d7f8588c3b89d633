package adjoint.engine.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A symbolic expression over the labels of a graph's nodes: what the exam writes as {@code 3·w2²} or
 * {@code w̄3·∂w3/∂w2}. Immutable records; {@link #text()} writes one in the expression language (it parses back
 * with {@link #parse}), {@link #latex()} as LaTeX, {@link #simplified()} puts it in the canonical form of the one
 * simplifier everything shares.
 *
 * <pre>{@code
 * Sym s = Sym.parse("w2*w2*3 + 0");
 * s.simplified().text();    // "3*w2**2"
 * s.simplified().latex();   // "3 w_{2}^{2}"
 * }</pre>
 */
public sealed interface Sym {

    /** A number. */
    record Num(double value) implements Sym {
    }

    /** The value of the node with this label ({@code w2}, or a name the program gave it). */
    record Var(String name) implements Sym {
        public Var {
            Objects.requireNonNull(name, "name");
        }
    }

    /** The adjoint w̄ = ∂f/∂(node) of the node with this label; written {@code grad(w2)}. */
    record Adjoint(String name) implements Sym {
        public Adjoint {
            Objects.requireNonNull(name, "name");
        }
    }

    /** The local partial ∂of/∂wrt along one edge of the graph; written {@code d(w3)/d(w2)}. */
    record Partial(String of, String wrt) implements Sym {
        public Partial {
            Objects.requireNonNull(of, "of");
            Objects.requireNonNull(wrt, "wrt");
        }
    }

    /** A sum of any number of terms (no terms: 0). Subtraction is a term times −1. */
    record Add(List<Sym> terms) implements Sym {
        public Add {
            terms = List.copyOf(terms);
        }
    }

    /** An elementwise product of any number of factors (no factors: 1). Division is a factor to the power −1. */
    record Mul(List<Sym> factors) implements Sym {
        public Mul {
            factors = List.copyOf(factors);
        }
    }

    /** {@code base ** exponent}. */
    record Pow(Sym base, Sym exponent) implements Sym {
        public Pow {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(exponent, "exponent");
        }
    }

    /**
     * A function of the language applied to arguments: {@code sin(w1)}, {@code where(gt(w1, 0), 1, 0)}, and
     * {@code matmul(a, b)}, which is written {@code a @ b}.
     */
    record Call(String fn, List<Sym> args) implements Sym {
        public Call {
            Objects.requireNonNull(fn, "fn");
            args = List.copyOf(args);
        }
    }

    /**
     * A tensor method with constant arguments ({@code Long}, {@code Boolean}, lists of {@code Long}), as the
     * vector-Jacobian products of tensor operations use them: {@code grad(s).expand(4, 3)}, {@code g.sum(0, True)};
     * {@code T} with no arguments is the attribute {@code x.T}.
     */
    record Method(Sym target, String name, List<Object> args) implements Sym {
        public Method {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(name, "name");
            args = List.copyOf(args);
        }
    }

    /** A list of items, as a tensor literal: {@code [3, 3, 3]}. */
    record Items(List<Sym> items) implements Sym {
        public Items {
            items = List.copyOf(items);
        }
    }

    Sym ZERO = new Num(0);
    Sym ONE = new Num(1);

    /** Parses the expression language, with {@code grad(w)} for adjoints and {@code d(a)/d(b)} for local partials. */
    static Sym parse(String text) {
        return FromExpr.parse(text);
    }

    /** The canonical form; see {@link Simplifier}. */
    default Sym simplified() {
        return Simplifier.simplify(this);
    }

    /** In the expression language, e.g. {@code 1 - 12*w2**2 + 1/w2}; parses back with {@link #parse}. */
    default String text() {
        return TextForm.print(this);
    }

    /** As LaTeX, e.g. {@code 1 - 12 w_{2}^{2} + \frac{1}{w_{2}}}. */
    default String latex() {
        return LatexForm.print(this);
    }

    /** Whether this expression mentions a node's value, an adjoint or a partial (so it is not a constant). */
    default boolean isConstant() {
        return switch (this) {
            case Num n -> true;
            case Var v -> false;
            case Adjoint a -> false;
            case Partial p -> false;
            case Add a -> a.terms().stream().allMatch(Sym::isConstant);
            case Mul m -> m.factors().stream().allMatch(Sym::isConstant);
            case Pow p -> p.base().isConstant() && p.exponent().isConstant();
            case Call c -> c.args().stream().allMatch(Sym::isConstant);
            case Method m -> m.target().isConstant();
            case Items i -> i.items().stream().allMatch(Sym::isConstant);
        };
    }

    /** Replaces every sub-expression for which {@code f} gives a non-null result, bottom-up otherwise. */
    default Sym replace(java.util.function.Function<Sym, Sym> f) {
        Sym direct = f.apply(this);
        if (direct != null) {
            return direct;
        }
        return switch (this) {
            case Add a -> new Add(map(a.terms(), f));
            case Mul m -> new Mul(map(m.factors(), f));
            case Pow p -> new Pow(p.base().replace(f), p.exponent().replace(f));
            case Call c -> new Call(c.fn(), map(c.args(), f));
            case Method m -> new Method(m.target().replace(f), m.name(), m.args());
            case Items i -> new Items(map(i.items(), f));
            default -> this;
        };
    }

    private static List<Sym> map(List<Sym> items, java.util.function.Function<Sym, Sym> f) {
        List<Sym> out = new ArrayList<>(items.size());
        items.forEach(s -> out.add(s.replace(f)));
        return out;
    }

    // ---- building --------------------------------------------------------------------------------------------

    static Sym num(double v) {
        return new Num(v);
    }

    static Sym var(String name) {
        return new Var(name);
    }

    static Sym add(Sym... terms) {
        return new Add(List.of(terms));
    }

    static Sym mul(Sym... factors) {
        return new Mul(List.of(factors));
    }

    static Sym pow(Sym base, double exponent) {
        return new Pow(base, new Num(exponent));
    }

    static Sym neg(Sym x) {
        return new Mul(List.of(new Num(-1), x));
    }

    static Sym sub(Sym a, Sym b) {
        return new Add(List.of(a, neg(b)));
    }

    static Sym div(Sym a, Sym b) {
        return new Mul(List.of(a, new Pow(b, new Num(-1))));
    }

    static Sym call(String fn, Sym... args) {
        return new Call(fn, List.of(args));
    }
}
