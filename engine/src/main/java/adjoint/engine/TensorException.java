package adjoint.engine;

/** An error in the use of tensors, with PyTorch's wording where PyTorch has one. */
public final class TensorException extends RuntimeException {
    public TensorException(String message) {
        super(message);
    }
}
