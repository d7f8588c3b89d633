package adjoint.engine.backend;

import adjoint.engine.DType;

/**
 * A flat block of elements of one dtype, owned by a backend. Views of one storage share its version counter,
 * which in-place operations bump so autograd can detect a saved tensor that changed.
 */
public abstract class Storage {
    private static final java.util.concurrent.atomic.AtomicLong CREATED = new java.util.concurrent.atomic.AtomicLong();
    private final DType dtype;
    private final int size;
    private final long serial = CREATED.incrementAndGet();
    private int version;

    protected Storage(DType dtype, int size) {
        this.dtype = dtype;
        this.size = size;
    }

    /** Storages are numbered as they are created: a storage with a higher number was created later. */
    public final long serial() {
        return serial;
    }

    /** The number of the newest storage so far. */
    public static long newestSerial() {
        return CREATED.get();
    }

    public final DType dtype() {
        return dtype;
    }

    public final int size() {
        return size;
    }

    public final int version() {
        return version;
    }

    public final void bumpVersion() {
        version++;
    }

    public abstract Backend backend();
}
