package adjoint.engine;

/** Argument checks for tensor factories. */
final class Creation {
    private Creation() {
    }

    static long arangeLength(double start, double end, double step) {
        if (step == 0) {
            throw new TensorException("step must be nonzero");
        }
        if (!Double.isFinite(start) || !Double.isFinite(end)) {
            throw new TensorException("unsupported range: " + start + " -> " + end);
        }
        if ((step > 0 && end < start) || (step < 0 && end > start)) {
            throw new TensorException("upper bound and larger bound inconsistent with step sign");
        }
        double n = Math.ceil((end - start) / step);
        if (n > Shapes.MAX_ELEMENTS) {
            throw new TensorException("arange would make " + (long) n + " elements; that is too large (at most "
                    + Shapes.MAX_ELEMENTS + ")");
        }
        return (long) n;
    }
}
