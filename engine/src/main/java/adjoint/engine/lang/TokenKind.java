package adjoint.engine.lang;

/** What a {@link Token} is. Symbols carry their spelling, used in error messages. */
public enum TokenKind {
    NUMBER(null), NAME(null), STRING(null),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), AT("@"), POWER("**"),
    LPAREN("("), RPAREN(")"), LBRACKET("["), RBRACKET("]"),
    COMMA(","), COLON(":"), EQUALS("="), SEMICOLON(";"), DOT("."),
    NEWLINE(null), EOF(null);

    private final String symbol;

    TokenKind(String symbol) {
        this.symbol = symbol;
    }

    /** The spelling of a symbol token ({@code "**"} for both {@code **} and {@code ^}); null for the others. */
    public String symbol() {
        return symbol;
    }
}
