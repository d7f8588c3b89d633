package adjoint.engine.backend.opencl;

import static org.jocl.CL.CL_TRUE;
import static org.jocl.CL.clEnqueueFillBuffer;
import static org.jocl.CL.clEnqueueReadBuffer;
import static org.jocl.CL.clEnqueueWriteBuffer;
import static org.jocl.CL.clFinish;

import adjoint.engine.DType;
import adjoint.engine.Device;
import adjoint.engine.TensorException;
import adjoint.engine.backend.Backend;
import adjoint.engine.backend.BinaryOp;
import adjoint.engine.backend.CpuStorage;
import adjoint.engine.backend.ReduceOp;
import adjoint.engine.backend.ReferenceBackend;
import adjoint.engine.backend.Storage;
import adjoint.engine.backend.UnaryOp;
import adjoint.engine.backend.View;
import java.util.function.Consumer;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.cl_mem;

/**
 * The OpenCL backend of one device ({@code gpu:N}): tensors live in device buffers ({@link OpenClStorage}) and
 * every primitive is a kernel enqueued on one in-order queue, so nothing returns to the host until a result is
 * read. Python numbers (host scalars) join an operation as kernel arguments; other host data is uploaded. float64
 * needs {@code cl_khr_fp64}; without it a float64 tensor is a clear error. Integer division and power, and layouts
 * of more than eight unmergeable dimensions, run on the host (the reference backend) and are uploaded back. An
 * index out of range in gather or scatter-add is reported when a result is next read, as CUDA reports it.
 */
public final class OpenClBackend implements Backend {
    static final int GROUP = 256;
    final OpenClRuntime cl;
    private final Device device;
    private final OpenClStorage errors;
    private boolean indexOpsPending;

    private OpenClBackend(OpenClRuntime cl, int index) {
        this.cl = cl;
        this.device = new Device("gpu", index);
        this.errors = (OpenClStorage) allocate(DType.INT64, 1);
    }

    /**
     * Opens {@code gpu:index} and runs a test kernel on it, so that a broken driver fails here, not later;
     * {@code source} replaces the kernels and {@code allowFp64 = false} hides float64 (both for tests).
     */
    static OpenClBackend open(int index, String source, boolean allowFp64) {
        OpenClBackend b = new OpenClBackend(OpenClRuntime.open(index, "gpu:" + index, source, allowFp64), index);
        View v = View.of(b.fromDoubles(DType.FLOAT32, new double[] {1, 2, 3}), new int[] {3});
        b.unary(UnaryOp.NEG, v, v);
        double[] back = b.toDoubles(v);
        if (back[0] != -1 || back[2] != -3) {
            throw new IllegalStateException("a test kernel computed a wrong result on " + b.cl.name);
        }
        return b;
    }

    @Override
    public String name() {
        return device.toString();
    }

    @Override
    public Device device() {
        return device;
    }

    /** The device's name, OpenCL version, size and float64 support, for users. */
    public String describe() {
        return cl.name + " (" + cl.version + ", " + cl.computeUnits + " compute units, " + (cl.globalMemory >> 20) + " MiB"
                + (cl.fp64 ? ", float64" : ", no float64") + ")";
    }

    public boolean supportsFloat64() {
        return cl.fp64;
    }

    /** Waits until every enqueued command has finished (for timing). */
    public synchronized void finish() {
        clFinish(cl.queue);
    }

    // ---- storage and transfers ----------------------------------------------------------------------------------

    static int bytesOf(DType t) {
        return switch (t) {
            case FLOAT32 -> 4;
            case FLOAT64, INT64 -> 8;
            case BOOL -> 1;
        };
    }

    @Override
    public synchronized Storage allocate(DType dtype, int size) {
        if (dtype == DType.FLOAT64 && !cl.fp64) {
            throw new TensorException(device + " (" + cl.name + ") does not support float64 (no cl_khr_fp64): use "
                    + "float32 or another device");
        }
        long bytes = BufferPool.round((long) Math.max(1, size) * bytesOf(dtype));
        OpenClStorage s = new OpenClStorage(this, dtype, size, cl.pool.take(bytes), bytes);
        cl.pool.track(s, s.mem, bytes);
        return s;
    }

    @Override
    public synchronized Storage fromDoubles(DType dtype, double[] data) {
        OpenClStorage s = (OpenClStorage) allocate(dtype, data.length);
        write(s, HostArrays.fromDoubles(dtype, data));
        return s;
    }

    @Override
    public synchronized Storage fromLongs(DType dtype, long[] data) {
        OpenClStorage s = (OpenClStorage) allocate(dtype, data.length);
        write(s, HostArrays.fromLongs(dtype, data));
        return s;
    }

    private void write(OpenClStorage s, Object array) {
        s.zeroPending = false;
        int n = s.size();
        if (n > 0) {
            run("upload", () -> clEnqueueWriteBuffer(cl.queue, s.mem, CL_TRUE, 0, (long) n * bytesOf(s.dtype()),
                    HostArrays.pointer(array), 0, null, null));
        }
    }

    @Override
    public synchronized double[] toDoubles(View v) {
        return HostArrays.toDoubles(v.dtype(), read(v));
    }

    @Override
    public synchronized long[] toLongs(View v) {
        return HostArrays.toLongs(v.dtype(), read(v));
    }

    /** The elements of a view of this device in row-major order, as a host array of its dtype. */
    private Object read(View v) {
        if (!(v.storage() instanceof OpenClStorage s) || s.backend() != this) {
            return v.dtype().isFloating() ? HostArrays.fromDoubles(v.dtype(), v.storage().backend().toDoubles(v))
                    : HostArrays.fromLongs(v.dtype(), v.storage().backend().toLongs(v));
        }
        View c = v.isContiguous() ? v : contiguousCopy(v);
        OpenClStorage cs = (OpenClStorage) c.storage();
        Object array = HostArrays.allocate(v.dtype(), v.numel());
        if (v.numel() > 0) {
            cl_mem mem = in(cs);
            run("read", () -> clEnqueueReadBuffer(cl.queue, mem, CL_TRUE, (long) c.offset() * bytesOf(v.dtype()),
                    (long) v.numel() * bytesOf(v.dtype()), HostArrays.pointer(array), 0, null, null));
        }
        checkIndexErrors();
        return array;
    }

    /** A contiguous copy on this device of any view (this device's or the host's). */
    View contiguousCopy(View v) {
        View c = View.of(allocate(v.dtype(), v.numel()), v.shape());
        copy(v, c);
        return c;
    }

    /** The buffer behind one of this device's storages for reading: zero-filled first if it never was. */
    cl_mem in(OpenClStorage s) {
        if (s.zeroPending) {
            s.zeroPending = false;
            run("fill", () -> clEnqueueFillBuffer(cl.queue, s.mem, Pointer.to(new int[] {0}), 4, 0, s.bytes, 0, null, null));
        }
        return s.mem;
    }

    /** The buffer behind an output view: no fill needed when the operation writes the whole storage. */
    cl_mem out(View v) {
        OpenClStorage s = (OpenClStorage) v.storage();
        if (v.offset() == 0 && v.numel() == s.size() && v.isContiguous()) {
            s.zeroPending = false;
        }
        return in(s);
    }

    /** A view of this device's memory holding {@code v}'s elements: {@code v} itself, or an upload of host data. */
    View onDevice(View v) {
        if (v.storage() instanceof OpenClStorage s && s.backend() == this) {
            in(s);
            return v;
        }
        Storage s = v.dtype().isFloating() ? fromDoubles(v.dtype(), v.storage().backend().toDoubles(v))
                : fromLongs(v.dtype(), v.storage().backend().toLongs(v));
        return View.of(s, v.shape());
    }

    /** An operand that may be a host scalar (a Python number or a 0-d host tensor, perhaps broadcast). */
    record Operand(cl_mem mem, int[] strides, int offset, boolean scalar, Object value) {
    }

    Operand operand(View v) {
        boolean host = !(v.storage() instanceof OpenClStorage s && s.backend() == this);
        if (host && v.storage() instanceof CpuStorage && broadcastScalar(v)) {
            View one = new View(v.storage(), new int[0], new int[0], v.offset());
            Object value = v.dtype().isFloating() ? HostArrays.scalar(v.dtype(), v.storage().backend().toDoubles(one)[0])
                    : HostArrays.scalar(v.dtype(), v.storage().backend().toLongs(one)[0]);
            return new Operand(errors.mem, new int[v.shape().length], 0, true, value);
        }
        View d = onDevice(v);
        return new Operand(((OpenClStorage) d.storage()).mem, d.strides(), d.offset(), false,
                HostArrays.scalar(v.dtype(), 0L));
    }

    private static boolean broadcastScalar(View v) {
        for (int d = 0; d < v.shape().length; d++) {
            if (v.shape()[d] > 1 && v.strides()[d] != 0) {
                return false;
            }
        }
        return true;
    }

    // ---- elementwise --------------------------------------------------------------------------------------------

    /** Enqueues an elementwise kernel over {@code n} elements (grid-stride loops, groups of {@value #GROUP}). */
    void elementwise(String kernel, int n, Object... args) {
        if (n == 0) {
            return;
        }
        long groups = Math.min((n + GROUP - 1) / GROUP, Math.max(64L, cl.computeUnits * 32L));
        run(kernel, () -> cl.launch(kernel, new long[] {groups * GROUP}, new long[] {GROUP}, args));
    }

    @Override
    public synchronized void copy(View src, View dst) {
        View s = onDevice(src);
        int[] lay = Layout.elementwise(dst.shape(), s, dst);
        if (lay == null) {
            host(r -> r.copy(s, dst), dst, s, dst);
            return;
        }
        cl_mem x = ((OpenClStorage) s.storage()).mem;
        elementwise("copy_" + Kernels.suffix(s.dtype()) + "_" + Kernels.suffix(dst.dtype()), dst.numel(), lay, x, out(dst));
    }

    @Override
    public synchronized void fill(View dst, double value) {
        int[] lay = Layout.elementwise(dst.shape(), dst);
        if (lay == null) {
            host(r -> r.fill(dst, value), dst, dst);
            return;
        }
        elementwise("fill_" + Kernels.suffix(dst.dtype()), dst.numel(), lay, HostArrays.scalar(dst.dtype(), value), out(dst));
    }

    @Override
    public synchronized void unary(UnaryOp op, View x, View out) {
        View d = onDevice(x);
        int[] lay = Layout.elementwise(out.shape(), d, out);
        if (lay == null || (x.dtype() == DType.BOOL)) {
            host(r -> r.unary(op, d, out), out, d, out);
            return;
        }
        elementwise("unary_" + Kernels.suffix(x.dtype()), out.numel(), op.ordinal(), lay,
                ((OpenClStorage) d.storage()).mem, out(out));
    }

    @Override
    public synchronized void binary(BinaryOp op, View a, View b, View out) {
        boolean integer = !a.dtype().isFloating();
        if (integer && (op == BinaryOp.DIV || op == BinaryOp.POW)) {
            host(r -> r.binary(op, a, b, out), out, a, b, out);
            return;
        }
        Operand x = operand(a);
        Operand y = operand(b);
        int[] lay = Layout.elementwise(out.shape(), new int[][] {x.strides(), y.strides(), out.strides()},
                new int[] {x.offset(), y.offset(), out.offset()});
        if (lay == null) {
            host(r -> r.binary(op, a, b, out), out, a, b, out);
            return;
        }
        String kernel = (op.isComparison() ? "compare_" : "binary_") + Kernels.suffix(a.dtype());
        elementwise(kernel, out.numel(), op.ordinal(), lay, x.mem(), y.mem(), out(out), x.value(), y.value(),
                (x.scalar() ? 1 : 0) | (y.scalar() ? 2 : 0));
    }

    @Override
    public synchronized void where(View cond, View a, View b, View out) {
        View c = onDevice(cond);
        Operand x = operand(a);
        Operand y = operand(b);
        int[] lay = Layout.elementwise(out.shape(), new int[][] {c.strides(), x.strides(), y.strides(), out.strides()},
                new int[] {c.offset(), x.offset(), y.offset(), out.offset()});
        if (lay == null) {
            host(r -> r.where(cond, a, b, out), out, cond, a, b, out);
            return;
        }
        elementwise("where_" + Kernels.suffix(out.dtype()), out.numel(), lay, ((OpenClStorage) c.storage()).mem,
                x.mem(), y.mem(), out(out), x.value(), y.value(), (x.scalar() ? 1 : 0) | (y.scalar() ? 2 : 0));
    }

    // ---- reductions, products, indexing -------------------------------------------------------------------------

    @Override
    public synchronized void reduce(ReduceOp op, View x, View out) {
        View d = onDevice(x);
        if (!OpenClReductions.reduce(this, op, d, out)) {
            host(r -> r.reduce(op, d, out), out, d, out);
        }
    }

    @Override
    public synchronized void matmul(View a, View b, View out) {
        if (!a.dtype().isFloating()) {
            host(r -> r.matmul(a, b, out), out, a, b, out);
            return;
        }
        OpenClMatmul.multiply(this, onDevice(a), onDevice(b), out);
    }

    @Override
    public synchronized void argmax(View x, int dim, View out) {
        View d = onDevice(x);
        int[] lay = Layout.argmax(d, dim, out);
        if (lay == null) {
            host(r -> r.argmax(d, dim, out), out, d, out);
            return;
        }
        elementwise("argmax_" + Kernels.suffix(x.dtype()), out.numel(), lay, ((OpenClStorage) d.storage()).mem, out(out));
    }

    @Override
    public synchronized void gather(View x, int dim, View index, View out) {
        View d = onDevice(x);
        View i = onDevice(index);
        int[] lay = Layout.indexed(d, dim, i, out, out.numel());
        if (lay == null) {
            host(r -> r.gather(d, dim, i, out), out, d, i, out);
            return;
        }
        indexOpsPending = true;
        elementwise("gather_" + Kernels.suffix(x.dtype()), out.numel(), lay, ((OpenClStorage) d.storage()).mem,
                ((OpenClStorage) i.storage()).mem, out(out), errors.mem);
    }

    @Override
    public synchronized void scatterAdd(View dst, int dim, View index, View src) {
        View i = onDevice(index);
        View s = onDevice(src);
        int along = index.shape().length == 0 ? 1 : index.shape()[dim];
        int columns = along == 0 ? 0 : index.numel() / along;
        int[] lay = Layout.indexed(dst, dim, i, s, columns);
        if (lay == null || dst.dtype() == DType.BOOL) {
            host(r -> r.scatterAdd(dst, dim, i, s), dst, dst, i, s);
            return;
        }
        indexOpsPending = true;
        elementwise("scatter_add_" + Kernels.suffix(dst.dtype()), columns, lay, in((OpenClStorage) dst.storage()),
                ((OpenClStorage) i.storage()).mem, ((OpenClStorage) s.storage()).mem, errors.mem);
    }

    private void checkIndexErrors() {
        if (!indexOpsPending) {
            return;
        }
        indexOpsPending = false;
        long[] flag = new long[1];
        run("read", () -> clEnqueueReadBuffer(cl.queue, in(errors), CL_TRUE, 0, 8, Pointer.to(flag), 0, null, null));
        if (flag[0] != 0) {
            errors.zeroPending = true;
            throw new TensorException("index out of range in gather or scatter_add on " + device
                    + " (found when the result was read)");
        }
    }

    // ---- the host path ------------------------------------------------------------------------------------------

    /**
     * Runs an operation on the reference backend: the views are brought to the host (as contiguous arrays of their
     * dtypes), {@code op} runs on host views in the same order, and {@code result}'s host copy is written back.
     */
    private void host(Consumer<Hosted> op, View result, View... views) {
        View[] local = new View[views.length];
        View hostResult = null;
        for (int i = 0; i < views.length; i++) {
            View v = views[i];
            View hv = View.of(v.dtype().isFloating() ? ReferenceBackend.INSTANCE.fromDoubles(v.dtype(), readDoubles(v))
                    : ReferenceBackend.INSTANCE.fromLongs(v.dtype(), readLongs(v)), v.shape());
            local[i] = hv;
            if (v == result && hostResult == null) {
                hostResult = hv;
            }
        }
        op.accept(new Hosted(views, local));
        View back = View.of(result.dtype().isFloating()
                ? fromDoubles(result.dtype(), ReferenceBackend.INSTANCE.toDoubles(hostResult))
                : fromLongs(result.dtype(), ReferenceBackend.INSTANCE.toLongs(hostResult)), result.shape());
        int[] lay = Layout.elementwise(result.shape(), back, result);
        if (lay == null) {
            throw new TensorException("a tensor with more than " + Kernels.MAXD + " dimensions that cannot be merged is "
                    + "not supported on " + device);
        }
        elementwise("copy_" + Kernels.suffix(back.dtype()) + "_" + Kernels.suffix(result.dtype()), result.numel(), lay,
                ((OpenClStorage) back.storage()).mem, out(result));
    }

    private double[] readDoubles(View v) {
        return v.storage().backend() == this ? toDoubles(v) : v.storage().backend().toDoubles(v);
    }

    private long[] readLongs(View v) {
        return v.storage().backend() == this ? toLongs(v) : v.storage().backend().toLongs(v);
    }

    /** The reference backend applied to host copies: each device view given to it is replaced by its copy. */
    static final class Hosted {
        private final View[] device;
        private final View[] host;

        Hosted(View[] device, View[] host) {
            this.device = device;
            this.host = host;
        }

        private View h(View v) {
            for (int i = 0; i < device.length; i++) {
                if (device[i] == v) {
                    return host[i];
                }
            }
            return v;
        }

        void copy(View s, View d) {
            ReferenceBackend.INSTANCE.copy(h(s), h(d));
        }

        void fill(View d, double value) {
            ReferenceBackend.INSTANCE.fill(h(d), value);
        }

        void unary(UnaryOp op, View x, View o) {
            ReferenceBackend.INSTANCE.unary(op, h(x), h(o));
        }

        void binary(BinaryOp op, View a, View b, View o) {
            ReferenceBackend.INSTANCE.binary(op, h(a), h(b), h(o));
        }

        void where(View c, View a, View b, View o) {
            ReferenceBackend.INSTANCE.where(h(c), h(a), h(b), h(o));
        }

        void reduce(ReduceOp op, View x, View o) {
            ReferenceBackend.INSTANCE.reduce(op, h(x), h(o));
        }

        void matmul(View a, View b, View o) {
            ReferenceBackend.INSTANCE.matmul(h(a), h(b), h(o));
        }

        void argmax(View x, int dim, View o) {
            ReferenceBackend.INSTANCE.argmax(h(x), dim, h(o));
        }

        void gather(View x, int dim, View i, View o) {
            ReferenceBackend.INSTANCE.gather(h(x), dim, h(i), h(o));
        }

        void scatterAdd(View d, int dim, View i, View s) {
            ReferenceBackend.INSTANCE.scatterAdd(h(d), dim, h(i), h(s));
        }
    }

    /** Runs an OpenCL call, turning the driver's errors into engine errors that say what failed. */
    void run(String what, Runnable call) {
        try {
            call.run();
        } catch (CLException e) {
            if (BufferPool.outOfMemory(e)) {
                throw new TensorException("out of device memory on " + device + " (" + cl.name + ") in " + what);
            }
            throw new TensorException("OpenCL error on " + device + " (" + cl.name + ") in " + what + ": " + e.getMessage());
        }
    }
}
