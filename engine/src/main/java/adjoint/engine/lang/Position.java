package adjoint.engine.lang;

/**
 * A place in the program text: 1-based line and column (columns count UTF-16 characters).
 * {@link #UNKNOWN} (0, 0) stands for "no position", e.g. for nodes built by code rather than parsed.
 *
 * <pre>{@code
 * new Position(2, 5).toString()   // "line 2, column 5"
 * }</pre>
 *
 * @param line   1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record Position(int line, int column) {

    /** No known position. */
    public static final Position UNKNOWN = new Position(0, 0);

    /** The position as people read it: {@code line 2, column 5}. */
    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
