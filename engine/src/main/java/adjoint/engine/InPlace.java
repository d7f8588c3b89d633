package adjoint.engine;

import adjoint.engine.backend.BinaryOp;
import adjoint.engine.backend.View;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * In-place operations: compute out of place, write the result into the tensor's storage, bump the version counter
 * that views share, and make the tensor's history the new operation (PyTorch's rebase), refusing what PyTorch refuses.
 */
final class InPlace {
    private InPlace() {
    }

    /**
     * {@code self op= other} for add_, sub_, mul_ and div_: written straight into self's storage by the backend
     * when no history is recorded and no conversion or overlap is involved, else as {@link #apply} does.
     */
    static Tensor binary(Tensor self, BinaryOp op, String name, Tensor other) {
        boolean recording = NoGrad.isGradEnabled() && (self.requiresGrad() || other.requiresGrad() || self.base() != null);
        if (recording || !writableInPlace(self, other)) {
            return apply(self, name, t -> Pointwise.binary(op, t, other));
        }
        View target = self.strided();
        View operand = Pointwise.data(other, self.dtype());
        Tensor.exec(self).binary(op, target, Pointwise.broadcast(operand, self.shapeRef()), target);
        self.storage().bumpVersion();
        return self;
    }

    /** Whether {@code self op= other} can run as one kernel writing self: same dtype, other broadcasts, no overlap. */
    private static boolean writableInPlace(Tensor self, Tensor other) {
        DType type = self.dtype();
        if (!type.isFloating() || !other.dtype().isFloating() || Promotion.resultType(self, other) != type
                || Tensor.placeOf(self, other).storage().backend() != self.storage().backend()
                || other.storage().backend() != self.storage().backend()) {
            return false;
        }
        int[] shape = self.shapeRef();
        int[] strides = self.strides();
        for (int i = 0; i < shape.length; i++) {
            if (strides[i] == 0 && shape[i] > 1) {
                return false;
            }
        }
        if (!Arrays.equals(Shapes.broadcast(shape, other.shapeRef()), shape)) {
            return false;
        }
        return !other.sharesStorageWith(self) || other.storageOffset() == self.storageOffset()
                && Arrays.equals(other.shapeRef(), shape) && Arrays.equals(other.strides(), strides);
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
        Tensor before = tracking ? previous(self) : self.detach();
        Tensor result = compute.apply(before);
        if (!Arrays.equals(result.shape(), self.shape())) {
            throw new TensorException("output with shape " + Shapes.format(self.shape())
                    + " doesn't match the broadcast shape " + Shapes.format(result.shape()));
        }
        if (result.dtype().ordinal() > self.dtype().ordinal() && !(result.dtype().isFloating() && self.dtype().isFloating())) {
            throw new TensorException("result type " + result.dtype().scalarTypeName()
                    + " can't be cast to the desired output type " + self.dtype().scalarTypeName());
        }
        Tensor.exec(self).copy(result.strided(), self.strided());
        self.storage().bumpVersion();
        if (tracking && (result.requiresGrad() || self.requiresGrad())) {
            Tensor history = result.requiresGrad() ? result : overwritten(op, result, before);
            if (base == null) {
                history.node().output = self;
                self.attach(history.node());
            } else {
                copySlices(base, self, history);
            }
        }
        return self;
    }

    /** The history of a value that no longer depends on the old one ({@code fill_}, {@code copy_} of a constant). */
    private static Tensor overwritten(String op, Tensor result, Tensor before) {
        return Autograd.record(result.detach(), op.substring(0, op.length() - 1), new Tensor[] {before},
                (g, n) -> new Tensor[] {null});
    }

    /**
     * Writing into a view rewrites its base, as PyTorch's CopySlices: the base's gradient flows to its old history
     * outside the view's window and to the new values inside it, and the view becomes a window onto the new base.
     */
    private static void copySlices(Tensor base, Tensor view, Tensor history) {
        Tensor old = base.detach();
        if (base.node() != null) {
            old.attach(base.node());
        }
        Autograd.record(base, "copy_slices", new Tensor[] {old, history}, (g, n) -> {
            Tensor outside = laidOutLike(base, g);
            Tensor.exec(outside).fill(window(outside, view).strided(), 0);
            return new Tensor[] {n[0] ? outside : null, n[1] ? window(laidOutLike(base, g), view) : null};
        });
    }

    /** Makes {@code view} a window onto its base's current history (called when that history has changed). */
    static void followBase(Tensor base, Tensor view) {
        Node node = new Node("as_strided", new Tensor[] {base}, (g, n) -> {
            Tensor whole = laidOutLike(base, null);
            Tensor.exec(whole).copy(g.strided(), window(whole, view).strided());
            return new Tensor[] {whole};
        }, new Tensor[0]);
        node.output = view;
        view.attach(node);
    }

    /** A tensor shaped like {@code base} in a fresh storage laid out as base's, holding {@code g} (or zeros). */
    private static Tensor laidOutLike(Tensor base, Tensor g) {
        DType type = g == null ? base.dtype() : g.dtype();
        Tensor t = new Tensor(Tensor.exec(base).allocate(type, base.storage().size()), base.shape(), base.strides(),
                base.storageOffset(), null, false);
        if (g != null) {
            Tensor.exec(t).copy(g.strided(), t.strided());
        }
        return t;
    }

    /** The elements of {@code t} (laid out as the base) that {@code view} covers. */
    private static Tensor window(Tensor t, Tensor view) {
        return new Tensor(t.storage(), view.shape(), view.strides(), view.storageOffset(), t, false);
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

}
