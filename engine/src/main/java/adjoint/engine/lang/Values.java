package adjoint.engine.lang;

import adjoint.engine.DType;
import adjoint.engine.DefaultDType;
import adjoint.engine.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The run-time values of the language and their conversions: a {@link Tensor}, a Python number ({@code Long},
 * {@code Double}, {@code Boolean}), a string, a dtype, a list (nested lists are tensor data), or null for None.
 */
final class Values {
    private Values() {
    }

    static Tensor toTensor(Object v, String what) {
        return switch (v) {
            case Tensor t -> t;
            case Long l -> Tensor.number(l);
            case Double d -> Tensor.number(d);
            case Boolean b -> Tensor.number(b ? 1L : 0L);
            case List<?> list -> literal(list, null);
            case null -> throw new IllegalArgumentException(what + " must be a tensor, not None");
            default -> throw new IllegalArgumentException(what + " must be a tensor, not " + describe(v));
        };
    }

    static int toInt(Object v, String what) {
        if (v instanceof Long l && l == (int) (long) l) {
            return (int) (long) l;
        }
        if (v instanceof Tensor t && !t.dtype().isFloating() && t.numel() == 1) {
            return (int) t.toLongs()[0];
        }
        throw new IllegalArgumentException(what + " must be an integer, not " + describe(v));
    }

    static double toDouble(Object v, String what) {
        return switch (v) {
            case Long l -> l;
            case Double d -> d;
            case Boolean b -> b ? 1 : 0;
            case Tensor t when t.numel() == 1 -> t.item();
            default -> throw new IllegalArgumentException(what + " must be a number, not " + describe(v));
        };
    }

    static boolean truth(Object v) {
        return switch (v) {
            case Boolean b -> b;
            case Long l -> l != 0;
            case Double d -> d != 0;
            case Tensor t when t.numel() == 1 -> t.item() != 0;
            default -> throw new IllegalArgumentException("expected True or False, not " + describe(v));
        };
    }

    static String describe(Object v) {
        return switch (v) {
            case Tensor t -> "a tensor of shape " + adjoint.engine.Shapes.format(t.shape());
            case String s -> "the string '" + s + "'";
            case List<?> l -> "a list";
            case DType d -> "the dtype " + d;
            case null -> "None";
            default -> v.toString();
        };
    }

    /** A tensor from nested lists, as {@code torch.tensor(data, dtype=...)}: the dtype follows the data unless given. */
    static Tensor literal(Object data, DType dtype) {
        List<Integer> shape = new ArrayList<>();
        Object probe = data;
        while (probe instanceof List<?> l) {
            shape.add(l.size());
            probe = l.isEmpty() ? null : l.get(0);
        }
        List<Object> flat = new ArrayList<>();
        flatten(data, 0, shape, flat);
        DType inferred = DType.BOOL;
        for (Object o : flat) {
            DType t = switch (o) {
                case Boolean b -> DType.BOOL;
                case Long l -> DType.INT64;
                case Double d -> DefaultDType.get();
                case Tensor t0 -> t0.dtype().isFloating() ? DefaultDType.get() : t0.dtype();
                default -> throw new IllegalArgumentException("tensor data must be numbers, not " + describe(o));
            };
            inferred = DType.promote(inferred, t);
        }
        if (flat.isEmpty()) {
            inferred = DefaultDType.get();
        }
        DType type = dtype != null ? dtype : inferred;
        int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
        if (!type.isFloating()) {
            long[] values = new long[flat.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = (long) toDouble(flat.get(i), "tensor data");
            }
            return Tensor.fromLongs(type, values, dims);
        }
        double[] values = new double[flat.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = toDouble(flat.get(i), "tensor data");
        }
        return Tensor.fromDoubles(type, values, dims);
    }

    private static void flatten(Object data, int depth, List<Integer> shape, List<Object> out) {
        if (depth == shape.size()) {
            if (data instanceof List<?>) {
                throw new IllegalArgumentException("tensor data is not rectangular: too deeply nested at dim " + depth);
            }
            if (data instanceof Tensor t && t.numel() != 1) {
                throw new IllegalArgumentException("only one element tensors can be converted to Python scalars");
            }
            out.add(data);
            return;
        }
        if (!(data instanceof List<?> list) || list.size() != shape.get(depth)) {
            throw new IllegalArgumentException("expected sequence of length " + shape.get(depth) + " at dim " + depth
                    + " (got " + (data instanceof List<?> l ? l.size() : "a number") + ")");
        }
        for (Object o : list) {
            flatten(o, depth + 1, shape, out);
        }
    }

    /** Python arithmetic on two numbers; null when either operand is not a plain number. */
    static Object arithmetic(BinaryOp op, Object a, Object b) {
        if (!(isNumber(a) && isNumber(b))) {
            return null;
        }
        boolean ints = !(a instanceof Double) && !(b instanceof Double);
        double x = toDouble(a, "operand");
        double y = toDouble(b, "operand");
        return switch (op) {
            case ADD -> ints ? (Object) (asLong(a) + asLong(b)) : x + y;
            case SUB -> ints ? (Object) (asLong(a) - asLong(b)) : x - y;
            case MUL -> ints ? (Object) (asLong(a) * asLong(b)) : x * y;
            case DIV -> {
                if (y == 0) {
                    throw new IllegalArgumentException("division by zero");
                }
                yield x / y;
            }
            case POW -> ints && asLong(b) >= 0 ? (Object) (long) Math.pow(x, y) : Math.pow(x, y);
            case MATMUL -> throw new IllegalArgumentException("'@' needs tensors, not numbers");
        };
    }

    static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof Boolean;
    }

    private static long asLong(Object v) {
        return v instanceof Boolean b ? (b ? 1 : 0) : (Long) v;
    }
}
