package adjoint.engine.backend;

/** Elementwise primitives of two operands. Comparisons write bool. */
public enum BinaryOp {
    ADD, SUB, MUL, DIV, POW, MAXIMUM, LT, LE, EQ;

    public boolean isComparison() {
        return this == LT || this == LE || this == EQ;
    }
}
