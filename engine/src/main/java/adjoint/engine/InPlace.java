package adjoint.engine;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * In-place operations: compute out of place, write the result into the tensor's storage, bump the version counter
 * that views share, and make the tensor's history the new operation (PyTorch's rebase), refusing what PyTorch refuses.
 */
final class InPlace {
    private InPlace() {
    }

    static Tensor apply(Tensor self, String op, UnaryOperator<Tensor> compute) {
        boolean tracking = NoGrad.isGradEnabled();
        if (tracking && self.requiresGrad() && self.isLeaf()) {
            throw new TensorException("a leaf Variable that requires grad is being used in an in-place operation.");
        }
        Tensor base = self.base();
        if (tracking && base != null && base.requiresGrad() && base.isLeaf()) {
            throw new TensorException("a view of a leaf Variable that requires grad is being used in an in-place operation.");
        }
        for (int i = 0; i < self.dim(); i++) {
            if (self.strides()[i] == 0 && self.shape()[i] > 1) {
                throw new TensorException("unsupported operation: more than one element of the written-to tensor refers "
                        + "to a single memory location. Please clone() the tensor before performing the operation.");
            }
        }
        Tensor before = previous(self);
        Tensor result = compute.apply(before);
        if (!Arrays.equals(result.shape(), self.shape())) {
            throw new TensorException("output with shape " + Shapes.format(self.shape())
                    + " doesn't match the broadcast shape " + Shapes.format(result.shape()));
        }
        if (result.dtype().ordinal() > self.dtype().ordinal() && !(result.dtype().isFloating() && self.dtype().isFloating())) {
            throw new TensorException("result type " + title(result.dtype()) + " can't be cast to the desired output type "
                    + title(self.dtype()));
        }
        if (tracking && result.requiresGrad() && base != null && base.requiresGrad()) {
            throw new TensorException("in-place " + op + " on a view of a tensor that requires grad is not supported; "
                    + "use the out-of-place operation instead");
        }
        Tensor.exec(self).copy(result.strided(), self.strided());
        self.storage().bumpVersion();
        if (tracking && result.requiresGrad()) {
            result.node().output = self;
            self.attach(result.node());
        }
        return self;
    }

    /**
     * The tensor as it was before the operation: its own copy of the data (so that a gradient rule saving it is not
     * disturbed by the write) carrying the history the tensor had.
     */
    private static Tensor previous(Tensor self) {
        if (!self.requiresGrad()) {
            return self.detach();
        }
        Tensor copy = Tensor.zerosOn(self, self.dtype(), self.shape());
        Tensor.exec(copy).copy(self.strided(), copy.strided());
        if (self.node() != null) {
            copy.attach(self.node());
        } else if (self.requiresGrad()) {
            copy.requiresGrad(true);
        }
        return copy;
    }

    private static String title(DType t) {
        return switch (t) {
            case FLOAT32 -> "Float";
            case FLOAT64 -> "Double";
            case INT64 -> "Long";
            case BOOL -> "Bool";
        };
    }
}
