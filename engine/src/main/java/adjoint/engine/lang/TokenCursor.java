package adjoint.engine.lang;

import java.util.List;

/** The parser's place in a token list, which always ends with {@link TokenKind#EOF}. */
final class TokenCursor {

    private final List<Token> tokens;
    private int index;

    TokenCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token peek() {
        return tokens.get(index);
    }

    /** The token {@code ahead} places after the current one (EOF past the end). */
    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    boolean at(TokenKind kind, int ahead) {
        return peek(ahead).kind() == kind;
    }

    /** Returns the current token and moves past it (never past EOF). */
    Token next() {
        Token t = peek();
        if (t.kind() != TokenKind.EOF) {
            index++;
        }
        return t;
    }

    /** Moves past the current token if it is of {@code kind}; says whether it did. */
    boolean skip(TokenKind kind) {
        if (!at(kind)) {
            return false;
        }
        index++;
        return true;
    }

    /** The current token, which must be of {@code kind}; otherwise "expected WHAT, found ...". */
    Token expect(TokenKind kind, String what) {
        if (!at(kind)) {
            throw error("expected " + what + ", found " + peek().describe());
        }
        return next();
    }

    /** An error at the current token. */
    ProgramException error(String message) {
        return error(peek(), message);
    }

    static ProgramException error(Token at, String message) {
        return new ProgramException(message, at.position());
    }
}
