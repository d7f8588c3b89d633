package adjoint.engine.lang;

/**
 * A binary operator with its spelling and Python precedence (higher binds tighter). {@code ^} parses as
 * {@link #POW}.
 */
public enum BinaryOp {
    ADD("+", 1), SUB("-", 1), MUL("*", 2), DIV("/", 2), MATMUL("@", 2), POW("**", 4);

    private final String symbol;
    private final int precedence;

    BinaryOp(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    /** How the operator is written: {@code +}, {@code **}, ... */
    public String symbol() {
        return symbol;
    }

    /** 1 for {@code + -}, 2 for {@code * / @}, 4 for {@code **}; unary operators sit at 3. */
    public int precedence() {
        return precedence;
    }
}
