package adjoint.engine.symbolic;

import adjoint.engine.Tensor;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import adjoint.engine.symbolic.Sym.Num;
import java.util.List;
import java.util.Map;

/**
 * The losses' vector-Jacobian products, mirroring {@code nn.Functional}: for a loss of elements ({@code mse_loss},
 * {@code l1_loss}, the hinges, {@code soft_margin_loss}, the binary cross-entropies) each element's partial times the
 * loss's adjoint and the reduction's scale, {@code mse_loss(x, t)} giving {@code x̄ = 2/N·grad(L)*(x - t)}; for the
 * class losses the softmax minus the one-hot target, {@code x̄ = grad(L)*(softmax(x, 1) - where(eq(t.unsqueeze(1),
 * arange(3)), 1, 0))/N}.
 */
final class LossRules {
    /** Each loss's parameters in order, as the language binds them. */
    static final Map<String, List<String>> PARAMETERS = Map.of(
            "mse_loss", List.of("input", "target", "reduction"),
            "l1_loss", List.of("input", "target", "reduction"),
            "hinge_loss", List.of("input", "target", "reduction"),
            "squared_hinge_loss", List.of("input", "target", "reduction"),
            "soft_margin_loss", List.of("input", "target", "reduction"),
            "binary_cross_entropy", List.of("input", "target", "weight", "reduction"),
            "binary_cross_entropy_with_logits", List.of("input", "target", "weight", "reduction", "pos_weight"),
            "cross_entropy", List.of("input", "target", "weight", "ignore_index", "reduction", "label_smoothing"),
            "nll_loss", List.of("input", "target", "weight", "ignore_index", "reduction"));

    private LossRules() {
    }

    /** The loss node {@code n}'s contribution to the adjoint of its input ({@code slot} 0) or target (1); else null. */
    static Sym vjp(GraphNode n, int slot, Sym g, LocalRules.Context cx) {
        Operand xo = param(n, "input");
        Operand to = param(n, "target");
        Sym x = cx.sym(xo);
        Sym t = cx.sym(to);
        int[] xs = cx.shape(xo);
        int[] ts = cx.shape(to);
        String reduction = param(n, "reduction") instanceof Operand.Const c && c.value() instanceof String r ? r : "mean";
        if (x == null || t == null || xs == null || ts == null || slot > 1) {
            return null;
        }
        if (n.op().equals("cross_entropy") || n.op().equals("nll_loss")) {
            return classes(n, slot, g, x, t, xs, cx.value(to), reduction);
        }
        Sym partial = elementPartial(n, slot, x, t, cx);
        if (partial == null) {
            return null;
        }
        int[] full = TensorRules.broadcast(xs, ts);
        Sym scale = reduction.equals("mean") ? new Num(1.0 / Math.max(1, TensorRules.numel(full))) : Sym.ONE;
        return TensorRules.sumTo(Sym.mul(scale, g, partial), full, slot == 0 ? xs : ts);
    }

    /** ∂(loss of one element)/∂x (slot 0) or ∂/∂t (slot 1), as the engine's backward computes it. */
    private static Sym elementPartial(GraphNode n, int slot, Sym x, Sym t, LocalRules.Context cx) {
        Sym margin = Sym.sub(Sym.ONE, Sym.mul(t, x));
        Sym other = slot == 0 ? t : x;
        Sym partial = switch (n.op()) {
            case "mse_loss" -> Sym.mul(new Num(2), slot == 0 ? Sym.sub(x, t) : Sym.sub(t, x));
            case "l1_loss" -> Sym.mul(new Num(slot == 0 ? 1 : -1), Sym.call("sign", Sym.sub(x, t)));
            case "hinge_loss" -> Sym.neg(Sym.mul(other, Sym.call("where", Sym.call("ge", margin, Sym.ZERO), Sym.ONE, Sym.ZERO)));
            case "squared_hinge_loss" -> Sym.mul(new Num(-2), other, Sym.call("relu", margin));
            case "soft_margin_loss" -> Sym.neg(Sym.mul(other, Sym.call("sigmoid", Sym.neg(Sym.mul(t, x)))));
            case "binary_cross_entropy" -> slot == 0
                    ? Sym.mul(Sym.sub(x, t), Sym.pow(Sym.mul(x, Sym.sub(Sym.ONE, x)), -1))
                    : Sym.sub(Sym.call("log", Sym.sub(Sym.ONE, x)), Sym.call("log", x));
            case "binary_cross_entropy_with_logits" -> logits(slot, x, t, param(n, "pos_weight"), cx);
            default -> null;
        };
        Operand weight = param(n, "weight");
        if (partial == null || weight == null || weight instanceof Operand.Const c && c.value() == null) {
            return partial;
        }
        return cx.sym(weight) == null ? null : Sym.mul(cx.sym(weight), partial);
    }

    /** {@code (1 - t) x + w_p softplus(-x)} with {@code w_p = 1 + (p - 1) t}: x̄ = {@code 1 - t - w_p sigmoid(-x)}. */
    private static Sym logits(int slot, Sym x, Sym t, Operand posWeight, LocalRules.Context cx) {
        if (posWeight == null || posWeight instanceof Operand.Const c && c.value() == null) {
            return slot == 0 ? Sym.sub(Sym.call("sigmoid", x), t) : Sym.neg(x);
        }
        Sym p = cx.sym(posWeight);
        if (p == null) {
            return null;
        }
        Sym pm1 = Sym.sub(p, Sym.ONE);
        return slot == 0
                ? Sym.sub(Sym.sub(Sym.ONE, t), Sym.mul(Sym.add(Sym.ONE, Sym.mul(pm1, t)), Sym.call("sigmoid", Sym.neg(x))))
                : Sym.add(Sym.neg(x), Sym.mul(pm1, Sym.call("softplus", Sym.neg(x))));
    }

    /**
     * {@code cross_entropy} and {@code nll_loss} without class weights or label smoothing: the softmax of the logits
     * minus the target's one-hot rows (for {@code nll_loss}, minus the one-hot rows alone), scaled by the reduction;
     * with class probabilities as the target, {@code softmax(x)·Σt − t}, and {@code t̄ = −log_softmax(x)}.
     */
    private static Sym classes(GraphNode n, int slot, Sym g, Sym x, Sym t, int[] xs, Tensor target, String reduction) {
        boolean entropy = n.op().equals("cross_entropy");
        Operand weight = param(n, "weight");
        Operand smoothing = param(n, "label_smoothing");
        if (target == null || xs.length == 0 || xs.length > 2 || weight != null && !(weight instanceof Operand.Const c && c.value() == null)
                || smoothing != null && !(smoothing instanceof Operand.Const c && c.value() instanceof Number k && k.doubleValue() == 0)) {
            return null;
        }
        long classDim = xs.length == 1 ? 0 : 1;
        int classes = xs[(int) classDim];
        boolean probabilities = target.dtype().isFloating();
        Sym gk = reduction.equals("none") && xs.length == 2 ? new Sym.Method(g, "unsqueeze", List.of(1L)) : g;
        long count = TensorRules.numel(xs) / classes;
        if (!probabilities) {
            long ignore = param(n, "ignore_index") instanceof Operand.Const c && c.value() instanceof Long i ? i : -100;
            for (long v : target.toLongs()) {
                if (v == ignore) {
                    return null;
                }
            }
        }
        Sym scaled = Sym.mul(reduction.equals("mean") ? new Num(1.0 / Math.max(1, count)) : Sym.ONE, gk);
        if (slot == 1) {
            return entropy && probabilities ? Sym.neg(Sym.mul(scaled, Sym.call("log_softmax", x, new Num(classDim)))) : null;
        }
        if (probabilities) {
            return entropy ? Sym.mul(scaled, Sym.sub(Sym.mul(Sym.call("softmax", x, new Num(classDim)),
                    new Sym.Method(t, "sum", List.of(classDim, true))), t)) : null;
        }
        Sym rows = xs.length == 2 ? new Sym.Method(t, "unsqueeze", List.of(1L)) : t;
        Sym oneHot = Sym.call("where", Sym.call("eq", rows, Sym.call("arange", new Num(classes))), Sym.ONE, Sym.ZERO);
        return Sym.mul(scaled, entropy ? Sym.sub(Sym.call("softmax", x, new Num(classDim)), oneHot) : Sym.neg(oneHot));
    }

    private static Operand param(GraphNode n, String name) {
        int i = PARAMETERS.get(n.op()).indexOf(name);
        return i < 0 ? null : LocalRules.arg(n, i, name);
    }
}
