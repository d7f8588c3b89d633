package adjoint.engine.symbolic;

import java.util.Locale;

/**
 * How long a substituted adjoint formula is, and how long it may be to be shown. Substituting every child's adjoint
 * into a node's chain-rule sum copies the children's formulas, so in a graph where each node reads the two before it
 * the formulas double every few nodes. Beyond {@link #LIMIT} symbols a formula is not written out: its length is
 * estimated from its children's, without building it, and it is reported as too long to show.
 *
 * <pre>{@code
 * FormulaSize.of(Sym.parse("1 - 12*w2**2 + 1/w2"));   // 10
 * FormulaSize.tooLong(2.5e20);                          // "too long to show: about 2.5e+20 symbols"
 * }</pre>
 */
final class FormulaSize {
    /** The most symbols a shown formula has: more than a lecture's table or a page can usefully hold. */
    static final int LIMIT = 400;
    /** Substituting is tried while the estimate stays under this; simplifying may bring it under {@link #LIMIT}. */
    static final int BUILD_LIMIT = 4 * LIMIT;

    private FormulaSize() {
    }

    /** The symbols of {@code s}: every number, name, adjoint, partial, operation and call counts one. */
    static long of(Sym s) {
        return switch (s) {
            case Sym.Add a -> 1 + sum(a.terms());
            case Sym.Mul m -> 1 + sum(m.factors());
            case Sym.Pow p -> 1 + of(p.base()) + of(p.exponent());
            case Sym.Call c -> 1 + sum(c.args());
            case Sym.Method m -> 1 + of(m.target());
            case Sym.Items i -> 1 + sum(i.items());
            default -> 1;
        };
    }

    /** How many times {@code s} mentions the adjoint {@code grad(label)}. */
    static int mentions(Sym s, String label) {
        return switch (s) {
            case Sym.Adjoint a -> a.name().equals(label) ? 1 : 0;
            case Sym.Add a -> a.terms().stream().mapToInt(t -> mentions(t, label)).sum();
            case Sym.Mul m -> m.factors().stream().mapToInt(t -> mentions(t, label)).sum();
            case Sym.Pow p -> mentions(p.base(), label) + mentions(p.exponent(), label);
            case Sym.Call c -> c.args().stream().mapToInt(t -> mentions(t, label)).sum();
            case Sym.Method m -> mentions(m.target(), label);
            case Sym.Items i -> i.items().stream().mapToInt(t -> mentions(t, label)).sum();
            default -> 0;
        };
    }

    /** The reason a formula of about {@code symbols} symbols is not shown. */
    static String tooLong(double symbols) {
        String count = symbols < 1e7 ? String.format(Locale.ROOT, "%,d", Math.round(symbols))
                : String.format(Locale.ROOT, "about %.1e", symbols);
        return "too long to show: " + count + " symbols";
    }

    private static long sum(java.util.List<Sym> items) {
        long n = 0;
        for (Sym s : items) {
            n += of(s);
        }
        return n;
    }
}
