package adjoint.engine.backend;

import adjoint.engine.DType;
import adjoint.engine.Shapes;

/** A strided window onto a storage: what every backend kernel reads and writes. */
public record View(Storage storage, int[] shape, int[] strides, int offset) {
    public DType dtype() {
        return storage.dtype();
    }

    public int numel() {
        return Shapes.numel(shape);
    }

    public boolean isContiguous() {
        return Shapes.isContiguous(shape, strides);
    }

    /** A contiguous view over a whole new storage. */
    public static View of(Storage storage, int[] shape) {
        return new View(storage, shape, Shapes.contiguousStrides(shape), 0);
    }
}
