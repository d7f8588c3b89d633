package adjoint.engine.backend;

import adjoint.engine.DType;

/**
 * A storage in Java heap arrays: one typed array according to the dtype. The reference and the SIMD backend both
 * keep their tensors in these, so either can read the other's data without a copy.
 */
public final class CpuStorage extends Storage {
    private final Backend backend;
    final double[] f64;
    final float[] f32;
    final long[] i64;
    final boolean[] bool;

    /** A zero-filled storage owned by {@code backend} (the backend that computes on tensors over it). */
    public CpuStorage(Backend backend, DType dtype, int size) {
        super(dtype, size);
        this.backend = backend;
        f64 = dtype == DType.FLOAT64 ? new double[size] : null;
        f32 = dtype == DType.FLOAT32 ? new float[size] : null;
        i64 = dtype == DType.INT64 ? new long[size] : null;
        bool = dtype == DType.BOOL ? new boolean[size] : null;
    }

    @Override
    public Backend backend() {
        return backend;
    }

    /** The float64 array, or null; for backends that work on the arrays directly. */
    public double[] doubles() {
        return f64;
    }

    /** The float32 array, or null. */
    public float[] floats() {
        return f32;
    }

    /** The int64 array, or null. */
    public long[] longs() {
        return i64;
    }

    /** The bool array, or null. */
    public boolean[] booleans() {
        return bool;
    }

    double get(int i) {
        return switch (dtype()) {
            case FLOAT64 -> f64[i];
            case FLOAT32 -> f32[i];
            case INT64 -> i64[i];
            case BOOL -> bool[i] ? 1 : 0;
        };
    }

    long getLong(int i) {
        return switch (dtype()) {
            case FLOAT64 -> (long) f64[i];
            case FLOAT32 -> (long) f32[i];
            case INT64 -> i64[i];
            case BOOL -> bool[i] ? 1 : 0;
        };
    }

    void set(int i, double v) {
        switch (dtype()) {
            case FLOAT64 -> f64[i] = v;
            case FLOAT32 -> f32[i] = (float) v;
            case INT64 -> i64[i] = (long) v;
            case BOOL -> bool[i] = v != 0;
        }
    }

    void setLong(int i, long v) {
        switch (dtype()) {
            case FLOAT64 -> f64[i] = v;
            case FLOAT32 -> f32[i] = v;
            case INT64 -> i64[i] = v;
            case BOOL -> bool[i] = v != 0;
        }
    }
}
