package adjoint.engine.lang;

import adjoint.engine.lang.Expr.Attribute;
import adjoint.engine.lang.Expr.Binary;
import adjoint.engine.lang.Expr.Call;
import adjoint.engine.lang.Expr.Index;
import adjoint.engine.lang.Expr.ListLit;
import adjoint.engine.lang.Expr.MethodCall;
import adjoint.engine.lang.Expr.Name;
import adjoint.engine.lang.Expr.Num;
import adjoint.engine.lang.Expr.Str;
import adjoint.engine.lang.Expr.Unary;
import adjoint.engine.lang.IndexItem.Slice;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copies of syntax trees with every position set to {@link Position#UNKNOWN}, to compare trees by shape. */
final class WithoutPositions {

    private static final Position NONE = Position.UNKNOWN;

    private WithoutPositions() {
    }

    static Program program(Program program) {
        List<Statement> statements = program.assignments().stream()
                .<Statement>map(a -> new Assign(a.name(), expr(a.value()), NONE))
                .toList();
        return new Program(statements, NONE);
    }

    static Expr expr(Expr expr) {
        return switch (expr) {
            case Num n -> new Num(n.text(), n.value(), n.isInteger(), NONE);
            case Str s -> new Str(s.value(), NONE);
            case Name n -> new Name(n.name(), NONE);
            case ListLit l -> new ListLit(exprs(l.elements()), NONE);
            case Unary u -> new Unary(u.op(), expr(u.operand()), NONE);
            case Binary b -> new Binary(b.op(), expr(b.left()), expr(b.right()), NONE, NONE);
            case Call c -> new Call(c.function(), exprs(c.args()), kwargs(c.kwargs()), NONE, NONE);
            case MethodCall m ->
                    new MethodCall(expr(m.target()), m.method(), exprs(m.args()), kwargs(m.kwargs()), NONE, NONE);
            case Attribute a -> new Attribute(expr(a.target()), a.name(), NONE, NONE);
            case Index i -> new Index(expr(i.target()), i.items().stream().map(WithoutPositions::item).toList(), NONE);
        };
    }

    private static IndexItem item(IndexItem item) {
        return switch (item) {
            case Expr e -> expr(e);
            case Slice s -> new Slice(orNull(s.start()), orNull(s.stop()), orNull(s.step()), NONE);
        };
    }

    private static Expr orNull(Expr e) {
        return e == null ? null : expr(e);
    }

    private static List<Expr> exprs(List<Expr> exprs) {
        return exprs.stream().map(WithoutPositions::expr).toList();
    }

    private static Map<String, Expr> kwargs(Map<String, Expr> kwargs) {
        Map<String, Expr> copy = new LinkedHashMap<>();
        kwargs.forEach((k, v) -> copy.put(k, expr(v)));
        return copy;
    }
}
