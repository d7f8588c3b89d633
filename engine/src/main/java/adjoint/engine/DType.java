package adjoint.engine;

/**
 * Element types, with PyTorch's names and promotion order.
 *
 * <pre>{@code DType.promote(DType.INT64, DType.FLOAT32) == DType.FLOAT32}</pre>
 */
public enum DType {
    BOOL("bool", 0), INT64("int64", 1), FLOAT32("float32", 2), FLOAT64("float64", 2);

    private final String label;
    private final int category;

    DType(String label, int category) {
        this.label = label;
        this.category = category;
    }

    /** PyTorch's name without the {@code torch.} prefix, e.g. {@code float32}. */
    public String label() {
        return label;
    }

    /** PyTorch's scalar type name, as its error messages print it: {@code Float}, {@code Double}, {@code Long}. */
    public String scalarTypeName() {
        return switch (this) {
            case FLOAT32 -> "Float";
            case FLOAT64 -> "Double";
            case INT64 -> "Long";
            case BOOL -> "Bool";
        };
    }

    public boolean isFloating() {
        return category == 2;
    }

    /** 0 for bool, 1 for integers, 2 for floating point: PyTorch's promotion categories. */
    int category() {
        return category;
    }

    /** The smallest type both values fit in, as {@code torch.promote_types}. */
    public static DType promote(DType a, DType b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** Parses {@code float32}, {@code float}, {@code torch.float64}, {@code double}, {@code long}, {@code int64}, {@code bool}. */
    public static DType parse(String text) {
        String t = text.startsWith("torch.") ? text.substring(6) : text;
        return switch (t) {
            case "float32", "float" -> FLOAT32;
            case "float64", "double" -> FLOAT64;
            case "int64", "long", "int" -> INT64;
            case "bool" -> BOOL;
            default -> throw new TensorException("unknown dtype '" + text + "' (expected float32, float64, int64 or bool)");
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
