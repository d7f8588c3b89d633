package adjoint.engine.backend.simd;

import adjoint.engine.DType;
import adjoint.engine.Device;
import adjoint.engine.Shapes;
import adjoint.engine.backend.Backend;
import adjoint.engine.backend.BinaryOp;
import adjoint.engine.backend.CpuStorage;
import adjoint.engine.backend.ElementwiseProgram;
import adjoint.engine.backend.ReduceOp;
import adjoint.engine.backend.ReferenceBackend;
import adjoint.engine.backend.ScalarMath;
import adjoint.engine.backend.Storage;
import adjoint.engine.backend.UnaryOp;
import adjoint.engine.backend.View;

/**
 * The Vector API backend. Its tensors are the reference backend's heap arrays ({@link CpuStorage}), so the two
 * read each other's data; float32 and float64 elementwise operations, reductions and matrix products run in vector
 * kernels on all cores, and everything else (integer and bool arithmetic, gather, scatter, argmax) is the
 * reference's code.
 *
 * <pre>{@code
 * try (var d = DefaultDevice.use(Device.parse("simd"))) {
 *     Tensor.ones(3).add(1.0).sum().item(); // 6.0
 * }
 * }</pre>
 */
public final class SimdBackend implements Backend {
    public static final SimdBackend INSTANCE = new SimdBackend();
    private static final Device DEVICE = new Device("simd", 0);
    private static final ReferenceBackend REF = ReferenceBackend.INSTANCE;
    /** Elements per thread below which an elementwise operation stays on one thread. */
    private static final int GRAIN = 1 << 15;

    private SimdBackend() {
    }

    /** Whether the Vector API ({@code jdk.incubator.vector}) is present in this JVM. */
    public static boolean available() {
        try {
            return FloatLoops.S.length() > 0 && DoubleLoops.S.length() > 0;
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }

    /** The vector width in bits the kernels use, e.g. 512 with AVX-512. */
    public static int vectorBits() {
        return FloatLoops.S.vectorBitSize();
    }

    @Override
    public String name() {
        return "simd";
    }

    @Override
    public Device device() {
        return DEVICE;
    }

    @Override
    public Storage allocate(DType dtype, int size) {
        return new CpuStorage(this, dtype, size);
    }

    @Override
    public Storage fromDoubles(DType dtype, double[] data) {
        CpuStorage s = new CpuStorage(this, dtype, data.length);
        switch (dtype) {
            case FLOAT64 -> System.arraycopy(data, 0, s.doubles(), 0, data.length);
            case FLOAT32 -> {
                float[] f = s.floats();
                for (int i = 0; i < data.length; i++) {
                    f[i] = (float) data[i];
                }
            }
            case INT64 -> {
                long[] l = s.longs();
                for (int i = 0; i < data.length; i++) {
                    l[i] = (long) data[i];
                }
            }
            case BOOL -> {
                boolean[] b = s.booleans();
                for (int i = 0; i < data.length; i++) {
                    b[i] = data[i] != 0;
                }
            }
        }
        return s;
    }

    @Override
    public Storage fromLongs(DType dtype, long[] data) {
        if (dtype.isFloating()) {
            double[] d = new double[data.length];
            for (int i = 0; i < data.length; i++) {
                d[i] = data[i];
            }
            return fromDoubles(dtype, d);
        }
        CpuStorage s = new CpuStorage(this, dtype, data.length);
        for (int i = 0; i < data.length; i++) {
            if (dtype == DType.INT64) {
                s.longs()[i] = data[i];
            } else {
                s.booleans()[i] = data[i] != 0;
            }
        }
        return s;
    }

    @Override
    public double[] toDoubles(View v) {
        if (!(v.storage() instanceof CpuStorage s)) {
            return v.storage().backend().toDoubles(v);
        }
        if (v.isContiguous() && v.dtype() == DType.FLOAT64) {
            return java.util.Arrays.copyOfRange(s.doubles(), v.offset(), v.offset() + v.numel());
        }
        if (v.isContiguous() && v.dtype() == DType.FLOAT32) {
            double[] out = new double[v.numel()];
            float[] f = s.floats();
            for (int i = 0; i < out.length; i++) {
                out[i] = f[v.offset() + i];
            }
            return out;
        }
        return REF.toDoubles(v);
    }

    @Override
    public long[] toLongs(View v) {
        return v.storage() instanceof CpuStorage ? REF.toLongs(v) : v.storage().backend().toLongs(v);
    }

    @Override
    public void copy(View src, View dst) {
        if (!(src.storage() instanceof CpuStorage)) {
            src = hostCopy(src);
        }
        if (!isFloat(src) || !isFloat(dst)) {
            REF.copy(src, dst);
            return;
        }
        Object x = array(src);
        Object o = array(dst);
        if (dst.numel() == 1) {
            copyOne(x, src.offset(), o, dst.offset());
            return;
        }
        Strided it = Strided.of(dst.shape(), src, dst);
        int xs = it.innerStride(0);
        int os = it.innerStride(1);
        if (it.rank() == 2 && xs != 1 && os == 1 && x.getClass() == o.getClass()) {
            Transpose.copy(it, x, o);
            return;
        }
        Parallel.forRange(it.numel(), GRAIN, (from, to) -> it.forEach(from, to, (p, n) -> {
            if (x instanceof float[] xf && o instanceof float[] of) {
                FloatLoops.copy(xf, p[0], xs, of, p[1], os, n);
            } else if (x instanceof double[] xd && o instanceof double[] od) {
                DoubleLoops.copy(xd, p[0], xs, od, p[1], os, n);
            } else if (x instanceof float[] xf) {
                double[] od = (double[]) o;
                for (int i = 0; i < n; i++) {
                    od[p[1] + i * os] = xf[p[0] + i * xs];
                }
            } else {
                double[] xd = (double[]) x;
                float[] of = (float[]) o;
                for (int i = 0; i < n; i++) {
                    of[p[1] + i * os] = (float) xd[p[0] + i * xs];
                }
            }
        }));
    }

    private static void copyOne(Object x, int xo, Object o, int oo) {
        double v = x instanceof float[] f ? f[xo] : ((double[]) x)[xo];
        if (o instanceof float[] f) {
            f[oo] = (float) v;
        } else {
            ((double[]) o)[oo] = v;
        }
    }

    /** A view of another device's data brought into a heap array (for {@code copy_} across devices). */
    private View hostCopy(View src) {
        Storage s = src.dtype().isFloating() ? fromDoubles(src.dtype(), src.storage().backend().toDoubles(src))
                : fromLongs(src.dtype(), src.storage().backend().toLongs(src));
        return View.of(s, src.shape());
    }

    @Override
    public void fill(View dst, double value) {
        if (dst.isContiguous() && dst.dtype() == DType.FLOAT32) {
            java.util.Arrays.fill(((CpuStorage) dst.storage()).floats(), dst.offset(), dst.offset() + dst.numel(), (float) value);
        } else if (dst.isContiguous() && dst.dtype() == DType.FLOAT64) {
            java.util.Arrays.fill(((CpuStorage) dst.storage()).doubles(), dst.offset(), dst.offset() + dst.numel(), value);
        } else {
            REF.fill(dst, value);
        }
    }

    @Override
    public void unary(UnaryOp op, View x, View out) {
        if (!isFloat(x) || x.dtype() != out.dtype()) {
            REF.unary(op, x, out);
            return;
        }
        Object xa = array(x);
        Object oa = array(out);
        if (out.numel() == 1) {
            if (xa instanceof float[] xf) {
                ((float[]) oa)[out.offset()] = (float) ScalarMath.unary(op, xf[x.offset()]);
            } else {
                ((double[]) oa)[out.offset()] = ScalarMath.unary(op, ((double[]) xa)[x.offset()]);
            }
            return;
        }
        Strided it = Strided.of(out.shape(), x, out);
        int xs = it.innerStride(0);
        int os = it.innerStride(1);
        Parallel.forRange(it.numel(), grain(op), (from, to) -> it.forEach(from, to, (p, n) -> {
            if (xa instanceof float[] xf) {
                FloatLoops.unary(op, xf, p[0], xs, (float[]) oa, p[1], os, n);
            } else {
                DoubleLoops.unary(op, (double[]) xa, p[0], xs, (double[]) oa, p[1], os, n);
            }
        }));
    }

    /** Transcendental functions cost tens of cycles an element: worth threads sooner. */
    private static int grain(UnaryOp op) {
        return switch (op) {
            case NEG, ABS, SIGN, SQRT -> GRAIN;
            default -> GRAIN / 8;
        };
    }

    @Override
    public void binary(BinaryOp op, View a, View b, View out) {
        if (!isFloat(a) || a.dtype() != b.dtype() || (!op.isComparison() && out.dtype() != a.dtype())) {
            REF.binary(op, a, b, out);
            return;
        }
        Object aa = array(a);
        Object ba = array(b);
        CpuStorage o = (CpuStorage) out.storage();
        if (out.numel() == 1 && !op.isComparison()) {
            if (aa instanceof float[] af) {
                o.floats()[out.offset()] = (float) ScalarMath.binary(op, af[a.offset()], ((float[]) ba)[b.offset()]);
            } else {
                o.doubles()[out.offset()] = ScalarMath.binary(op, ((double[]) aa)[a.offset()], ((double[]) ba)[b.offset()]);
            }
            return;
        }
        Strided it = Strided.of(out.shape(), a, b, out);
        int as = it.innerStride(0);
        int bs = it.innerStride(1);
        int os = it.innerStride(2);
        Parallel.forRange(it.numel(), op == BinaryOp.POW ? GRAIN / 8 : GRAIN, (from, to) -> it.forEach(from, to, (p, n) -> {
            if (op.isComparison()) {
                if (aa instanceof float[] af) {
                    FloatLoops.compare(op, af, p[0], as, (float[]) ba, p[1], bs, o.booleans(), p[2], os, n);
                } else {
                    DoubleLoops.compare(op, (double[]) aa, p[0], as, (double[]) ba, p[1], bs, o.booleans(), p[2], os, n);
                }
            } else if (aa instanceof float[] af) {
                FloatLoops.binary(op, af, p[0], as, (float[]) ba, p[1], bs, o.floats(), p[2], os, n);
            } else {
                DoubleLoops.binary(op, (double[]) aa, p[0], as, (double[]) ba, p[1], bs, o.doubles(), p[2], os, n);
            }
        }));
    }

    @Override
    public void where(View cond, View a, View b, View out) {
        if (!isFloat(out) || a.dtype() != out.dtype() || b.dtype() != out.dtype()) {
            REF.where(cond, a, b, out);
            return;
        }
        boolean[] c = ((CpuStorage) cond.storage()).booleans();
        Object aa = array(a);
        Object ba = array(b);
        Object oa = array(out);
        Strided it = Strided.of(out.shape(), cond, a, b, out);
        int cs = it.innerStride(0);
        int as = it.innerStride(1);
        int bs = it.innerStride(2);
        int os = it.innerStride(3);
        Parallel.forRange(it.numel(), GRAIN, (from, to) -> it.forEach(from, to, (p, n) -> {
            if (oa instanceof float[] of) {
                FloatLoops.where(c, p[0], cs, (float[]) aa, p[1], as, (float[]) ba, p[2], bs, of, p[3], os, n);
            } else {
                DoubleLoops.where(c, p[0], cs, (double[]) aa, p[1], as, (double[]) ba, p[2], bs, (double[]) oa, p[3], os, n);
            }
        }));
    }

    @Override
    public void reduce(ReduceOp op, View x, View out) {
        if (!isFloat(x) || out.dtype() != x.dtype() || x.numel() == 0 || !out.isContiguous()
                || !SimdReductions.reduce(op, x, out)) {
            REF.reduce(op, x, out);
        }
    }

    @Override
    public void matmul(View a, View b, View out) {
        if (!isFloat(a) || a.dtype() != b.dtype() || out.dtype() != a.dtype()) {
            REF.matmul(a, b, out);
            return;
        }
        View target = out.isContiguous() ? out : View.of(allocate(out.dtype(), out.numel()), out.shape());
        SimdMatmul.multiply(a, b, target);
        if (target != out) {
            copy(target, out);
        }
    }

    /** Tile by tile on all cores where the views are heap arrays; one primitive at a time otherwise. */
    @Override
    public void elementwise(ElementwiseProgram program, View[] inputs, View[] outputs) {
        if (!ElementwiseTiles.run(program, inputs, outputs)) {
            program.runStepByStep(this, inputs, outputs);
        }
    }

    /** As {@link #elementwise}, the outputs allocated by the calling thread while the other threads start. */
    @Override
    public Storage[] elementwiseFresh(ElementwiseProgram program, View[] inputs, DType dtype, int[] shape) {
        Storage[] fresh = ElementwiseTiles.runFresh(this, program, inputs, dtype, Shapes.numel(shape));
        return fresh != null ? fresh : Backend.super.elementwiseFresh(program, inputs, dtype, shape);
    }

    @Override
    public void gather(View x, int dim, View index, View out) {
        REF.gather(x, dim, index, out);
    }

    @Override
    public void scatterAdd(View dst, int dim, View index, View src) {
        REF.scatterAdd(dst, dim, index, src);
    }

    @Override
    public void argmax(View x, int dim, View out) {
        REF.argmax(x, dim, out);
    }

    static boolean isFloat(View v) {
        return v.storage() instanceof CpuStorage && (v.dtype() == DType.FLOAT32 || v.dtype() == DType.FLOAT64);
    }

    /** The float[] or double[] behind a floating view. */
    static Object array(View v) {
        CpuStorage s = (CpuStorage) v.storage();
        return v.dtype() == DType.FLOAT32 ? s.floats() : s.doubles();
    }
}
