package adjoint.engine;

/**
 * A scope in which operations are not recorded for autograd, as {@code torch.no_grad()}.
 *
 * <pre>{@code
 * try (var scope = NoGrad.enter()) {
 *     w.sub_(w.grad().mul(0.1)); // an optimizer step on a leaf
 * }
 * }</pre>
 */
public final class NoGrad implements AutoCloseable {
    private static final ThreadLocal<Boolean> ENABLED = ThreadLocal.withInitial(() -> true);
    private final boolean previous;

    private NoGrad(boolean enabled) {
        previous = ENABLED.get();
        ENABLED.set(enabled);
    }

    /** Disables recording until the returned scope closes. */
    public static NoGrad enter() {
        return new NoGrad(false);
    }

    /** Re-enables recording inside an outer no-grad scope, as {@code torch.enable_grad()}. */
    public static NoGrad enableGrad() {
        return new NoGrad(true);
    }

    public static boolean isGradEnabled() {
        return ENABLED.get();
    }

    @Override
    public void close() {
        ENABLED.set(previous);
    }
}
