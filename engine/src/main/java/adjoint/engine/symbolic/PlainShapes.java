package adjoint.engine.symbolic;

import java.util.List;
import java.util.function.Function;

/**
 * The shape a formula evaluates to, where it is plain to see from the shapes of the nodes it names: a sum or product
 * broadcasts its parts, an elementwise function keeps its argument's shape, {@code ones(3)} is {@code (3)}, a full
 * {@code sum()} is a single number, a transpose reverses a matrix's shape. Null wherever it is not plain.
 */
final class PlainShapes {
    private final Function<String, int[]> shapeOfNode;

    /** @param shapeOfNode the shape of the node a label (or name) stands for, null when unknown */
    PlainShapes(Function<String, int[]> shapeOfNode) {
        this.shapeOfNode = shapeOfNode;
    }

    int[] of(Sym s) {
        return switch (s) {
            case Sym.Num n -> new int[0];
            case Sym.Var v -> shapeOfNode.apply(v.name());
            case Sym.Adjoint a -> shapeOfNode.apply(a.name());
            case Sym.Add a -> broadcastAll(a.terms());
            case Sym.Mul m -> broadcastAll(m.factors());
            case Sym.Pow p -> broadcastAll(List.of(p.base(), p.exponent()));
            case Sym.Call c when c.fn().equals("ones") -> RedundantOnes.sizes(c);
            case Sym.Method m when m.args().isEmpty() && (m.name().equals("sum") || m.name().equals("mean")) -> new int[0];
            case Sym.Method m when m.args().isEmpty() && (m.name().equals("T") || m.name().equals("t")) -> reversed(of(m.target()));
            case Sym.Call c when LocalRules.unary(c.fn(), Sym.ZERO) != null || c.fn().equals("where")
                    || c.fn().equals("gt") || c.fn().equals("lt") -> broadcastAll(c.args());
            default -> null;
        };
    }

    private int[] broadcastAll(List<Sym> items) {
        int[] out = new int[0];
        for (Sym item : items) {
            int[] shape = of(item);
            if (shape == null) {
                return null;
            }
            out = TensorRules.broadcast(out, shape);
        }
        return out;
    }

    private static int[] reversed(int[] shape) {
        if (shape == null || shape.length > 2) {
            return null;
        }
        return shape.length == 2 ? new int[] {shape[1], shape[0]} : shape;
    }
}
