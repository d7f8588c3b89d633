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
import java.util.Set;

/**
 * Tensor operations' derivatives as the vector-Jacobian products PyTorch's backward computes, written over node
 * labels and the child's adjoint {@code g}, mirroring the engine's {@code Linalg}, {@code Reductions},
 * {@code Movement} and {@code Indexing} rules: {@code y = X @ w} gives {@code w̄ = X.T @ ȳ}, {@code s = sum(x)} gives
 * {@code x̄ = s̄.expand(shape)}, {@code c = cat([a, b])} gives {@code ā = c̄.index_select(0, [0, 1])},
 * {@code P = A.permute(2, 0, 1)} gives {@code Ā = P̄.permute(1, 2, 0)}, broadcasting sums back ({@link #sumTo}).
 * The losses are in {@link LossRules}.
 */
final class TensorRules {
    private static final Set<String> RESHAPES = Set.of("view", "reshape", "flatten", "squeeze", "unsqueeze");
    /** Indexing writes a 0/1 placement over the input's elements, so only small inputs get a formula. */
    static final int MAX_PLACED = 64;

    private TensorRules() {
    }

    /**
     * The names of an operation's parameters in order, as the language binds them (so an operand given by position
     * or by keyword is found by {@link LocalRules#arg}); the slot of {@link #vjp} is an index into this list.
     */
    static List<String> parameters(GraphNode n) {
        return switch (n.op()) {
            case "linear", "embedding" -> List.of("input", "weight", "bias");
            case "cat", "concat", "stack" -> List.of("tensors", "dim");
            case "gather", "index_select" -> List.of("input", "dim", "index");
            default -> LossRules.PARAMETERS.getOrDefault(n.op(), List.of("input", "other"));
        };
    }

    /**
     * The contribution of node {@code n} to the adjoint of its operand at {@code slot} (see {@link #parameters}),
     * given the node's adjoint {@code g}, for an operation that is not elementwise; null when there is no rule (or a
     * shape it needs is unknown).
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
        if (LossRules.PARAMETERS.containsKey(op)) {
            return LossRules.vjp(n, slot, g, cx);
        }
        if (op.equals("linear")) {
            return linear(n, slot, g, cx);
        }
        if (op.equals("embedding")) {
            return slot != 1 ? null : placed(n, g, cx.shape(LocalRules.arg(n, 1, "weight")), cx);
        }
        if (slot != 0 || in == null || out == null) {
            return null;
        }
        if (n.form() == Form.INDEX || op.equals("gather") || op.equals("index_select")) {
            return placed(n, g, in, cx);
        }
        Sym x = cx.sym(a);
        Sym y = new Sym.Var(cx.labels().get(n.id()));
        return switch (op) {
            case "T", "t", "mT" -> new Sym.Method(g, "T", List.of());
            case "transpose" -> {
                Sym d0 = cx.sym(LocalRules.arg(n, 1, "dim0"));
                Sym d1 = cx.sym(LocalRules.arg(n, 2, "dim1"));
                yield d0 instanceof Num i && d1 instanceof Num j
                        ? new Sym.Method(g, "transpose", List.of((long) i.value(), (long) j.value())) : null;
            }
            case "permute" -> permute(n, g, in.length);
            case "sum", "mean" -> reduction(n, g, in, out, op.equals("mean"));
            case "max", "min", "amax" -> extremum(n, g, x, y, in);
            case "norm" -> Sym.mul(g, x, Sym.pow(y, -1));
            case "var" -> variance(n, g, x, in, out);
            case "softmax" -> {
                Long dim = dim(n, 1, in.length);
                yield dim == null ? null : Sym.mul(y, Sym.sub(g, new Sym.Method(Sym.mul(g, y), "sum", List.of(dim, true))));
            }
            case "log_softmax" -> {
                Long dim = dim(n, 1, in.length);
                yield dim == null ? null : Sym.sub(g, Sym.mul(Sym.call("exp", y), new Sym.Method(g, "sum", List.of(dim, true))));
            }
            case "expand" -> sumTo(g, out, in);
            default -> RESHAPES.contains(op) ? reshape(g, in) : null;
        };
    }

    /**
     * The contribution of {@code cat} or {@code stack} to the adjoint of the {@code item}-th tensor of its list: the
     * part of {@code g} that came from it, {@code grad(c).index_select(0, [2, 3])} ({@code .squeeze(d)} for a stack).
     */
    static Sym vjpOfItem(GraphNode n, int item, Sym g, LocalRules.Context cx) {
        List<Operand> items = ((Operand.Group) LocalRules.arg(n, 0, "tensors")).items();
        int[] out = cx.shapes().get(n.id());
        Long d = out == null ? null : dim(n, 1, out.length);
        if (d == null && out != null && LocalRules.arg(n, 1, "dim") == null) {
            d = 0L;
        }
        if (d == null) {
            return null;
        }
        if (n.op().equals("stack")) {
            return new Sym.Method(new Sym.Method(g, "index_select", List.of(d, List.of((long) item))), "squeeze", List.of(d));
        }
        long start = 0;
        for (int k = 0; k < item; k++) {
            int[] s = cx.shape(items.get(k));
            if (s == null || d >= s.length && !(s.length == 1 && s[0] == 0)) {
                return null;
            }
            start += s.length == 1 && s[0] == 0 ? 0 : s[d.intValue()];
        }
        int[] own = cx.shape(items.get(item));
        if (own == null || d >= own.length) {
            return null;
        }
        List<Long> picked = new ArrayList<>();
        for (long i = start; i < start + own[d.intValue()]; i++) {
            picked.add(i);
        }
        return new Sym.Method(g, "index_select", List.of(d, picked));
    }

    /** {@code y = x.permute(p)} sends the adjoint back through the inverse permutation. */
    private static Sym permute(GraphNode n, Sym g, int rank) {
        List<Object> given = new ArrayList<>();
        for (Operand o : n.inputs().subList(1, n.inputs().size())) {
            if (!(o instanceof Operand.Const c)) {
                return null;
            }
            given.addAll(c.value() instanceof List<?> l ? l : List.of(c.value()));
        }
        if (given.size() != rank) {
            return null;
        }
        Object[] inverse = new Object[rank];
        for (int i = 0; i < rank; i++) {
            if (!(given.get(i) instanceof Long d) || d < -rank || d >= rank) {
                return null;
            }
            inverse[(int) (d < 0 ? d + rank : d)] = (long) i;
        }
        return new Sym.Method(g, "permute", List.of(inverse));
    }

    /**
     * {@code max}, {@code min} and {@code amax}: the adjoint goes to the elements equal to the result,
     * {@code grad(m)*where(eq(x, m), 1, 0)}, shared evenly among ties where the engine shares it ({@code max()},
     * {@code amax}); {@code max(x, dim)} gives it to the first maximum, which the formula matches where there is no tie.
     */
    private static Sym extremum(GraphNode n, Sym g, Sym x, Sym y, int[] in) {
        Operand dims = LocalRules.arg(n, 1, "dim");
        boolean whole = dims == null || dims instanceof Operand.Const c && c.value() == null;
        Sym gk = whole ? g : spread(g, dims, keep(LocalRules.arg(n, 2, "keepdim")), in, false);
        Sym yk = whole ? y : spread(y, dims, keep(LocalRules.arg(n, 2, "keepdim")), in, false);
        if (gk == null || yk == null) {
            return null;
        }
        Sym mask = Sym.call("where", Sym.call("eq", x, yk), Sym.ONE, Sym.ZERO);
        if (whole) {
            return Sym.mul(g, mask, Sym.pow(Sym.call("sum", mask), -1));
        }
        if (n.op().equals("amax")) {
            List<Long> reduced = dimList(dims, in.length);
            return Sym.mul(gk, mask, Sym.pow(new Sym.Method(mask, "sum", List.of(reduced, true)), -1));
        }
        return Sym.mul(gk, mask);
    }

    /** {@code v = x.var(dims)}: {@code x̄ = v̄ · 2(x − x.mean(dims, True))/(N − correction)}. */
    private static Sym variance(GraphNode n, Sym g, Sym x, int[] in, int[] out) {
        Operand dims = LocalRules.arg(n, 1, "dim");
        Operand unbiased = LocalRules.arg(n, 2, "unbiased");
        Operand correctionOperand = n.kwargs().get("correction");
        long correction = correctionOperand instanceof Operand.Const c && c.value() instanceof Long k ? k
                : unbiased instanceof Operand.Const c && Boolean.FALSE.equals(c.value()) ? 0 : 1;
        boolean whole = dims == null || dims instanceof Operand.Const c && c.value() == null;
        Sym spread = spread(g, dims, keep(LocalRules.arg(n, 3, "keepdim")), in, true);
        if (spread == null || (correctionOperand != null && !(correctionOperand instanceof Operand.Const))) {
            return null;
        }
        Sym mean = whole ? new Sym.Method(x, "mean", List.of()) : new Sym.Method(x, "mean", List.of(dimList(dims, in.length), true));
        long count = numel(in) / Math.max(1, numel(out));
        return Sym.mul(spread, new Num(2.0 / Math.max(count - correction, 0)), Sym.sub(x, mean));
    }

    /** {@code y = linear(x, W, b) = x @ W.T + b}: {@code x̄ = ȳ @ W}, {@code W̄ = ȳ.T @ x}, {@code b̄ = ȳ} summed to b. */
    private static Sym linear(GraphNode n, int slot, Sym g, LocalRules.Context cx) {
        Operand xo = LocalRules.arg(n, 0, "input");
        Operand wo = LocalRules.arg(n, 1, "weight");
        int[] x = cx.shape(xo);
        int[] out = cx.shapes().get(n.id());
        if (x == null || out == null || x.length == 0 || x.length > 2 || cx.sym(xo) == null || cx.sym(wo) == null) {
            return null;
        }
        return switch (slot) {
            case 0 -> Sym.call("matmul", g, cx.sym(wo));
            case 1 -> x.length == 1 ? Sym.call("matmul", unsqueeze(g, 1), unsqueeze(cx.sym(xo), 0))
                    : Sym.call("matmul", new Sym.Method(g, "T", List.of()), cx.sym(xo));
            case 2 -> sumTo(g, out, cx.shape(LocalRules.arg(n, 2, "bias")));
            default -> null;
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
     * Indexing, {@code gather}, {@code index_select} and {@code embedding} send each element's adjoint back to the
     * element it was read from: for one element picked, {@code grad(z)*[0, 1, 0]}; otherwise a 0/1 matrix that
     * places them, {@code ([[1, 0], ...] @ grad(z).reshape(-1)).reshape(3)}. Where each element came from is found by
     * running the operation on the positions {@code 0, 1, 2, ...} of its input ({@code in}, the table for
     * {@code embedding}), with the same indices. Only for inputs of at most {@value #MAX_PLACED} elements.
     */
    private static Sym placed(GraphNode n, Sym g, int[] in, LocalRules.Context cx) {
        if (in == null || in.length == 0 || numel(in) > MAX_PLACED) {
            return null;
        }
        int size = (int) numel(in);
        double[] flat = new double[size];
        for (int i = 0; i < size; i++) {
            flat[i] = i;
        }
        double[] source = sources(n, Tensor.fromDoubles(DType.FLOAT64, flat, in), cx);
        if (source == null) {
            return null;
        }
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

    /** The positions in {@code t} that node {@code n}'s elements are read from; null when its indices are unknown. */
    @SuppressWarnings("unchecked")
    private static double[] sources(GraphNode n, Tensor t, LocalRules.Context cx) {
        if (n.form() == Form.INDEX) {
            int dim = 0;
            for (IndexSpec s : (List<IndexSpec>) n.attrs().get("index")) {
                switch (s) {
                    case IndexSpec.At a -> t = t.select(dim, a.index());
                    case IndexSpec.NewAxis x -> t = t.unsqueeze(dim++);
                    case IndexSpec.Range r -> t = t.slice(dim++, r.start(), r.stop(), r.step() == null ? 1 : r.step());
                }
            }
            return t.toDoubles();
        }
        boolean embedding = n.op().equals("embedding");
        Tensor index = cx.value(embedding ? LocalRules.arg(n, 0, "input") : LocalRules.arg(n, 2, "index"));
        Sym dim = cx.sym(LocalRules.arg(n, 1, "dim"));
        if (index == null || !embedding && !(dim instanceof Num)) {
            return null;
        }
        int d = embedding ? 0 : (int) ((Num) dim).value();
        return switch (n.op()) {
            case "gather" -> t.gather(d, index).toDoubles();
            case "index_select" -> t.indexSelect(d, index).toDoubles();
            default -> adjoint.engine.nn.Functional.embedding(index, t).toDoubles();
        };
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
        Sym spread = spread(g, LocalRules.arg(n, 1, "dim"), keep(LocalRules.arg(n, 2, "keepdim")), in, true);
        long n0 = numel(in) / Math.max(1, numel(out));
        return spread == null || !mean || n0 == 1 ? spread : Sym.mul(spread, new Num(1.0 / n0));
    }

    /**
     * {@code s} (the result of reducing a tensor of shape {@code in} over {@code dims}, all of them for None) with the
     * reduced dimensions put back ({@code unsqueeze}) unless kept, and, when {@code expand}, spread back to {@code in}.
     */
    private static Sym spread(Sym s, Operand dims, boolean keep, int[] in, boolean expand) {
        if (in.length > 0 && !(dims == null || dims instanceof Operand.Const c0 && c0.value() == null)) {
            List<Long> reduced = dimList(dims, in.length);
            if (reduced == null) {
                return null;
            }
            if (!keep) {
                for (long d : reduced) {
                    s = unsqueeze(s, d);
                }
            }
        }
        return in.length > 0 && expand ? new Sym.Method(s, "expand", sizes(in)) : s;
    }

    /** The constant dimensions an operand names (one or a list), made non-negative and sorted; null if not constant. */
    private static List<Long> dimList(Operand dims, int rank) {
        if (!(dims instanceof Operand.Const c)) {
            return null;
        }
        List<Long> out = new ArrayList<>();
        for (Object d : c.value() instanceof List<?> l ? l : List.of(c.value())) {
            if (!(d instanceof Long x)) {
                return null;
            }
            out.add(x < 0 ? x + rank : x);
        }
        out.sort(null);
        return out;
    }

    private static boolean keep(Operand o) {
        return o instanceof Operand.Const c && Boolean.TRUE.equals(c.value());
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
        Sym d = LocalRules.Context.EMPTY.sym(LocalRules.arg(n, i, "dim"));
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
