package adjoint.engine;

/**
 * PyTorch's result-type rule: dimensioned tensors decide, unless a 0-d tensor or a Python number belongs to a
 * higher category (bool, integer, floating); Python floats count as the default dtype.
 */
final class Promotion {
    private Promotion() {
    }

    static DType resultType(Tensor... operands) {
        DType dims = null;
        DType zeroDim = null;
        DType wrapped = null;
        for (Tensor t : operands) {
            if (t.isWrappedNumber()) {
                wrapped = promote(wrapped, t.dtype().isFloating() ? DefaultDType.get() : t.dtype());
            } else if (t.dim() == 0) {
                zeroDim = promote(zeroDim, t.dtype());
            } else {
                dims = promote(dims, t.dtype());
            }
        }
        return combine(dims, combine(zeroDim, wrapped));
    }

    private static DType promote(DType a, DType b) {
        return a == null ? b : DType.promote(a, b);
    }

    private static DType combine(DType higher, DType lower) {
        if (higher == null) {
            return lower;
        }
        if (lower == null || higher.isFloating()) {
            return higher;
        }
        if (higher == DType.BOOL || lower.isFloating()) {
            return DType.promote(higher, lower);
        }
        return higher;
    }
}
