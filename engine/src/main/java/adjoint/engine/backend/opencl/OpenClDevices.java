package adjoint.engine.backend.opencl;

import adjoint.engine.backend.Backend;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jocl.CLException;

/**
 * The {@code gpu:N} devices: OpenCL devices opened on first use and kept, or, where OpenCL cannot run (no
 * {@code libOpenCL}, no platform, no such device, kernels that do not build, no device memory), the fallback
 * backend with a notice that says why. Never throws.
 */
public final class OpenClDevices {
    /** How a device is opened; tests put stand-ins here that fail the way real drivers do. */
    interface Opener {
        Backend open(int index);
    }

    static final Opener JOCL = index -> OpenClBackend.open(index, null, true);
    private static volatile Opener opener = JOCL;
    private static final Map<Integer, Backend> OPENED = new ConcurrentHashMap<>();

    private OpenClDevices() {
    }

    /** The backend of {@code gpu:index}, or {@code fallback}'s with a notice when OpenCL cannot run it. */
    public static Backend backend(int index, Supplier<Backend> fallback, Consumer<String> notice) {
        Backend b = OPENED.get(index);
        if (b != null) {
            return b;
        }
        synchronized (OpenClDevices.class) {
            b = OPENED.get(index);
            if (b == null) {
                b = openOrFallBack(index, fallback, notice);
                OPENED.put(index, b);
            }
            return b;
        }
    }

    private static Backend openOrFallBack(int index, Supplier<Backend> fallback, Consumer<String> notice) {
        try {
            return opener.open(index);
        } catch (RuntimeException | LinkageError e) {
            Backend f = fallback.get();
            notice.accept("gpu:" + index + " is not available (" + reason(e) + "); computing on " + f.name() + " instead");
            return f;
        }
    }

    /** Why opening failed, in words for users. */
    static String reason(Throwable e) {
        if (e instanceof UnsatisfiedLinkError || e instanceof NoClassDefFoundError || e instanceof ExceptionInInitializerError) {
            return "no OpenCL library could be loaded: install an OpenCL driver (libOpenCL.so.1 and a vendor ICD such as "
                    + "pocl-opencl-icd or the GPU vendor's); " + firstLine(e);
        }
        if (e instanceof CLException cl && BufferPool.outOfMemory(cl)) {
            return "out of device memory: " + firstLine(e);
        }
        if (e instanceof CLException cl && cl.getStatus() == org.jocl.CL.CL_BUILD_PROGRAM_FAILURE) {
            return "kernel build error: " + firstLine(e);
        }
        return firstLine(e);
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl) + " ...";
    }

    /** A line about an opened device, e.g. its name and OpenCL version. */
    public static String describe(Backend b) {
        return b instanceof OpenClBackend ocl ? ocl.describe() : b.name();
    }

    /** Every OpenCL device of this machine by name (GPUs first: gpu:0 is the first), or an empty list. */
    public static List<String> list() {
        try {
            return OpenClRuntime.devices().stream().map(OpenClRuntime.Found::name).toList();
        } catch (RuntimeException | LinkageError e) {
            return List.of();
        }
    }

    /** Replaces how devices are opened and forgets the opened ones; null restores the real driver (tests). */
    static synchronized void useOpener(Opener replacement) {
        opener = replacement == null ? JOCL : replacement;
        OPENED.clear();
    }
}
