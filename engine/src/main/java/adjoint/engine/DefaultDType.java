package adjoint.engine;

/**
 * The floating dtype that literals and Python-style float scalars get, as {@code torch.set_default_dtype}; per
 * thread, so an evaluation on a worker thread does not disturb others.
 *
 * <pre>{@code
 * try (var scope = DefaultDType.use(DType.FLOAT64)) {
 *     Tensor.of(1.5).dtype(); // FLOAT64
 * }
 * }</pre>
 */
public final class DefaultDType implements AutoCloseable {
    private static final ThreadLocal<DType> CURRENT = ThreadLocal.withInitial(() -> DType.FLOAT32);
    private final DType previous;

    private DefaultDType(DType dtype) {
        if (!dtype.isFloating()) {
            throw new TensorException("only floating-point types are supported as the default type");
        }
        previous = CURRENT.get();
        CURRENT.set(dtype);
    }

    public static DefaultDType use(DType dtype) {
        return new DefaultDType(dtype);
    }

    public static DType get() {
        return CURRENT.get();
    }

    @Override
    public void close() {
        CURRENT.set(previous);
    }
}
