package adjoint.engine.lang;

/** A prefix operator: {@code -x} or {@code +x}. */
public enum UnaryOp {
    NEG("-"), PLUS("+");

    /** The precedence of every unary operator, between {@code * / @} and {@code **}. */
    public static final int PRECEDENCE = 3;

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    /** How the operator is written. */
    public String symbol() {
        return symbol;
    }
}
