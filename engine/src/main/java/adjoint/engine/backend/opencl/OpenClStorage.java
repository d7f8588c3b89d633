package adjoint.engine.backend.opencl;

import adjoint.engine.DType;
import adjoint.engine.backend.Backend;
import adjoint.engine.backend.Storage;
import org.jocl.cl_mem;

/**
 * A storage in device memory: one OpenCL buffer that stays on the device across operations; it returns to its
 * device's pool when the storage becomes unreachable. New storages are zero-filled lazily: an operation that writes
 * every element first skips the fill.
 */
final class OpenClStorage extends Storage {
    private final OpenClBackend backend;
    final cl_mem mem;
    /** The buffer's size in bytes (a multiple of 256, at least one element). */
    final long bytes;
    /** True until the buffer has been zero-filled or wholly written. */
    boolean zeroPending = true;

    OpenClStorage(OpenClBackend backend, DType dtype, int size, cl_mem mem, long bytes) {
        super(dtype, size);
        this.backend = backend;
        this.mem = mem;
        this.bytes = bytes;
    }

    @Override
    public Backend backend() {
        return backend;
    }
}
