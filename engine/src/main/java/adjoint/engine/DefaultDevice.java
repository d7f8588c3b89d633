package adjoint.engine;

/**
 * The device new tensors are created on in this thread, as {@code torch.set_default_device}: at first
 * {@link Device#preferred()} ({@code simd} where the Vector API is available, or {@code -Dadjoint.device}).
 *
 * <pre>{@code
 * try (var scope = DefaultDevice.use(Device.parse("simd"))) {
 *     Tensor.zeros(3).device(); // simd
 * }
 * }</pre>
 */
public final class DefaultDevice implements AutoCloseable {
    private static final Device INITIAL = Device.preferred();
    private static final ThreadLocal<Device> CURRENT = ThreadLocal.withInitial(() -> INITIAL);
    private final Device previous;

    private DefaultDevice(Device device) {
        previous = CURRENT.get();
        CURRENT.set(device);
    }

    public static DefaultDevice use(Device device) {
        device.backend();
        return new DefaultDevice(device);
    }

    public static Device get() {
        return CURRENT.get();
    }

    @Override
    public void close() {
        CURRENT.set(previous);
    }
}
