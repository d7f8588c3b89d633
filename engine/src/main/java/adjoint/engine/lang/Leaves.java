package adjoint.engine.lang;

import adjoint.engine.DefaultDType;
import adjoint.engine.Tensor;
import java.util.Map;

/**
 * The language's one departure from Python: {@code x = 2} or {@code w = [1.0, -2.0]} (a bare literal) makes a
 * floating-point variable that requires a gradient, as a student means it.
 */
final class Leaves {
    private Leaves() {
    }

    static boolean isLeafLiteral(Expr e, Map<String, Object> env) {
        return switch (e) {
            case Expr.Num n -> true;
            case Expr.Unary u -> u.operand() instanceof Expr.Num || isConstant(u.operand(), env);
            case Expr.ListLit l -> !l.elements().isEmpty() && l.elements().stream().allMatch(x -> isLeafLiteral(x, env));
            default -> isConstant(e, env);
        };
    }

    private static boolean isConstant(Expr e, Map<String, Object> env) {
        return e instanceof Expr.Name n && (n.name().equals("pi") || n.name().equals("e")) && !env.containsKey(n.name());
    }

    static Tensor leaf(Object literal) {
        return Values.literal(literal, DefaultDType.get()).requiresGrad(true);
    }
}
