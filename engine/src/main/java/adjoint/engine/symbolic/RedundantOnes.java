package adjoint.engine.symbolic;

import java.util.ArrayList;
import java.util.List;

/**
 * Cleans up after a scalar seed spread over a tensor ({@code grad(s).expand(3)} with {@code s̄ = 1} is
 * {@code ones(3)}): a factor or term {@code ones(shape)} is dropped where the rest of the product or sum already has
 * that shape, so formulas read as a person writes them.
 */
final class RedundantOnes {
    private final PlainShapes shapes;

    RedundantOnes(PlainShapes shapes) {
        this.shapes = shapes;
    }

    /**
     * Drops the {@code ones(shape)} that spreading a scalar seed leaves behind wherever the rest of a product or sum
     * already has that shape: {@code 2*r*ones(3) → 2*r}, {@code -12*w2**2*ones(1) + ones(1) → 1 - 12*w2**2}.
     */
    Sym drop(Sym s) {
        Sym inner = s.replace(x -> x == s ? null : drop(x));
        if (inner instanceof Sym.Mul m) {
            List<Sym> factors = new ArrayList<>(m.factors());
            for (Sym f : m.factors()) {
                List<Sym> others = new ArrayList<>(factors);
                others.remove(f);
                if (onesShape(f) != null && absorbs(shapes.of(new Sym.Mul(others)), onesShape(f))) {
                    factors = others;
                }
            }
            return new Sym.Mul(factors).simplified();
        }
        if (inner instanceof Sym.Add a) {
            List<Sym> terms = new ArrayList<>(a.terms());
            for (int i = 0; i < terms.size(); i++) {
                Sym t = terms.get(i);
                boolean scaled = t instanceof Sym.Mul m && m.factors().size() == 2 && m.factors().getFirst() instanceof Sym.Num;
                double k = scaled ? ((Sym.Num) ((Sym.Mul) t).factors().getFirst()).value() : 1;
                Sym rest = scaled ? ((Sym.Mul) t).factors().get(1) : t;
                List<Sym> others = new ArrayList<>(terms);
                others.remove(i);
                if (onesShape(rest) != null && !others.isEmpty() && absorbs(shapes.of(new Sym.Add(others)), onesShape(rest))) {
                    terms.set(i, new Sym.Num(k));
                }
            }
            return new Sym.Add(terms).simplified();
        }
        return inner;
    }

    static int[] onesShape(Sym s) {
        return s instanceof Sym.Call c && c.fn().equals("ones") ? sizes(c) : null;
    }

    /** Whether {@code shape} broadcast against a known {@code whole} leaves it unchanged. */
    private static boolean absorbs(int[] whole, int[] shape) {
        return whole != null && java.util.Arrays.equals(TensorRules.broadcast(whole, shape), whole);
    }

    static int[] sizes(Sym.Call ones) {
        return ones.args().stream().mapToInt(a -> a instanceof Sym.Num n ? (int) n.value() : -1).toArray();
    }
}
