package adjoint.engine;

/**
 * The device new tensors are created on in this thread, as {@code torch.set_default_device}.
 *
 * <pre>{@code
 * try (var scope = DefaultDevice.use(Device.parse("simd"))) {
 *     Tensor.zeros(3).device(); // simd
 * }
 * }</pre>
 */
public final class DefaultDevice implements AutoCloseable {
    private static final ThreadLocal<Device> CURRENT = ThreadLocal.withInitial(() -> Device.CPU);
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
