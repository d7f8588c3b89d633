package adjoint.engine.backend.opencl;

import static org.jocl.CL.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_command_queue;
import org.jocl.cl_context;
import org.jocl.cl_context_properties;
import org.jocl.cl_device_id;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;
import org.jocl.cl_platform_id;
import org.jocl.cl_program;
import org.jocl.cl_queue_properties;

/**
 * One OpenCL device opened for computing: its context, in-order queue, the program built from {@link Kernels}
 * (once), its kernels (created once each, by name) and its buffer pool; plus device discovery through JOCL.
 */
final class OpenClRuntime {
    /** An OpenCL device of this machine, with the platform it belongs to. */
    record Found(cl_platform_id platform, cl_device_id device, String name, long type) {
    }

    final cl_device_id device;
    final cl_context context;
    final cl_command_queue queue;
    final String name;
    final String version;
    final boolean fp64;
    final int computeUnits;
    final long globalMemory;
    final BufferPool pool;
    private final cl_program program;
    private final Map<String, cl_kernel> kernels = new ConcurrentHashMap<>();

    private OpenClRuntime(Found found, String label, String source, boolean allowFp64) {
        device = found.device();
        name = found.name();
        version = string(device, CL_DEVICE_VERSION);
        fp64 = allowFp64 && string(device, CL_DEVICE_EXTENSIONS).contains("cl_khr_fp64");
        computeUnits = (int) number(device, CL_DEVICE_MAX_COMPUTE_UNITS, Sizeof.cl_uint);
        globalMemory = number(device, CL_DEVICE_GLOBAL_MEM_SIZE, Sizeof.cl_ulong);
        cl_context_properties props = new cl_context_properties();
        props.addProperty(CL_CONTEXT_PLATFORM, found.platform());
        context = clCreateContext(props, 1, new cl_device_id[] {device}, null, null, null);
        queue = createQueue(context, device);
        program = clCreateProgramWithSource(context, 1, new String[] {source == null ? Kernels.program(fp64) : source},
                null, null);
        try {
            clBuildProgram(program, 0, null, System.getProperty("adjoint.opencl.options", ""), null, null);
        } catch (CLException e) {
            throw new CLException("the OpenCL kernels did not build on " + name + ": " + buildLog(), e.getStatus());
        }
        pool = new BufferPool(context, Math.min(globalMemory / 2, 8L << 30), label);
    }

    /**
     * Opens the {@code index}-th device (GPUs first) with the engine's kernels, or {@code source} instead; float64
     * only if {@code allowFp64} and the device has it.
     */
    static OpenClRuntime open(int index, String label, String source, boolean allowFp64) {
        List<Found> devices = devices();
        if (devices.isEmpty()) {
            throw new IllegalStateException("no OpenCL platform or device found");
        }
        if (index < 0 || index >= devices.size()) {
            throw new IllegalStateException("no OpenCL device " + index + " (found " + devices.size() + ")");
        }
        return new OpenClRuntime(devices.get(index), label, source, allowFp64);
    }

    /** Every OpenCL device of every platform: GPUs and accelerators first, then CPUs (such as PoCL's). */
    static List<Found> devices() {
        CL.setExceptionsEnabled(true);
        int[] count = new int[1];
        try {
            clGetPlatformIDs(0, null, count);
        } catch (CLException e) {
            if (e.getStatus() == CL_PLATFORM_NOT_FOUND_KHR) {
                return List.of();
            }
            throw e;
        }
        cl_platform_id[] platforms = new cl_platform_id[count[0]];
        clGetPlatformIDs(platforms.length, platforms, null);
        List<Found> found = new ArrayList<>();
        for (cl_platform_id p : platforms) {
            int[] n = new int[1];
            try {
                clGetDeviceIDs(p, CL_DEVICE_TYPE_ALL, 0, null, n);
            } catch (CLException e) {
                continue;
            }
            cl_device_id[] ids = new cl_device_id[n[0]];
            clGetDeviceIDs(p, CL_DEVICE_TYPE_ALL, ids.length, ids, null);
            for (cl_device_id d : ids) {
                found.add(new Found(p, d, string(d, CL_DEVICE_NAME), number(d, CL_DEVICE_TYPE, Sizeof.cl_ulong)));
            }
        }
        found.sort(Comparator.comparingInt(f -> (f.type() & CL_DEVICE_TYPE_CPU) != 0 ? 1 : 0));
        return found;
    }

    private static cl_command_queue createQueue(cl_context context, cl_device_id device) {
        try {
            return clCreateCommandQueueWithProperties(context, device, new cl_queue_properties(), null);
        } catch (CLException | UnsupportedOperationException e) {
            @SuppressWarnings("deprecation")
            cl_command_queue q = clCreateCommandQueue(context, device, 0, null);
            return q;
        }
    }

    private String buildLog() {
        long[] size = new long[1];
        clGetProgramBuildInfo(program, device, CL_PROGRAM_BUILD_LOG, 0, null, size);
        byte[] log = new byte[(int) size[0]];
        clGetProgramBuildInfo(program, device, CL_PROGRAM_BUILD_LOG, log.length, Pointer.to(log), null);
        String text = new String(log, StandardCharsets.UTF_8).trim();
        return text.length() > 2000 ? text.substring(0, 2000) + " ..." : text;
    }

    cl_kernel kernel(String kernelName) {
        return kernels.computeIfAbsent(kernelName, k -> clCreateKernel(program, k, null));
    }

    static String string(cl_device_id d, int param) {
        long[] size = new long[1];
        clGetDeviceInfo(d, param, 0, null, size);
        byte[] buffer = new byte[(int) size[0]];
        clGetDeviceInfo(d, param, buffer.length, Pointer.to(buffer), null);
        int end = buffer.length;
        while (end > 0 && buffer[end - 1] == 0) {
            end--;
        }
        return new String(buffer, 0, end, StandardCharsets.UTF_8).trim();
    }

    static long number(cl_device_id d, int param, int bytes) {
        if (bytes == Sizeof.cl_uint) {
            int[] v = new int[1];
            clGetDeviceInfo(d, param, bytes, Pointer.to(v), null);
            return v[0] & 0xffffffffL;
        }
        long[] v = new long[1];
        clGetDeviceInfo(d, param, bytes, Pointer.to(v), null);
        return v[0];
    }

    /** Sets the arguments and enqueues {@code kernel} over {@code global} work-items in groups of {@code local}. */
    void launch(String kernelName, long[] global, long[] local, Object... args) {
        cl_kernel k = kernel(kernelName);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case cl_mem m -> clSetKernelArg(k, i, Sizeof.cl_mem, Pointer.to(m));
                case Integer v -> clSetKernelArg(k, i, Sizeof.cl_int, Pointer.to(new int[] {v}));
                case int[] struct -> clSetKernelArg(k, i, (long) Sizeof.cl_int * struct.length, Pointer.to(struct));
                case Float v -> clSetKernelArg(k, i, Sizeof.cl_float, Pointer.to(new float[] {v}));
                case Double v -> clSetKernelArg(k, i, Sizeof.cl_double, Pointer.to(new double[] {v}));
                case Long v -> clSetKernelArg(k, i, Sizeof.cl_long, Pointer.to(new long[] {v}));
                case Byte v -> clSetKernelArg(k, i, Sizeof.cl_uchar, Pointer.to(new byte[] {v}));
                default -> throw new IllegalArgumentException("kernel argument " + args[i]);
            }
        }
        clEnqueueNDRangeKernel(queue, k, global.length, null, global, local, 0, null, null);
    }

    void release() {
        kernels.values().forEach(CL::clReleaseKernel);
        clReleaseProgram(program);
        clReleaseCommandQueue(queue);
        clReleaseContext(context);
    }
}
