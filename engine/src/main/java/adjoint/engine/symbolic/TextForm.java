package adjoint.engine.symbolic;

import adjoint.engine.symbolic.Sym.Add;
import adjoint.engine.symbolic.Sym.Adjoint;
import adjoint.engine.symbolic.Sym.Call;
import adjoint.engine.symbolic.Sym.Items;
import adjoint.engine.symbolic.Sym.Method;
import adjoint.engine.symbolic.Sym.Mul;
import adjoint.engine.symbolic.Sym.Num;
import adjoint.engine.symbolic.Sym.Partial;
import adjoint.engine.symbolic.Sym.Pow;
import adjoint.engine.symbolic.Sym.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a {@link Sym} in the expression language, compactly as a student would: {@code 1 - 12*w2**2 + 1/w2}.
 * Spaces only around {@code + - @}; parentheses only where precedence needs them; factors with negative
 * exponents go below a {@code /}. The result parses back (with {@link FromExpr}) to an equal value.
 */
final class TextForm {
    static final int SUM = 1;
    static final int PRODUCT = 2;
    static final int UNARY = 3;
    static final int POWER = 4;
    static final int ATOM = 5;

    private TextForm() {
    }

    static String print(Sym s) {
        return switch (s) {
            case Num n -> number(n.value());
            case Var v -> v.name();
            case Adjoint a -> "grad(" + a.name() + ")";
            case Partial p -> "d(" + p.of() + ")/d(" + p.wrt() + ")";
            case Add a -> sum(a.terms());
            case Mul m -> product(m.factors());
            case Pow p -> power(p);
            case Call c when c.fn().equals("matmul") && c.args().size() == 2 ->
                    operand(c.args().get(0), PRODUCT) + " @ " + operand(c.args().get(1), PRODUCT + 1);
            case Call c -> c.fn() + "(" + c.args().stream().map(TextForm::print).collect(Collectors.joining(", ")) + ")";
            case Method m when m.name().equals("T") && m.args().isEmpty() -> target(m.target()) + ".T";
            case Method m -> target(m.target()) + "." + m.name() + "("
                    + m.args().stream().map(TextForm::constant).collect(Collectors.joining(", ")) + ")";
            case Items i -> "[" + i.items().stream().map(TextForm::print).collect(Collectors.joining(", ")) + "]";
        };
    }

    /** How tightly the printed form binds: a negative number or product reads as a unary minus. */
    static int precedence(Sym s) {
        return switch (s) {
            case Num n -> n.value() < 0 ? UNARY : ATOM;
            case Add a -> a.terms().size() > 1 ? SUM : precedence(a.terms().isEmpty() ? Sym.ZERO : a.terms().getFirst());
            case Mul m -> m.factors().isEmpty() ? ATOM : m.factors().size() == 1 && isPlain(m.factors().getFirst())
                    ? precedence(m.factors().getFirst()) : negative(s) ? SUM : PRODUCT;
            case Pow p -> p.exponent() instanceof Num e && e.value() < 0 ? PRODUCT : POWER;
            case Partial p -> PRODUCT;
            case Call c when c.fn().equals("matmul") -> PRODUCT;
            default -> ATOM;
        };
    }

    private static boolean isPlain(Sym s) {
        return !(s instanceof Pow p && p.exponent() instanceof Num e && e.value() < 0);
    }

    /** A method's target: a number in parentheses, as {@code (1).expand(3)}, since {@code 1.} reads as a decimal. */
    private static String target(Sym s) {
        return s instanceof Num ? "(" + print(s) + ")" : operand(s, ATOM);
    }

    static String operand(Sym s, int least) {
        String text = print(s);
        return precedence(s) < least ? "(" + text + ")" : text;
    }

    static String number(double v) {
        if (v == Math.PI) {
            return "pi";
        }
        if (v == Math.E) {
            return "e";
        }
        if (Simplifier.isInteger(v)) {
            return Long.toString((long) v);
        }
        if (Double.isNaN(v)) {
            return "nan";
        }
        return Double.toString(v).replace("E", "e");
    }

    private static String constant(Object c) {
        return switch (c) {
            case Boolean b -> b ? "True" : "False";
            case List<?> list -> "[" + list.stream().map(TextForm::constant).collect(Collectors.joining(", ")) + "]";
            case Double d -> number(d);
            default -> String.valueOf(c);
        };
    }

    // ---- sums and products ---------------------------------------------------------------------------------

    private static String sum(List<Sym> terms) {
        if (terms.isEmpty()) {
            return "0";
        }
        StringBuilder out = new StringBuilder(operand(terms.getFirst(), SUM));
        for (Sym t : terms.subList(1, terms.size())) {
            if (negative(t)) {
                out.append(" - ").append(operand(negated(t), SUM + 1));
            } else {
                out.append(" + ").append(operand(t, SUM + 1));
            }
        }
        return out.toString();
    }

    /** Whether a term prints with a leading minus: a negative number, or a product with a negative coefficient. */
    static boolean negative(Sym t) {
        return switch (t) {
            case Num n -> n.value() < 0;
            case Mul m -> !m.factors().isEmpty() && m.factors().getFirst() instanceof Num n && n.value() < 0;
            default -> false;
        };
    }

    /** The term without its minus sign. */
    static Sym negated(Sym t) {
        return switch (t) {
            case Num n -> new Num(-n.value());
            case Mul m -> {
                List<Sym> f = new ArrayList<>(m.factors());
                double k = -((Num) f.getFirst()).value();
                if (k == 1 && f.size() > 1) {
                    f.removeFirst();
                } else {
                    f.set(0, new Num(k));
                }
                yield f.size() == 1 ? f.getFirst() : new Mul(f);
            }
            default -> t;
        };
    }

    /** A product's parts: its sign, its numerator factors and its denominator factors (exponents made positive). */
    record Fraction(boolean negative, List<Sym> numerator, List<Sym> denominator) {
        static Fraction of(List<Sym> factors) {
            double k = 1;
            List<Sym> num = new ArrayList<>();
            List<Sym> den = new ArrayList<>();
            for (Sym f : factors) {
                if (f instanceof Num n) {
                    k *= n.value();
                } else if (f instanceof Pow p && p.exponent() instanceof Num e && e.value() < 0) {
                    den.add(e.value() == -1 ? p.base() : new Pow(p.base(), new Num(-e.value())));
                } else {
                    num.add(f);
                }
            }
            double size = Math.abs(k);
            if (size < 1 && size > 0 && Simplifier.isInteger(1 / size) && !(num.isEmpty() && den.isEmpty())) {
                den.addFirst(new Num(1 / size));
            } else if (size != 1 || (num.isEmpty() && den.isEmpty())) {
                num.addFirst(new Num(size));
            }
            return new Fraction(k < 0, num, den);
        }
    }

    private static String product(List<Sym> factors) {
        if (factors.isEmpty()) {
            return "1";
        }
        Fraction fr = Fraction.of(factors);
        // d(a)/d(b) needs no parentheses among factors: the reader takes x*d(a)/d(b) as x times the partial
        String num = fr.numerator().isEmpty() ? "1" : fr.numerator().stream()
                .map(f -> f instanceof Partial ? print(f) : operand(f, PRODUCT + 1)).collect(Collectors.joining("*"));
        String text = (fr.negative() ? "-" : "") + num;
        if (fr.denominator().isEmpty()) {
            return text;
        }
        String den = fr.denominator().size() == 1 ? operand(fr.denominator().getFirst(), POWER)
                : "(" + fr.denominator().stream().map(f -> operand(f, PRODUCT + 1)).collect(Collectors.joining("*")) + ")";
        return text + "/" + den;
    }

    private static String power(Pow p) {
        if (p.exponent() instanceof Num e && e.value() < 0) {
            return product(List.of(p));
        }
        String exponent = p.exponent() instanceof Num e ? number(e.value())
                : precedence(p.exponent()) >= ATOM ? print(p.exponent()) : "(" + print(p.exponent()) + ")";
        return operand(p.base(), ATOM) + "**" + exponent;
    }
}
