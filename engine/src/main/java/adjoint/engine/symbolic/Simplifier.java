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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one simplifier every symbolic result goes through. It folds constants, drops {@code ·1} and {@code +0},
 * flattens nested sums and products, combines like terms ({@code x + x → 2*x}) and like factors
 * ({@code x·x → x**2}, {@code x·x**-1 → 1}), spreads a number over a sum ({@code -(a - b) → b - a}) and orders the
 * result canonically: in a sum a positive constant first (a negative one last) and the other terms in the order
 * they came ({@code 1 - 12*w2**2 + 1/w2}, {@code y - 1}); in a product the
 * number first, then adjoints, partials, node values, function calls and sums.
 *
 * <pre>{@code
 * Simplifier.simplify(Sym.parse("-4*(3*w2**2) + 1*(1/w2) + 1*1")).text()   // "1 - 12*w2**2 + 1/w2"
 * }</pre>
 */
final class Simplifier {
    private static final Set<String> COMPARISONS = Set.of("gt", "lt", "ge", "le", "eq", "ne");

    private Simplifier() {
    }

    static Sym simplify(Sym s) {
        return switch (s) {
            case Num n -> number(n.value());
            case Var v -> v;
            case Adjoint a -> a;
            case Partial p -> p;
            case Add a -> add(a.terms().stream().map(Simplifier::simplify).toList());
            case Mul m -> mul(m.factors().stream().map(Simplifier::simplify).toList());
            case Pow p -> pow(simplify(p.base()), simplify(p.exponent()));
            case Call c -> call(c.fn(), c.args().stream().map(Simplifier::simplify).toList());
            case Method m -> method(simplify(m.target()), m.name(), m.args());
            case Items i -> new Items(i.items().stream().map(Simplifier::simplify).toList());
        };
    }

    /** A number, with {@code -0} as 0 and values within rounding noise of an integer snapped to it. */
    static Num number(double v) {
        double r = Math.rint(v);
        if (r != v && Math.abs(v - r) <= 1e-12 * Math.max(1, Math.abs(v)) && Math.abs(r) < 1e15) {
            v = r;
        }
        return new Num(v == 0 ? 0 : v);
    }

    // ---- sums ----------------------------------------------------------------------------------------------

    private static Sym add(List<Sym> terms) {
        List<Sym> flat = new ArrayList<>();
        for (Sym t : terms) {
            if (t instanceof Add a) {
                flat.addAll(a.terms());
            } else {
                flat.add(t);
            }
        }
        double constant = 0;
        Map<Sym, Double> coefficients = new LinkedHashMap<>();
        for (Sym t : flat) {
            if (t instanceof Num n) {
                constant += n.value();
                continue;
            }
            double c = 1;
            Sym rest = t;
            if (t instanceof Mul m && m.factors().getFirst() instanceof Num n) {
                c = n.value();
                List<Sym> others = m.factors().subList(1, m.factors().size());
                rest = others.size() == 1 ? others.getFirst() : new Mul(others);
            }
            coefficients.merge(rest, c, Double::sum);
        }
        List<Sym> out = new ArrayList<>();
        Num k0 = number(constant);
        if (k0.value() > 0) {
            out.add(k0);
        }
        coefficients.forEach((rest, c) -> {
            double k = number(c).value();
            if (k != 0) {
                out.add(scaled(k, rest));
            }
        });
        if (k0.value() < 0) {
            out.add(k0);
        }
        if (out.isEmpty()) {
            return Sym.ZERO;
        }
        return out.size() == 1 ? out.getFirst() : new Add(out);
    }

    /** {@code k · rest} for a rest that is already in canonical form and holds no number factor. */
    private static Sym scaled(double k, Sym rest) {
        if (k == 1) {
            return rest;
        }
        List<Sym> factors = new ArrayList<>();
        factors.add(number(k));
        if (rest instanceof Mul m) {
            factors.addAll(m.factors());
        } else {
            factors.add(rest);
        }
        return new Mul(factors);
    }

    // ---- products ------------------------------------------------------------------------------------------

    private static Sym mul(List<Sym> factors) {
        List<Sym> flat = new ArrayList<>();
        for (Sym f : factors) {
            if (f instanceof Mul m) {
                flat.addAll(m.factors());
            } else {
                flat.add(f);
            }
        }
        double coefficient = 1;
        Map<Sym, List<Sym>> exponents = new LinkedHashMap<>();
        for (Sym f : flat) {
            if (f instanceof Num n) {
                coefficient *= n.value();
            } else if (f instanceof Pow p) {
                exponents.computeIfAbsent(p.base(), b -> new ArrayList<>()).add(p.exponent());
            } else {
                exponents.computeIfAbsent(f, b -> new ArrayList<>()).add(Sym.ONE);
            }
        }
        if (coefficient == 0) {
            return Sym.ZERO;
        }
        List<Sym> rebuilt = new ArrayList<>();
        for (var e : exponents.entrySet()) {
            Sym power = pow(e.getKey(), add(e.getValue()));
            if (power instanceof Num n) {
                coefficient *= n.value();
            } else if (power instanceof Mul m) {
                for (Sym f : m.factors()) {
                    if (f instanceof Num n) {
                        coefficient *= n.value();
                    } else {
                        rebuilt.add(f);
                    }
                }
            } else {
                rebuilt.add(power);
            }
        }
        coefficient = number(coefficient).value();
        if (coefficient == 0) {
            return Sym.ZERO;
        }
        rebuilt.sort(FACTOR_ORDER);
        if (rebuilt.isEmpty()) {
            return number(coefficient);
        }
        if (rebuilt.size() == 1 && coefficient == 1) {
            return rebuilt.getFirst();
        }
        if (rebuilt.size() == 1 && rebuilt.getFirst() instanceof Add a) {
            double k = coefficient;
            return add(a.terms().stream().map(t -> mul(List.of(number(k), t))).toList());
        }
        List<Sym> out = new ArrayList<>();
        if (coefficient != 1) {
            out.add(number(coefficient));
        }
        out.addAll(rebuilt);
        return new Mul(out);
    }

    /** Adjoints, partials, node values, calls, sums; powers sort with their base; ties by text. */
    static final Comparator<Sym> FACTOR_ORDER = Comparator.comparingInt((Sym f) -> rank(base(f)))
            .thenComparing(f -> TextForm.print(base(f)))
            .thenComparing(f -> TextForm.print(f));

    private static Sym base(Sym f) {
        return f instanceof Pow p ? p.base() : f;
    }

    private static int rank(Sym f) {
        return switch (f) {
            case Num n -> 0;
            case Adjoint a -> 1;
            case Partial p -> 2;
            case Var v -> 3;
            case Call c -> 4;
            case Method m -> 4;
            case Pow p -> 5;
            case Items i -> 6;
            case Mul m -> 7;
            case Add a -> 8;
        };
    }

    // ---- powers --------------------------------------------------------------------------------------------

    private static Sym pow(Sym base, Sym exponent) {
        if (exponent instanceof Num e) {
            double x = e.value();
            if (x == 0) {
                return Sym.ONE;
            }
            if (x == 1) {
                return base;
            }
            if (base instanceof Num b) {
                double r = Math.pow(b.value(), x);
                if (Double.isFinite(r) && (isInteger(x) || isInteger(r))) {
                    return number(r);
                }
            }
            if (isInteger(x) && base instanceof Pow inner) {
                return pow(inner.base(), mul(List.of(inner.exponent(), e)));
            }
            if (isInteger(x) && base instanceof Mul m) {
                return mul(m.factors().stream().map(f -> pow(f, e)).toList());
            }
        }
        if (base instanceof Num b && (b.value() == 1 || (b.value() == 0 && exponent instanceof Num e && e.value() > 0))) {
            return b;
        }
        return new Pow(base, exponent);
    }

    static boolean isInteger(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15;
    }

    // ---- calls ---------------------------------------------------------------------------------------------

    private static Sym call(String fn, List<Sym> args) {
        switch (fn) {
            case "neg" -> {
                return args.size() == 1 ? mul(List.of(Sym.num(-1), args.getFirst())) : new Call(fn, args);
            }
            case "reciprocal" -> {
                return args.size() == 1 ? pow(args.getFirst(), Sym.num(-1)) : new Call(fn, args);
            }
            case "where" -> {
                if (args.size() == 3 && args.getFirst() instanceof Num c) {
                    return c.value() != 0 ? args.get(1) : args.get(2);
                }
                if (args.size() == 3 && args.get(1).equals(args.get(2))) {
                    return args.get(1);
                }
                return new Call(fn, args);
            }
            case "matmul" -> {
                return args.stream().anyMatch(a -> a instanceof Num n && n.value() == 0) ? Sym.ZERO : new Call(fn, args);
            }
            default -> {
            }
        }
        if (COMPARISONS.contains(fn) && args.size() == 2 && args.get(0).equals(args.get(1))) {
            return fn.equals("gt") || fn.equals("lt") || fn.equals("ne") ? Sym.ZERO : Sym.ONE;
        }
        if (!args.isEmpty() && args.stream().allMatch(a -> a instanceof Num)) {
            Double folded = fold(fn, args.stream().mapToDouble(a -> ((Num) a).value()).toArray());
            if (folded != null) {
                return number(folded);
            }
        }
        return new Call(fn, args);
    }

    /** The value of a function of numbers, when it is exact enough to write as a number (a whole number). */
    private static Double fold(String fn, double[] v) {
        Double r = null;
        if (v.length == 1) {
            double x = v[0];
            r = switch (fn) {
                case "sin" -> Math.sin(x);
                case "cos" -> Math.cos(x);
                case "tan" -> Math.tan(x);
                case "exp" -> Math.exp(x);
                case "log", "ln" -> Math.log(x);
                case "sqrt" -> Math.sqrt(x);
                case "abs" -> Math.abs(x);
                case "sign" -> Math.signum(x);
                case "relu" -> Math.max(0, x);
                case "tanh" -> Math.tanh(x);
                default -> null;
            };
        } else if (v.length == 2 && COMPARISONS.contains(fn)) {
            boolean b = switch (fn) {
                case "gt" -> v[0] > v[1];
                case "lt" -> v[0] < v[1];
                case "ge" -> v[0] >= v[1];
                case "le" -> v[0] <= v[1];
                case "eq" -> v[0] == v[1];
                default -> v[0] != v[1];
            };
            r = b ? 1.0 : 0.0;
        }
        return r != null && Double.isFinite(r) && isInteger(r) ? r : null;
    }

    private static Sym method(Sym target, String name, List<Object> args) {
        if (target instanceof Num n && n.value() == 0) {
            return Sym.ZERO;
        }
        if (target instanceof Num n && name.equals("expand") && args.stream().allMatch(a -> a instanceof Long)) {
            return mul(List.of(n, new Call("ones", args.stream().map(a -> (Sym) new Num((Long) a)).toList())));
        }
        if ((name.equals("T") || name.equals("t")) && target instanceof Method inner
                && (inner.name().equals("T") || inner.name().equals("t"))) {
            return inner.target();
        }
        return new Method(target, name, args);
    }
}
