package adjoint.engine.symbolic;

import adjoint.engine.lang.BinaryOp;
import adjoint.engine.lang.Expr;
import adjoint.engine.lang.Parser;
import adjoint.engine.lang.ProgramException;
import adjoint.engine.lang.UnaryOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the expression language into a {@link Sym}, as written (nothing is simplified, so a chain-rule sum keeps
 * its terms): {@code grad(w3)} is an adjoint, {@code d(w3)/d(w2)} a local partial (also inside a product, as in
 * {@code grad(w3)*d(w3)/d(w2)}), {@code a @ b} a matrix product, {@code x.T} and {@code x.sum(0)} tensor methods.
 */
final class FromExpr {
    private static final Set<String> PLAIN_METHODS = Set.of("sin", "cos", "tan", "exp", "log", "sqrt", "abs", "tanh",
            "sigmoid", "relu", "neg", "exp2", "log1p", "erf", "sign", "reciprocal");

    private FromExpr() {
    }

    static Sym parse(String text) {
        return convert(Parser.parseExpression(text));
    }

    static Sym convert(Expr e) {
        return switch (e) {
            case Expr.Num n -> new Sym.Num(n.value());
            case Expr.Name n -> switch (n.name()) {
                case "pi" -> new Sym.Num(Math.PI);
                case "e" -> new Sym.Num(Math.E);
                case "True", "False", "None" -> throw new ProgramException("'" + n.name() + "' is not a number", n.at());
                default -> new Sym.Var(n.name());
            };
            case Expr.Unary u -> u.op() == UnaryOp.PLUS ? convert(u.operand()) : Sym.neg(convert(u.operand()));
            case Expr.Binary b -> binary(b);
            case Expr.Call c -> call(c);
            case Expr.MethodCall m -> method(m);
            case Expr.Attribute a when a.name().equals("T") || a.name().equals("mT") ->
                    new Sym.Method(convert(a.target()), "T", List.of());
            case Expr.Attribute a -> throw new ProgramException("'." + a.name() + "' cannot be part of a formula", a.nameAt());
            case Expr.ListLit l -> new Sym.Items(l.elements().stream().map(FromExpr::convert).toList());
            case Expr.Str s -> throw new ProgramException("a string cannot be part of a formula", s.at());
            case Expr.Index i -> throw new ProgramException("indexing cannot be part of a formula", i.at());
        };
    }

    private static Sym binary(Expr.Binary b) {
        if (b.op() == BinaryOp.DIV && nodeOfD(b.right()) != null) {
            String wrt = nodeOfD(b.right());
            if (nodeOfD(b.left()) != null) {
                return new Sym.Partial(nodeOfD(b.left()), wrt);
            }
            if (b.left() instanceof Expr.Binary m && m.op() == BinaryOp.MUL && nodeOfD(m.right()) != null) {
                return Sym.mul(convert(m.left()), new Sym.Partial(nodeOfD(m.right()), wrt));
            }
        }
        Sym l = convert(b.left());
        Sym r = convert(b.right());
        return switch (b.op()) {
            case ADD -> Sym.add(l, r);
            case SUB -> Sym.sub(l, r);
            case MUL -> Sym.mul(l, r);
            case DIV -> Sym.div(l, r);
            case POW -> new Sym.Pow(l, r);
            case MATMUL -> Sym.call("matmul", l, r);
        };
    }

    /** The node in {@code d(w3)}, or null when {@code e} is not of that form. */
    private static String nodeOfD(Expr e) {
        return e instanceof Expr.Call c && c.function().equals("d") && c.args().size() == 1 && c.kwargs().isEmpty()
                && c.args().getFirst() instanceof Expr.Name n ? n.name() : null;
    }

    private static Sym call(Expr.Call c) {
        if (!c.kwargs().isEmpty()) {
            throw new ProgramException("keyword arguments cannot be part of a formula", c.nameAt());
        }
        if (c.function().equals("grad")) {
            if (c.args().size() == 1 && c.args().getFirst() instanceof Expr.Name n) {
                return new Sym.Adjoint(n.name());
            }
            throw new ProgramException("write an adjoint as grad(w2), with a node's name", c.nameAt());
        }
        if (c.function().equals("d")) {
            throw new ProgramException("write a local partial as d(w3)/d(w2)", c.nameAt());
        }
        return new Sym.Call(c.function(), c.args().stream().map(FromExpr::convert).toList());
    }

    private static Sym method(Expr.MethodCall m) {
        if (!m.kwargs().isEmpty()) {
            throw new ProgramException("keyword arguments cannot be part of a formula", m.nameAt());
        }
        Sym target = convert(m.target());
        if (PLAIN_METHODS.contains(m.method()) && m.args().isEmpty()) {
            return new Sym.Call(m.method(), List.of(target));
        }
        if (m.method().equals("pow") && m.args().size() == 1) {
            return new Sym.Pow(target, convert(m.args().getFirst()));
        }
        List<Object> args = new ArrayList<>();
        for (Expr a : m.args()) {
            args.add(constant(a));
        }
        return new Sym.Method(target, m.method(), args);
    }

    private static Object constant(Expr e) {
        return switch (e) {
            case Expr.Num n when n.isInteger() -> Long.parseLong(n.text());
            case Expr.Num n -> n.value();
            case Expr.Unary u when u.op() == UnaryOp.NEG && u.operand() instanceof Expr.Num n && n.isInteger() ->
                    -Long.parseLong(n.text());
            case Expr.Name n when n.name().equals("True") || n.name().equals("False") -> n.name().equals("True");
            case Expr.ListLit l -> l.elements().stream().map(FromExpr::constant).toList();
            default -> throw new ProgramException("a method's arguments in a formula must be constants", e.at());
        };
    }
}
