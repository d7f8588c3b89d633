package adjoint.engine.backend;

import adjoint.engine.DType;
import adjoint.engine.Device;
import adjoint.engine.TensorException;

/**
 * The plain-Java backend: simple loops over strided views, float math in double precision (float32 results are
 * rounded once on store). It is the reference the faster backends are tested against.
 */
public final class ReferenceBackend implements Backend {
    public static final ReferenceBackend INSTANCE = new ReferenceBackend();

    private ReferenceBackend() {
    }

    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public Device device() {
        return Device.CPU;
    }

    @Override
    public Storage allocate(DType dtype, int size) {
        return new CpuStorage(this, dtype, size);
    }

    @Override
    public Storage fromDoubles(DType dtype, double[] data) {
        CpuStorage s = new CpuStorage(this, dtype, data.length);
        for (int i = 0; i < data.length; i++) {
            s.set(i, data[i]);
        }
        return s;
    }

    @Override
    public Storage fromLongs(DType dtype, long[] data) {
        CpuStorage s = new CpuStorage(this, dtype, data.length);
        for (int i = 0; i < data.length; i++) {
            s.setLong(i, data[i]);
        }
        return s;
    }

    private static CpuStorage cpu(View v) {
        return (CpuStorage) v.storage();
    }

    @Override
    public double[] toDoubles(View v) {
        int[] off = StridedIndex.offsets(v);
        CpuStorage s = cpu(v);
        double[] out = new double[off.length];
        for (int i = 0; i < off.length; i++) {
            out[i] = s.get(off[i]);
        }
        return out;
    }

    @Override
    public long[] toLongs(View v) {
        int[] off = StridedIndex.offsets(v);
        CpuStorage s = cpu(v);
        long[] out = new long[off.length];
        for (int i = 0; i < off.length; i++) {
            out[i] = s.getLong(off[i]);
        }
        return out;
    }

    @Override
    public void copy(View src, View dst) {
        int[] so = StridedIndex.offsets(src);
        int[] d = StridedIndex.offsets(dst);
        CpuStorage s = cpu(src);
        CpuStorage t = cpu(dst);
        boolean exact = !src.dtype().isFloating() && !dst.dtype().isFloating();
        for (int i = 0; i < d.length; i++) {
            if (exact) {
                t.setLong(d[i], s.getLong(so[i]));
            } else {
                t.set(d[i], s.get(so[i]));
            }
        }
    }

    @Override
    public void fill(View dst, double value) {
        CpuStorage t = cpu(dst);
        for (int o : StridedIndex.offsets(dst)) {
            t.set(o, value);
        }
    }

    @Override
    public void unary(UnaryOp op, View x, View out) {
        int[] xo = StridedIndex.offsets(x);
        int[] oo = StridedIndex.offsets(out);
        CpuStorage s = cpu(x);
        CpuStorage t = cpu(out);
        if (!x.dtype().isFloating()) {
            for (int i = 0; i < xo.length; i++) {
                long v = s.getLong(xo[i]);
                t.setLong(oo[i], switch (op) {
                    case NEG -> -v;
                    case ABS -> Math.abs(v);
                    case SIGN -> Long.signum(v);
                    default -> throw new TensorException(op.name().toLowerCase() + " needs a floating-point tensor");
                });
            }
            return;
        }
        for (int i = 0; i < xo.length; i++) {
            t.set(oo[i], ScalarMath.unary(op, s.get(xo[i])));
        }
    }

    @Override
    public void binary(BinaryOp op, View a, View b, View out) {
        int[] ao = StridedIndex.offsets(a);
        int[] bo = StridedIndex.offsets(b);
        int[] oo = StridedIndex.offsets(out);
        CpuStorage sa = cpu(a);
        CpuStorage sb = cpu(b);
        CpuStorage t = cpu(out);
        if (!a.dtype().isFloating()) {
            for (int i = 0; i < oo.length; i++) {
                t.setLong(oo[i], ScalarMath.binary(op, sa.getLong(ao[i]), sb.getLong(bo[i])));
            }
            return;
        }
        for (int i = 0; i < oo.length; i++) {
            t.set(oo[i], ScalarMath.binary(op, sa.get(ao[i]), sb.get(bo[i])));
        }
    }

    @Override
    public void where(View cond, View a, View b, View out) {
        int[] co = StridedIndex.offsets(cond);
        int[] ao = StridedIndex.offsets(a);
        int[] bo = StridedIndex.offsets(b);
        int[] oo = StridedIndex.offsets(out);
        CpuStorage c = cpu(cond);
        CpuStorage sa = cpu(a);
        CpuStorage sb = cpu(b);
        CpuStorage t = cpu(out);
        boolean exact = !out.dtype().isFloating();
        for (int i = 0; i < oo.length; i++) {
            CpuStorage src = c.getLong(co[i]) != 0 ? sa : sb;
            int o = src == sa ? ao[i] : bo[i];
            if (exact) {
                t.setLong(oo[i], src.getLong(o));
            } else {
                t.set(oo[i], src.get(o));
            }
        }
    }

    @Override
    public void reduce(ReduceOp op, View x, View out) {
        int[] reducedStrides = Layouts.keepdimStrides(out.shape());
        int[] xo = StridedIndex.offsets(x);
        int[] target = StridedIndex.offsets(x.shape(), reducedStrides, 0);
        int n = out.numel();
        CpuStorage s = cpu(x);
        boolean exact = !x.dtype().isFloating();
        double[] acc = new double[n];
        long[] accL = new long[n];
        if (op == ReduceOp.MAX) {
            java.util.Arrays.fill(acc, Double.NEGATIVE_INFINITY);
            java.util.Arrays.fill(accL, Long.MIN_VALUE);
        }
        for (int i = 0; i < xo.length; i++) {
            int k = target[i];
            if (exact) {
                long v = s.getLong(xo[i]);
                accL[k] = op == ReduceOp.SUM ? accL[k] + v : Math.max(accL[k], v);
            } else {
                double v = s.get(xo[i]);
                acc[k] = op == ReduceOp.SUM ? acc[k] + v : (v > acc[k] || Double.isNaN(v) ? v : acc[k]);
            }
        }
        int[] oo = StridedIndex.offsets(out);
        CpuStorage t = cpu(out);
        for (int i = 0; i < n; i++) {
            if (exact) {
                t.setLong(oo[i], accL[i]);
            } else {
                t.set(oo[i], acc[i]);
            }
        }
    }

    @Override
    public void matmul(View a, View b, View out) {
        int rank = a.shape().length;
        int m = a.shape()[rank - 2];
        int k = a.shape()[rank - 1];
        int n = b.shape()[rank - 1];
        int batch = m * k == 0 ? out.numel() / Math.max(1, m * n) : a.numel() / (m * k);
        CpuStorage t = cpu(out);
        int[] oo = StridedIndex.offsets(out);
        if (!a.dtype().isFloating()) {
            long[] x = toLongs(a);
            long[] y = toLongs(b);
            for (int p = 0; p < batch; p++) {
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        long sum = 0;
                        for (int q = 0; q < k; q++) {
                            sum += x[(p * m + i) * k + q] * y[(p * k + q) * n + j];
                        }
                        t.setLong(oo[(p * m + i) * n + j], sum);
                    }
                }
            }
            return;
        }
        double[] x = toDoubles(a);
        double[] y = toDoubles(b);
        double[] acc = new double[n];
        for (int p = 0; p < batch; p++) {
            for (int i = 0; i < m; i++) {
                java.util.Arrays.fill(acc, 0);
                for (int q = 0; q < k; q++) {
                    double xv = x[(p * m + i) * k + q];
                    int row = (p * k + q) * n;
                    for (int j = 0; j < n; j++) {
                        acc[j] += xv * y[row + j];
                    }
                }
                for (int j = 0; j < n; j++) {
                    t.set(oo[(p * m + i) * n + j], acc[j]);
                }
            }
        }
    }

    @Override
    public void gather(View x, int dim, View index, View out) {
        long[] idx = toLongs(index);
        int[] src = Layouts.gatherOffsets(x, dim, index.shape(), idx);
        int[] oo = StridedIndex.offsets(out);
        CpuStorage s = cpu(x);
        CpuStorage t = cpu(out);
        for (int i = 0; i < oo.length; i++) {
            if (x.dtype().isFloating()) {
                t.set(oo[i], s.get(src[i]));
            } else {
                t.setLong(oo[i], s.getLong(src[i]));
            }
        }
    }

    @Override
    public void scatterAdd(View dst, int dim, View index, View src) {
        long[] idx = toLongs(index);
        int[] target = Layouts.gatherOffsets(dst, dim, index.shape(), idx);
        int[] so = StridedIndex.offsets(src.shape(), src.strides(), src.offset());
        CpuStorage s = cpu(src);
        CpuStorage t = cpu(dst);
        for (int i = 0; i < target.length; i++) {
            t.set(target[i], t.get(target[i]) + s.get(so[i]));
        }
    }

    @Override
    public void argmax(View x, int dim, View out) {
        int[] outShape = out.shape();
        int[] target = StridedIndex.offsets(x.shape(), Layouts.keepdimStrides(outShape), 0);
        int[] xo = StridedIndex.offsets(x);
        int[] coordinate = StridedIndex.offsets(x.shape(), Layouts.axisCounter(x.shape(), dim), 0);
        int n = out.numel();
        double[] best = new double[n];
        long[] arg = new long[n];
        boolean[] seen = new boolean[n];
        CpuStorage s = cpu(x);
        for (int i = 0; i < xo.length; i++) {
            int k = target[i];
            double v = s.get(xo[i]);
            if (!seen[k] || (!Double.isNaN(best[k]) && (v > best[k] || Double.isNaN(v)))) {
                seen[k] = true;
                best[k] = v;
                arg[k] = coordinate[i];
            }
        }
        int[] oo = StridedIndex.offsets(out);
        CpuStorage t = cpu(out);
        for (int i = 0; i < n; i++) {
            t.setLong(oo[i], arg[i]);
        }
    }
}
