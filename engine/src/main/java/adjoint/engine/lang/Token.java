package adjoint.engine.lang;

/**
 * One token of program text. {@code text} is the source spelling, except for strings, where it is the value
 * with escapes resolved and without quotes.
 *
 * <pre>{@code
 * Lexer.tokenize("x = 2").get(2)   // Token[kind=NUMBER, text=2, line=1, column=5]
 * }</pre>
 */
public record Token(TokenKind kind, String text, int line, int column) {

    /** Where the token starts. */
    public Position position() {
        return new Position(line, column);
    }

    /** How an error message names this token: {@code '+'}, {@code 'x'}, {@code the end of the line}. */
    public String describe() {
        return switch (kind) {
            case NEWLINE -> "the end of the line";
            case EOF -> "the end of the input";
            case STRING -> "the string \"" + text + "\"";
            default -> "'" + text + "'";
        };
    }
}
