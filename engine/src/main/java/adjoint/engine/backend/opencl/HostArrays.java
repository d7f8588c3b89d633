package adjoint.engine.backend.opencl;

import adjoint.engine.DType;
import org.jocl.Pointer;

/** Host arrays in a device dtype's layout (float[], double[], long[], byte[] for bool) and kernel scalars. */
final class HostArrays {
    private HostArrays() {
    }

    static Object allocate(DType t, int n) {
        return switch (t) {
            case FLOAT32 -> new float[n];
            case FLOAT64 -> new double[n];
            case INT64 -> new long[n];
            case BOOL -> new byte[n];
        };
    }

    static Object fromDoubles(DType t, double[] data) {
        Object a = allocate(t, data.length);
        for (int i = 0; i < data.length; i++) {
            switch (a) {
                case float[] f -> f[i] = (float) data[i];
                case double[] d -> d[i] = data[i];
                case long[] l -> l[i] = (long) data[i];
                case byte[] b -> b[i] = (byte) (data[i] != 0 ? 1 : 0);
                default -> throw new IllegalStateException();
            }
        }
        return a;
    }

    static Object fromLongs(DType t, long[] data) {
        Object a = allocate(t, data.length);
        for (int i = 0; i < data.length; i++) {
            switch (a) {
                case float[] f -> f[i] = data[i];
                case double[] d -> d[i] = data[i];
                case long[] l -> l[i] = data[i];
                case byte[] b -> b[i] = (byte) (data[i] != 0 ? 1 : 0);
                default -> throw new IllegalStateException();
            }
        }
        return a;
    }

    static double[] toDoubles(DType t, Object a) {
        return switch (a) {
            case float[] f -> {
                double[] d = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    d[i] = f[i];
                }
                yield d;
            }
            case double[] d -> d;
            case long[] l -> {
                double[] d = new double[l.length];
                for (int i = 0; i < l.length; i++) {
                    d[i] = l[i];
                }
                yield d;
            }
            case byte[] b -> {
                double[] d = new double[b.length];
                for (int i = 0; i < b.length; i++) {
                    d[i] = b[i] != 0 ? 1 : 0;
                }
                yield d;
            }
            default -> throw new IllegalStateException(t.toString());
        };
    }

    static long[] toLongs(DType t, Object a) {
        return switch (a) {
            case float[] f -> {
                long[] l = new long[f.length];
                for (int i = 0; i < f.length; i++) {
                    l[i] = (long) f[i];
                }
                yield l;
            }
            case double[] d -> {
                long[] l = new long[d.length];
                for (int i = 0; i < d.length; i++) {
                    l[i] = (long) d[i];
                }
                yield l;
            }
            case long[] l -> l;
            case byte[] b -> {
                long[] l = new long[b.length];
                for (int i = 0; i < b.length; i++) {
                    l[i] = b[i] != 0 ? 1 : 0;
                }
                yield l;
            }
            default -> throw new IllegalStateException(t.toString());
        };
    }

    static Pointer pointer(Object a) {
        return switch (a) {
            case float[] f -> Pointer.to(f);
            case double[] d -> Pointer.to(d);
            case long[] l -> Pointer.to(l);
            case byte[] b -> Pointer.to(b);
            default -> throw new IllegalStateException();
        };
    }

    /** A kernel argument of the C type of {@code t} holding {@code v}. */
    static Object scalar(DType t, double v) {
        return switch (t) {
            case FLOAT32 -> (float) v;
            case FLOAT64 -> v;
            case INT64 -> (long) v;
            case BOOL -> (byte) (v != 0 ? 1 : 0);
        };
    }

    static Object scalar(DType t, long v) {
        return switch (t) {
            case FLOAT32 -> (float) v;
            case FLOAT64 -> (double) v;
            case INT64 -> v;
            case BOOL -> (byte) (v != 0 ? 1 : 0);
        };
    }
}
