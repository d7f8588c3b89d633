package adjoint.engine.lang;

import adjoint.engine.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The language's operations as plain calls, for code that evaluates programs in another shape (the graph
 * evaluator): the same functions, methods, operators and literals, with the same meaning and messages.
 * Values are as in the language: tensors, Python numbers ({@code Long}, {@code Double}, {@code Boolean}),
 * strings, dtypes, lists, null for None. Errors are {@code TensorException} or {@code IllegalArgumentException}.
 */
public final class Operations {
    private Operations() {
    }

    public static Object call(String function, List<Object> args, Map<String, Object> kwargs) {
        return Builtins.call(function, new ArrayList<>(args), new LinkedHashMap<>(kwargs));
    }

    public static Object method(Object target, String method, List<Object> args, Map<String, Object> kwargs) {
        return Builtins.method(target, method, new ArrayList<>(args), new LinkedHashMap<>(kwargs));
    }

    public static Object attribute(Object target, String name) {
        return Builtins.attribute(target, name);
    }

    /** {@code + - * / ** @} on two values. */
    public static Object binary(BinaryOp op, Object left, Object right) {
        return Evaluator.apply(op, left, right);
    }

    /** Unary minus. */
    public static Object negate(Object value) {
        return Evaluator.negate(value);
    }

    /** A value as a tensor: numbers become 0-d tensors, nested lists tensors of their data. */
    public static Tensor toTensor(Object value) {
        return Values.toTensor(value, "value");
    }

    /** The variable a bare literal makes: floating, of the default dtype, requiring a gradient. */
    public static Tensor leaf(Object literal) {
        return Leaves.leaf(literal);
    }
}
