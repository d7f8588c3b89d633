package adjoint.engine.backend;

import adjoint.engine.Device;
import adjoint.engine.TensorException;
import adjoint.engine.backend.opencl.OpenClDevices;
import adjoint.engine.backend.simd.SimdBackend;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The backends this engine has, by device kind. New backends register here and nowhere else. A device that cannot
 * run here (no Vector API, no OpenCL driver, a kernel that does not build, no device memory) falls back to the
 * next best one with a notice in {@link #notices()}, never a crash.
 */
public final class Backends {
    private static final List<String> NOTICES = new CopyOnWriteArrayList<>();

    private Backends() {
    }

    /** The device kinds, in order of preference for display. */
    public static List<String> kinds() {
        return List.of("cpu", "simd", "gpu");
    }

    public static Backend forDevice(Device device) {
        return switch (device.kind()) {
            case "cpu" -> ReferenceBackend.INSTANCE;
            case "simd" -> simd();
            case "gpu" -> OpenClDevices.backend(device.index(), Backends::simd, Backends::notice);
            default -> throw new TensorException("device '" + device + "' is not available");
        };
    }

    /**
     * The device new tensors start on: {@code -Dadjoint.device} if set, else {@code simd} where the Vector API is
     * available, else {@code cpu}.
     */
    public static Device defaultDevice() {
        String chosen = System.getProperty("adjoint.device");
        if (chosen != null && !chosen.isBlank()) {
            try {
                return Device.parse(chosen);
            } catch (TensorException e) {
                notice("-Dadjoint.device=" + chosen + " ignored: " + e.getMessage());
            }
        }
        return SimdBackend.available() ? new Device("simd", 0) : Device.CPU;
    }

    /** A line for users about the hardware behind {@code device}, e.g. {@code gpu:0: NVIDIA H100 (OpenCL 3.0 CUDA)}. */
    public static String describe(Device device) {
        Backend b = forDevice(device);
        return switch (b.name()) {
            case "cpu" -> "cpu: plain Java reference";
            case "simd" -> "simd: Vector API, " + SimdBackend.vectorBits() + "-bit vectors, "
                    + Runtime.getRuntime().availableProcessors() + " threads";
            default -> b.name() + ": " + OpenClDevices.describe(b);
        };
    }

    /** What fell back to what, and why, since start-up (e.g. no OpenCL driver: gpu runs on simd). */
    public static List<String> notices() {
        return List.copyOf(NOTICES);
    }

    private static Backend simd() {
        if (SimdBackend.available()) {
            return SimdBackend.INSTANCE;
        }
        notice("the Vector API (jdk.incubator.vector) is not available in this JVM: simd runs on the cpu reference "
                + "backend (start Java with --add-modules jdk.incubator.vector)");
        return ReferenceBackend.INSTANCE;
    }

    private static void notice(String message) {
        if (!NOTICES.contains(message)) {
            NOTICES.add(message);
        }
    }
}
