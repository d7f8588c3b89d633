package adjoint.engine.backend;

import adjoint.engine.DType;

/**
 * A flat block of elements of one dtype, owned by a backend. Views of one storage share its version counter,
 * which in-place operations bump so autograd can detect a saved tensor that changed.
 */
public abstract class Storage {
    private final DType dtype;
    private final int size;
    private int version;

    protected Storage(DType dtype, int size) {
        this.dtype = dtype;
        this.size = size;
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
