package adjoint.engine;

import adjoint.engine.backend.Backend;
import adjoint.engine.backend.Backends;

/**
 * Where tensors live and which backend computes on them: {@code cpu} (the plain-Java reference), {@code simd}
 * (the Vector API) or {@code gpu:N} (OpenCL), as far as this machine has them.
 *
 * <pre>{@code Device.parse("cpu").backend().name(); // "cpu"}</pre>
 */
public record Device(String kind, int index) {
    public static final Device CPU = new Device("cpu", 0);

    /** Parses {@code cpu}, {@code simd}, {@code gpu} or {@code gpu:1}. */
    public static Device parse(String text) {
        String[] parts = text.trim().split(":", 2);
        int index;
        try {
            index = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            throw new TensorException("invalid device '" + text + "': the index after ':' must be a number");
        }
        if (!Backends.kinds().contains(parts[0])) {
            throw new TensorException("unknown device '" + text + "' (expected one of " + String.join(", ", Backends.kinds()) + ")");
        }
        return parts[0].equals("cpu") ? CPU : new Device(parts[0], index);
    }

    /** The backend that executes primitives for this device; a clear error if the device is not available. */
    public Backend backend() {
        return Backends.forDevice(this);
    }

    @Override
    public String toString() {
        return kind.equals("gpu") ? kind + ":" + index : kind;
    }
}
