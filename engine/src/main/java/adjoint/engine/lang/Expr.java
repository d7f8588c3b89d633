package adjoint.engine.lang;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An expression. Every node is positioned at its first token; nodes whose interesting token comes later
 * (an operator, a function or method name) carry that position too, for error messages.
 *
 * <pre>{@code
 * switch (expr) {
 *     case Expr.Num n -> ...;
 *     case Expr.Binary b when b.op() == BinaryOp.MATMUL -> ...;
 *     ...
 * }
 * }</pre>
 */
public sealed interface Expr extends IndexItem {

    /**
     * A number as written ({@code text}), its value, and whether it is an integer literal (no {@code .}, no
     * exponent). Numbers are never negative: {@code -3e-2} is {@link Unary} minus applied to {@code 3e-2}.
     */
    record Num(String text, double value, boolean isInteger, Position at) implements Expr {
        public Num {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A string, only allowed as a keyword value ({@code reduction="sum"}); {@code value} has no quotes. */
    record Str(String value, Position at) implements Expr {
        public Str {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A name: a variable, a constant ({@code pi}, {@code e}, {@code True}, {@code False}, {@code None}) or a
     * dtype ({@code float64}). {@code torch.float64} parses as the name {@code float64}.
     */
    record Name(String name, Position at) implements Expr {
        public Name {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A list {@code [a, b, ...]}, possibly nested; a tuple {@code (a, b)} parses as a list too. */
    record ListLit(List<Expr> elements, Position at) implements Expr {
        public ListLit {
            elements = List.copyOf(elements);
            Objects.requireNonNull(at, "at");
        }
    }

    /** {@code -operand} or {@code +operand}, positioned at the operator. */
    record Unary(UnaryOp op, Expr operand, Position at) implements Expr {
        public Unary {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(operand, "operand");
            Objects.requireNonNull(at, "at");
        }
    }

    /** {@code left op right}, positioned at the left operand; {@code opAt} is the operator's position. */
    record Binary(BinaryOp op, Expr left, Expr right, Position at, Position opAt) implements Expr {
        public Binary {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(opAt, "opAt");
        }
    }

    /**
     * A function call {@code function(args..., key=value...)}. A {@code torch.} prefix is dropped:
     * {@code torch.nn.functional.relu(x)} has function {@code "relu"}, {@code at} at {@code torch} and
     * {@code nameAt} at {@code relu}. Keyword arguments keep their written order.
     */
    record Call(String function, List<Expr> args, Map<String, Expr> kwargs, Position at, Position nameAt)
            implements Expr {
        public Call {
            Objects.requireNonNull(function, "function");
            args = List.copyOf(args);
            kwargs = ordered(kwargs);
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(nameAt, "nameAt");
        }
    }

    /** {@code target.method(args..., key=value...)}; {@code nameAt} is the method name's position. */
    record MethodCall(Expr target, String method, List<Expr> args, Map<String, Expr> kwargs, Position at,
                      Position nameAt) implements Expr {
        public MethodCall {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(method, "method");
            args = List.copyOf(args);
            kwargs = ordered(kwargs);
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(nameAt, "nameAt");
        }
    }

    /** {@code target.name} without a call, such as {@code A.T}; {@code nameAt} is the name's position. */
    record Attribute(Expr target, String name, Position at, Position nameAt) implements Expr {
        public Attribute {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(nameAt, "nameAt");
        }
    }

    /** {@code target[item, ...]}, such as {@code d[0:2, 1:6:4]}; at least one item. */
    record Index(Expr target, List<IndexItem> items, Position at) implements Expr {
        public Index {
            Objects.requireNonNull(target, "target");
            items = List.copyOf(items);
            Objects.requireNonNull(at, "at");
        }
    }

    private static Map<String, Expr> ordered(Map<String, Expr> kwargs) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(kwargs));
    }
}
