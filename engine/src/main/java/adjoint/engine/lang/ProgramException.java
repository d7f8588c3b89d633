package adjoint.engine.lang;

/**
 * The one error a program can give: a syntax error, an unknown name, a shape mismatch found while evaluating, ...
 * The message never contains the position; {@link #describe()} puts them together.
 *
 * <pre>{@code
 * var error = new ProgramException("no function 'sinn' (did you mean 'sin'?)", 2, 5);
 * error.getMessage()   // "no function 'sinn' (did you mean 'sin'?)"
 * error.describe()     // "line 2, column 5: no function 'sinn' (did you mean 'sin'?)"
 * }</pre>
 */
public final class ProgramException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /** An error whose position is unknown (line and column 0). */
    public ProgramException(String message) {
        this(message, 0, 0);
    }

    /** An error at a 1-based line and column; 0 for either means unknown. */
    public ProgramException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** An error at a node's or token's position. */
    public ProgramException(String message, Position at) {
        this(message, at.line(), at.column());
    }

    /** The 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The position, {@link Position#UNKNOWN} when unknown. */
    public Position position() {
        return new Position(line, column);
    }

    /**
     * The message with its position in front, as shown to people:
     * {@code line 2, column 5: name 'x' is not defined}; just the message when the position is unknown.
     */
    public String describe() {
        if (line <= 0) {
            return getMessage();
        }
        return column <= 0 ? "line " + line + ": " + getMessage() : new Position(line, column) + ": " + getMessage();
    }
}
