package adjoint.engine.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits program text into {@link Token}s. A line break ends a statement ({@link TokenKind#NEWLINE}) except inside
 * parentheses or brackets, as in Python; {@code #} starts a comment; {@code ^} is read as {@code **}. The list
 * always ends with one {@link TokenKind#EOF} placed just after the last token.
 *
 * <pre>{@code
 * Lexer.tokenize("y = x**2  # square").stream().map(Token::kind).toList()
 * // [NAME, EQUALS, NAME, POWER, NUMBER, EOF]
 * }</pre>
 */
public final class Lexer {

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private int offset;
    private int line = 1;
    private int column = 1;
    private int bracketDepth;
    private Position end = new Position(1, 1);

    private Lexer(String source) {
        this.source = source;
    }

    /**
     * The tokens of {@code source}.
     *
     * @throws ProgramException at the position of a character that cannot start a token, an unterminated string
     *                          or a malformed number
     */
    public static List<Token> tokenize(String source) {
        var lexer = new Lexer(source);
        lexer.run();
        return List.copyOf(lexer.tokens);
    }

    private void run() {
        if (source.startsWith("\uFEFF")) {
            offset = 1;
        }
        while (offset < source.length()) {
            char c = source.charAt(offset);
            if (c == '\n') {
                lineBreak();
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                advance();
            } else if (c == '#') {
                while (offset < source.length() && source.charAt(offset) != '\n') {
                    advance();
                }
            } else if (c == '\\' && continuesLine()) {
                continue;
            } else if (isDigit(c) || (c == '.' && isDigit(charAt(offset + 1)))) {
                number();
            } else if (Character.isLetter(c) || c == '_') {
                name();
            } else if (c == '"' || c == '\'') {
                string(c);
            } else {
                symbol(c);
            }
        }
        tokens.add(new Token(TokenKind.EOF, "", end.line(), end.column()));
    }

    private void lineBreak() {
        if (bracketDepth == 0) {
            tokens.add(new Token(TokenKind.NEWLINE, "\n", line, column));
        }
        offset++;
        line++;
        column = 1;
    }

    /** A backslash just before the line break joins the next line to this one. */
    private boolean continuesLine() {
        int next = offset + 1;
        if (charAt(next) == '\r') {
            next++;
        }
        if (charAt(next) != '\n') {
            return false;
        }
        offset = next + 1;
        line++;
        column = 1;
        return true;
    }

    private void number() {
        int start = offset;
        var at = here();
        digits();
        if (charAt(offset) == '.') {
            advance();
            digits();
        }
        char e = charAt(offset);
        char afterE = charAt(offset + 1);
        if ((e == 'e' || e == 'E')
                && (isDigit(afterE) || ((afterE == '+' || afterE == '-') && isDigit(charAt(offset + 2))))) {
            advance();
            advance();
            digits();
        }
        if (isNamePart(charAt(offset))) {
            String number = source.substring(start, offset);
            while (isNamePart(charAt(offset))) {
                advance();
            }
            String written = source.substring(start, offset);
            String hint = number.chars().allMatch(Lexer::isDigit)
                    ? " (to multiply, write '" + number + " * " + written.substring(number.length()) + "')"
                    : "";
            throw new ProgramException("invalid number '" + written + "'" + hint, at);
        }
        emit(TokenKind.NUMBER, source.substring(start, offset), at);
    }

    private void digits() {
        while (isDigit(charAt(offset))) {
            advance();
        }
    }

    private void name() {
        int start = offset;
        var at = here();
        while (isNamePart(charAt(offset))) {
            advance();
        }
        emit(TokenKind.NAME, source.substring(start, offset), at);
    }

    private void string(char quote) {
        var at = here();
        var value = new StringBuilder();
        advance();
        while (true) {
            char c = charAt(offset);
            if (c == '\n' || offset >= source.length()) {
                throw new ProgramException("unterminated string: missing the closing " + quote, at);
            }
            advance();
            if (c == quote) {
                break;
            }
            if (c == '\\' && offset < source.length() && charAt(offset) != '\n') {
                value.append(escaped(charAt(offset)));
                advance();
            } else {
                value.append(c);
            }
        }
        emit(TokenKind.STRING, value.toString(), at);
    }

    private static String escaped(char c) {
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case '\\', '\'', '"' -> String.valueOf(c);
            default -> "\\" + c;
        };
    }

    private void symbol(char c) {
        var at = here();
        if (c == '*' && charAt(offset + 1) == '*') {
            advance();
            advance();
            emit(TokenKind.POWER, "**", at);
            return;
        }
        TokenKind kind = switch (c) {
            case '+' -> TokenKind.PLUS;
            case '-' -> TokenKind.MINUS;
            case '*' -> TokenKind.STAR;
            case '/' -> TokenKind.SLASH;
            case '@' -> TokenKind.AT;
            case '^' -> TokenKind.POWER;
            case '(' -> TokenKind.LPAREN;
            case ')' -> TokenKind.RPAREN;
            case '[' -> TokenKind.LBRACKET;
            case ']' -> TokenKind.RBRACKET;
            case ',' -> TokenKind.COMMA;
            case ':' -> TokenKind.COLON;
            case '=' -> TokenKind.EQUALS;
            case ';' -> TokenKind.SEMICOLON;
            case '.' -> TokenKind.DOT;
            default -> throw new ProgramException(unexpectedCharacter(c), at);
        };
        if (kind == TokenKind.LPAREN || kind == TokenKind.LBRACKET) {
            bracketDepth++;
        } else if ((kind == TokenKind.RPAREN || kind == TokenKind.RBRACKET) && bracketDepth > 0) {
            bracketDepth--;
        }
        advance();
        emit(kind, String.valueOf(c), at);
    }

    private static String unexpectedCharacter(char c) {
        String shown = Character.isISOControl(c) ? String.format("U+%04X", (int) c) : "'" + c + "'";
        String hint = switch (c) {
            case '\u201C', '\u201D' -> " (use a plain \" quote)";
            case '\u2018', '\u2019' -> " (use a plain ' quote)";
            case '\u2212', '\u2013' -> " (use a plain - for minus)";
            case '\u00D7', '\u22C5', '\u00B7' -> " (use * to multiply)";
            default -> "";
        };
        return "unexpected character " + shown + hint;
    }

    private void emit(TokenKind kind, String text, Position at) {
        tokens.add(new Token(kind, text, at.line(), at.column()));
        end = here();
    }

    private Position here() {
        return new Position(line, column);
    }

    private void advance() {
        offset++;
        column++;
    }

    private char charAt(int index) {
        return index < source.length() ? source.charAt(index) : '\0';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
