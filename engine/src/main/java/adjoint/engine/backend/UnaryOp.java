package adjoint.engine.backend;

/** Elementwise primitives of one operand. Their gradients sit in {@code adjoint.engine.Pointwise}. */
public enum UnaryOp {
    NEG, EXP, LOG, LOG1P, SIN, COS, SQRT, TANH, SIGMOID, SOFTPLUS, ERF, ABS, SIGN
}
