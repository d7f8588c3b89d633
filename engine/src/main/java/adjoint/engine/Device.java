package adjoint.engine;

import adjoint.engine.backend.Backend;
import adjoint.engine.backend.Backends;

/**
 * Where tensors live and which backend computes on them: {@code cpu} (the plain-Java reference), {@code simd}
 * (the Vector API) or {@code gpu:N} (OpenCL), as far as this machine has them. A device this machine cannot run
 * falls back ({@code gpu} to {@code simd}, {@code simd} to {@code cpu}) with a line in {@link #notices()}.
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

    /**
     * A line about the hardware that computes for this device.
     *
     * <pre>{@code Device.parse("simd").describe(); // "simd: Vector API, 512-bit vectors, 16 threads"}</pre>
     */
    public String describe() {
        return Backends.describe(this);
    }

    /** The device new threads create tensors on: {@code simd} where the Vector API is available, else {@code cpu}. */
    public static Device preferred() {
        return Backends.defaultDevice();
    }

    /**
     * What fell back and why, e.g. that {@code gpu} runs on {@code simd} because no OpenCL driver was found; empty
     * when every device asked for is what it says. For the app and the command line to show.
     */
    public static java.util.List<String> notices() {
        return Backends.notices();
    }

    @Override
    public String toString() {
        return kind.equals("gpu") ? kind + ":" + index : kind;
    }
}
