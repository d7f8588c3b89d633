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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a {@link Sym} as LaTeX in the exam's notation: {@code w_{2}}, {@code \bar{w}_{2}},
 * {@code \frac{\partial w_{3}}{\partial w_{2}}}, {@code \frac{1}{w_{2}}}, {@code \sin^{2}(w_{1})}, {@code \ln},
 * a number coefficient before its factors ({@code 12 w_{2}^{2}}) and {@code \cdot} between other factors.
 */
final class LatexForm {
    private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+)_?(\\d+)");
    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
            "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "phi", "chi", "psi",
            "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Phi", "Psi", "Omega");
    private static final Map<String, String> NAMED = Map.of("sin", "\\sin", "cos", "\\cos", "tan", "\\tan",
            "tanh", "\\tanh", "log", "\\ln", "ln", "\\ln", "sigmoid", "\\sigma");

    private LatexForm() {
    }

    static String print(Sym s) {
        return switch (s) {
            case Num n -> number(n.value());
            case Var v -> name(v.name());
            case Adjoint a -> bar(a.name());
            case Partial p -> "\\frac{\\partial " + name(p.of()) + "}{\\partial " + name(p.wrt()) + "}";
            case Add a -> sum(a.terms());
            case Mul m -> product(m.factors());
            case Pow p -> power(p);
            case Call c -> call(c);
            case Method m when m.name().equals("T") || m.name().equals("t") -> group(m.target(), TextForm.ATOM) + "^{\\top}";
            case Method m -> "\\operatorname{" + escape(m.name()) + "}\\left(" + print(m.target())
                    + m.args().stream().map(a -> ", " + escape(String.valueOf(a))).collect(Collectors.joining()) + "\\right)";
            case Items i -> "\\left[" + i.items().stream().map(LatexForm::print).collect(Collectors.joining(", ")) + "\\right]";
        };
    }

    /** A node label: {@code w2 → w_{2}}, {@code x → x}, {@code alpha → \alpha}, {@code loss → \mathit{loss}}. */
    static String name(String label) {
        Matcher m = INDEXED.matcher(label);
        if (m.matches()) {
            return symbol(m.group(1)) + "_{" + m.group(2) + "}";
        }
        return symbol(label);
    }

    private static String symbol(String letters) {
        if (letters.length() == 1) {
            return letters;
        }
        if (GREEK.contains(letters)) {
            return "\\" + letters;
        }
        return "\\mathit{" + escape(letters) + "}";
    }

    private static String bar(String label) {
        Matcher m = INDEXED.matcher(label);
        String letters = m.matches() ? m.group(1) : label;
        String index = m.matches() ? "_{" + m.group(2) + "}" : "";
        String body = symbol(letters);
        return (letters.length() == 1 || GREEK.contains(letters) ? "\\bar{" + body + "}" : "\\overline{" + body + "}") + index;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\backslash ").replace("_", "\\_").replace("{", "\\{").replace("}", "\\}");
    }

    private static String number(double v) {
        if (v == Math.PI) {
            return "\\pi";
        }
        if (v == Math.E) {
            return "e";
        }
        String text = TextForm.number(v);
        int e = text.indexOf('e');
        if (e > 0 && !text.equals("e")) {
            return text.substring(0, e) + " \\times 10^{" + Integer.parseInt(text.substring(e + 1)) + "}";
        }
        return text;
    }

    private static String group(Sym s, int least) {
        String text = print(s);
        return TextForm.precedence(s) < least ? "\\left(" + text + "\\right)" : text;
    }

    private static String sum(List<Sym> terms) {
        if (terms.isEmpty()) {
            return "0";
        }
        StringBuilder out = new StringBuilder(group(terms.getFirst(), TextForm.SUM));
        for (Sym t : terms.subList(1, terms.size())) {
            if (TextForm.negative(t)) {
                out.append(" - ").append(group(TextForm.negated(t), TextForm.SUM + 1));
            } else {
                out.append(" + ").append(group(t, TextForm.SUM + 1));
            }
        }
        return out.toString();
    }

    private static String product(List<Sym> factors) {
        if (factors.isEmpty()) {
            return "1";
        }
        TextForm.Fraction fr = TextForm.Fraction.of(factors);
        String num = factors(fr.numerator());
        String sign = fr.negative() ? "-" : "";
        if (fr.denominator().isEmpty()) {
            return sign + num;
        }
        return sign + "\\frac{" + num + "}{" + factors(fr.denominator()) + "}";
    }

    private static String factors(List<Sym> fs) {
        if (fs.isEmpty()) {
            return "1";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fs.size(); i++) {
            Sym f = fs.get(i);
            if (i > 0) {
                out.append(fs.get(i - 1) instanceof Num ? " " : " \\cdot ");
            }
            out.append(f instanceof Partial ? print(f) : group(f, TextForm.PRODUCT + 1));
        }
        return out.toString();
    }

    private static String power(Pow p) {
        if (p.exponent() instanceof Num e && e.value() < 0) {
            return product(List.of(p));
        }
        String exponent = "^{" + print(p.exponent()) + "}";
        if (p.base() instanceof Call c && c.args().size() == 1 && NAMED.containsKey(c.fn())
                && p.exponent() instanceof Num e && Simplifier.isInteger(e.value()) && e.value() > 0) {
            return NAMED.get(c.fn()) + exponent + "(" + print(c.args().getFirst()) + ")";
        }
        boolean atomic = p.base() instanceof Var || p.base() instanceof Adjoint
                || (p.base() instanceof Num n && n.value() >= 0) || p.base() instanceof Call;
        String base = atomic && !(p.base() instanceof Call c && c.fn().equals("exp"))
                ? print(p.base()) : "\\left(" + print(p.base()) + "\\right)";
        return base + exponent;
    }

    private static String call(Call c) {
        List<Sym> args = c.args();
        if (NAMED.containsKey(c.fn()) && args.size() == 1) {
            return NAMED.get(c.fn()) + "(" + print(args.getFirst()) + ")";
        }
        if (args.size() == 1) {
            String x = print(args.getFirst());
            switch (c.fn()) {
                case "exp" -> {
                    return "e^{" + x + "}";
                }
                case "sqrt" -> {
                    return "\\sqrt{" + x + "}";
                }
                case "abs" -> {
                    return "\\left|" + x + "\\right|";
                }
                default -> {
                }
            }
        }
        if (c.fn().equals("matmul") && args.size() == 2) {
            return group(args.get(0), TextForm.PRODUCT) + " " + group(args.get(1), TextForm.PRODUCT + 1);
        }
        if (c.fn().equals("where") && args.size() == 3 && args.get(1).equals(Sym.ONE) && args.get(2).equals(Sym.ZERO)) {
            return "\\mathbb{1}\\left[" + print(args.getFirst()) + "\\right]";
        }
        String op = switch (c.fn()) {
            case "gt" -> " > ";
            case "lt" -> " < ";
            case "ge" -> " \\geq ";
            case "le" -> " \\leq ";
            case "eq" -> " = ";
            case "ne" -> " \\neq ";
            default -> null;
        };
        if (op != null && args.size() == 2) {
            return print(args.get(0)) + op + print(args.get(1));
        }
        return "\\operatorname{" + escape(c.fn()) + "}\\left(" + args.stream().map(LatexForm::print)
                .collect(Collectors.joining(", ")) + "\\right)";
    }
}
