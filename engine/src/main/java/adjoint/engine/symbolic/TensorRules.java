package adjoint.engine.symbolic;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import adjoint.engine.graph.Form;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.IndexSpec;
import adjoint.engine.graph.Operand;
import adjoint.engine.symbolic.Sym.Num;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tensor operations' derivatives as the vector-Jacobian products PyTorch's backward computes, written over node
 * labels and the child's adjoint {@code g}, mirroring the engine's {@code Linalg}, {@code Reductions} and
 * {@code Movement} rules: {@code y = X @ w} gives {@code w̄ = X.T @ ȳ}, {@code s = sum(x)} gives
 * {@code x̄ = s̄.expand(shape)}, broadcasting sums back ({@link #sumTo}).
 */
final class TensorRules {
    private static final Set<String> RESHAPES = Set.of("view", "reshape", "flatten", "squeeze", "unsqueeze");
    /** Indexing writes a 0/1 placement over the input's elements, so only small inputs get a formula. */
    static final int MAX_PLACED = 64;

    private TensorRules() {
    }

    /**
     * The contribution of node {@code n} to the adjoint of its operand at {@code slot}, given the node's adjoint
     * {@code g}, for an operation that is not elementwise; null when there is no rule (or a shape it needs is
     * unknown).
     */
    static Sym vjp(GraphNode n, int slot, Sym g, LocalRules.Context cx) {
        Operand a = LocalRules.arg(n, 0, "input");
        int[] in = cx.shape(a);
        int[] out = cx.shapes().get(n.id());
        String op = n.op();
        if (op.equals("matmul") || op.equals("dot") || op.equals("mm") || op.equals("mv")) {
            Operand b = LocalRules.arg(n, 1, "other");
            return matmul(slot, g, cx.sym(a), cx.sym(b), in, cx.shape(b));
        }
        if (slot != 0 || in == null || out == null) {
            return op.equals("mse_loss") ? mse(n, slot, g, cx) : null;
        }
        if (n.form() == Form.INDEX) {
            return index(n, g, in, out);
        }
        return switch (op) {
            case "T", "t", "mT" -> new Sym.Method(g, "T", List.of());
            case "transpose" -> {
                Sym d0 = cx.sym(LocalRules.arg(n, 1, "dim0"));
                Sym d1 = cx.sym(LocalRules.arg(n, 2, "dim1"));
                yield d0 instanceof Num x && d1 instanceof Num y
                        ? new Sym.Method(g, "transpose", List.of((long) x.value(), (long) y.value())) : null;
            }
            case "sum", "mean" -> reduction(n, g, in, out, op.equals("mean"));
            case "softmax" -> {
                Sym y = new Sym.Var(cx.labels().get(n.id()));
                Long dim = dim(n, 1, in.length);
                yield dim == null ? null : Sym.mul(y, Sym.sub(g, new Sym.Method(Sym.mul(g, y), "sum", List.of(dim, true))));
            }
            case "log_softmax" -> {
                Sym y = new Sym.Var(cx.labels().get(n.id()));
                Long dim = dim(n, 1, in.length);
                yield dim == null ? null : Sym.sub(g, Sym.mul(Sym.call("exp", y), new Sym.Method(g, "sum", List.of(dim, true))));
            }
            case "expand" -> sumTo(g, out, in);
            case "mse_loss" -> mse(n, slot, g, cx);
            default -> RESHAPES.contains(op) ? reshape(g, in) : null;
        };
    }

    private static Sym matmul(int slot, Sym g, Sym x, Sym y, int[] a, int[] b) {
        if (x == null || y == null || a == null || b == null || a.length == 0 || b.length == 0 || a.length > 2 || b.length > 2) {
            return null;
        }
        Sym.Method yT = new Sym.Method(y, "T", List.of());
        Sym.Method xT = new Sym.Method(x, "T", List.of());
        if (slot == 0) {
            return switch (a.length * 10 + b.length) {
                case 11 -> Sym.mul(g, y);
                case 22 -> Sym.call("matmul", g, yT);
                case 21 -> Sym.call("matmul", unsqueeze(g, 1), unsqueeze(y, 0));
                default -> Sym.call("matmul", y, g);
            };
        }
        return switch (a.length * 10 + b.length) {
            case 11 -> Sym.mul(g, x);
            case 12 -> Sym.call("matmul", unsqueeze(x, 1), unsqueeze(g, 0));
            default -> Sym.call("matmul", xT, g);
        };
    }

    /**
     * Indexing sends each element's adjoint back to the element it was read from: for one element picked,
     * {@code grad(z)*[0, 1, 0]}; otherwise a 0/1 matrix that places them, {@code ([[1, 0], ...] @ grad(z).reshape(-1))
     * .reshape(3)}. Only for inputs of at most {@value #MAX_PLACED} elements.
     */
    @SuppressWarnings("unchecked")
    private static Sym index(GraphNode n, Sym g, int[] in, int[] out) {
        int size = (int) numel(in);
        if (size > MAX_PLACED || in.length == 0) {
            return null;
        }
        double[] flat = new double[size];
        for (int i = 0; i < size; i++) {
            flat[i] = i;
        }
        Tensor t = Tensor.fromDoubles(DType.FLOAT64, flat, in);
        int dim = 0;
        for (IndexSpec s : (List<IndexSpec>) n.attrs().get("index")) {
            switch (s) {
                case IndexSpec.At a -> t = t.select(dim, a.index());
                case IndexSpec.NewAxis x -> t = t.unsqueeze(dim++);
                case IndexSpec.Range r -> t = t.slice(dim++, r.start(), r.stop(), r.step() == null ? 1 : r.step());
            }
        }
        double[] source = t.toDoubles();
        if (source.length == 1) {
            double[] mask = new double[size];
            mask[(int) source[0]] = 1;
            return Sym.mul(g, items(mask, in, 0, new int[1]));
        }
        double[][] place = new double[size][source.length];
        for (int j = 0; j < source.length; j++) {
            place[(int) source[j]][j] = 1;
        }
        List<Sym> rows = new ArrayList<>();
        for (double[] row : place) {
            rows.add(items(row, new int[] {row.length}, 0, new int[1]));
        }
        Sym placed = Sym.call("matmul", new Sym.Items(rows), new Sym.Method(g, "reshape", List.of(-1L)));
        return new Sym.Method(placed, "reshape", sizes(in));
    }

    private static Sym items(double[] data, int[] shape, int dim, int[] at) {
        List<Sym> out = new ArrayList<>();
        for (int i = 0; i < shape[dim]; i++) {
            out.add(dim == shape.length - 1 ? new Num(data[at[0]++]) : items(data, shape, dim + 1, at));
        }
        return new Sym.Items(out);
    }

    private static Sym unsqueeze(Sym s, long dim) {
        return new Sym.Method(s, "unsqueeze", List.of(dim));
    }

    /** {@code sum} and {@code mean}: the adjoint spread back over the reduced dimensions ({@code expand}). */
    private static Sym reduction(GraphNode n, Sym g, int[] in, int[] out, boolean mean) {
        Operand dimOperand = LocalRules.arg(n, 1, "dim");
        Operand keepOperand = LocalRules.arg(n, 2, "keepdim");
        boolean keep = keepOperand instanceof Operand.Const c && Boolean.TRUE.equals(c.value());
        Sym spread = g;
        if (in.length > 0 && !(dimOperand == null || dimOperand instanceof Operand.Const c0 && c0.value() == null)) {
            if (!(dimOperand instanceof Operand.Const c)) {
                return null;
            }
            List<Long> dims = new ArrayList<>();
            for (Object d : c.value() instanceof List<?> l ? l : List.of(c.value())) {
                if (!(d instanceof Long x)) {
                    return null;
                }
                dims.add(x < 0 ? x + in.length : x);
            }
            dims.sort(null);
            if (!keep) {
                for (long d : dims) {
                    spread = unsqueeze(spread, d);
                }
            }
        }
        if (in.length > 0) {
            spread = new Sym.Method(spread, "expand", sizes(in));
        }
        long n0 = numel(in) / Math.max(1, numel(out));
        return mean && n0 != 1 ? Sym.mul(spread, new Num(1.0 / n0)) : spread;
    }

    private static Sym mse(GraphNode n, int slot, Sym g, LocalRules.Context cx) {
        Operand a = LocalRules.arg(n, 0, "input");
        Operand b = LocalRules.arg(n, 1, "target");
        Operand red = LocalRules.arg(n, 2, "reduction");
        String reduction = red instanceof Operand.Const c && c.value() instanceof String r ? r : "mean";
        int[] shape = cx.shape(a);
        if (shape == null || cx.sym(a) == null || cx.sym(b) == null || reduction.equals("none")) {
            return null;
        }
        int[] other = cx.shape(b);
        int[] full = other == null ? shape : broadcast(shape, other);
        double scale = reduction.equals("mean") ? 2.0 / Math.max(1, numel(full)) : 2.0;
        Sym diff = slot == 0 ? Sym.sub(cx.sym(a), cx.sym(b)) : Sym.sub(cx.sym(b), cx.sym(a));
        return sumTo(Sym.mul(new Num(scale), g, diff), full, slot == 0 ? shape : other);
    }

    static int[] broadcast(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int x = i < n - a.length ? 1 : a[i - (n - a.length)];
            int y = i < n - b.length ? 1 : b[i - (n - b.length)];
            out[i] = x == 1 ? y : x;
        }
        return out;
    }

    private static Long dim(GraphNode n, int i, int rank) {
        Sym d = new LocalRules.Context(Map.of(), Map.of()).sym(LocalRules.arg(n, i, "dim"));
        if (!(d instanceof Num x)) {
            return null;
        }
        long v = (long) x.value();
        return v < 0 ? v + rank : v;
    }

    private static Sym reshape(Sym g, int[] shape) {
        return shape.length == 0 ? new Sym.Method(g, "sum", List.of()) : new Sym.Method(g, "reshape", sizes(shape));
    }

    /** {@code g} (of shape {@code from}) summed down to {@code to}, as broadcasting's backward does. */
    static Sym sumTo(Sym g, int[] from, int[] to) {
        if (from == null || to == null || Arrays.equals(from, to)) {
            return g;
        }
        if (to.length == 0) {
            return new Sym.Method(g, "sum", List.of());
        }
        int lead = from.length - to.length;
        Sym out = g;
        if (lead > 0) {
            List<Long> dims = new ArrayList<>();
            for (long d = 0; d < lead; d++) {
                dims.add(d);
            }
            out = new Sym.Method(out, "sum", List.of(dims.size() == 1 ? (Object) dims.getFirst() : dims));
        }
        List<Long> kept = new ArrayList<>();
        for (int i = 0; i < to.length; i++) {
            if (to[i] == 1 && from[lead + i] != 1) {
                kept.add((long) i);
            }
        }
        if (!kept.isEmpty()) {
            out = new Sym.Method(out, "sum", List.of(kept.size() == 1 ? (Object) kept.getFirst() : kept, true));
        }
        return out;
    }

    private static List<Object> sizes(int[] shape) {
        List<Object> out = new ArrayList<>();
        for (int s : shape) {
            out.add((long) s);
        }
        return out;
    }

    static long numel(int[] shape) {
        long n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }
}
