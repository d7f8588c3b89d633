package adjoint.engine.lang;

import adjoint.engine.lang.IndexItem.Slice;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A fully parenthesised prefix rendering of a tree, so tests can state its shape: {@code (neg (** x 2))}. */
final class Sexpr {

    private Sexpr() {
    }

    /** The shape of the value of a one-line program {@code y = <source>}. */
    static String of(String source) {
        return of(Parser.parse("y = " + source).output().value());
    }

    static String of(Expr expr) {
        return switch (expr) {
            case Expr.Num n -> n.text();
            case Expr.Str s -> "\"" + s.value() + "\"";
            case Expr.Name n -> n.name();
            case Expr.ListLit l -> "[" + all(l.elements()) + "]";
            case Expr.Unary u -> "(" + (u.op() == UnaryOp.NEG ? "neg" : "pos") + " " + of(u.operand()) + ")";
            case Expr.Binary b -> "(" + b.op().symbol() + " " + of(b.left()) + " " + of(b.right()) + ")";
            case Expr.Call c -> "(" + c.function() + arguments(c.args(), c.kwargs()) + ")";
            case Expr.MethodCall m -> "(." + m.method() + " " + of(m.target()) + arguments(m.args(), m.kwargs()) + ")";
            case Expr.Attribute a -> "(." + a.name() + " " + of(a.target()) + ")";
            case Expr.Index i -> "(index " + of(i.target()) + " "
                    + i.items().stream().map(Sexpr::item).collect(Collectors.joining(" ")) + ")";
        };
    }

    private static String item(IndexItem item) {
        return switch (item) {
            case Expr e -> of(e);
            case Slice s -> "(slice " + part(s.start()) + " " + part(s.stop()) + " " + part(s.step()) + ")";
        };
    }

    private static String part(Expr e) {
        return e == null ? "_" : of(e);
    }

    private static String arguments(List<Expr> args, java.util.Map<String, Expr> kwargs) {
        List<String> parts = new ArrayList<>();
        args.forEach(a -> parts.add(of(a)));
        kwargs.forEach((k, v) -> parts.add(k + "=" + of(v)));
        return parts.isEmpty() ? "" : " " + String.join(" ", parts);
    }

    private static String all(List<Expr> exprs) {
        return exprs.stream().map(Sexpr::of).collect(Collectors.joining(" "));
    }
}
