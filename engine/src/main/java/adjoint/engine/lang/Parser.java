package adjoint.engine.lang;

import adjoint.engine.lang.Expr.Attribute;
import adjoint.engine.lang.Expr.Binary;
import adjoint.engine.lang.Expr.Call;
import adjoint.engine.lang.Expr.Index;
import adjoint.engine.lang.Expr.ListLit;
import adjoint.engine.lang.Expr.MethodCall;
import adjoint.engine.lang.Expr.Name;
import adjoint.engine.lang.Expr.Num;
import adjoint.engine.lang.Expr.Str;
import adjoint.engine.lang.Expr.Unary;
import adjoint.engine.lang.IndexItem.Slice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses program text into a {@link Program}, with Python's precedence: {@code + -} below {@code * / @} below
 * unary {@code - +} below {@code **} (right-associative; {@code -x**2} is {@code -(x**2)}, {@code 2**-1} is
 * allowed) below calls, {@code .attr}, {@code .method(...)} and {@code [...]}. Names are not resolved here; see
 * {@link NameCheck}.
 *
 * <pre>{@code
 * Parser.parse("f = -x**2").assignments().getFirst().value()
 * // Unary[op=NEG, operand=Binary[op=POW, left=Name[name=x, ...], right=Num[text=2, ...], ...], ...]
 * }</pre>
 */
public final class Parser {

    static final String NOTHING_TO_EVALUATE = "nothing to evaluate: the program has no assignments";
    private static final Set<String> NOT_ASSIGNABLE = Set.of("True", "False", "None", "torch");
    /** {@code x op= v}: the in-place method that Python calls on a tensor. */
    private static final Map<TokenKind, String> AUGMENTED = Map.of(TokenKind.PLUS, "add_", TokenKind.MINUS, "sub_",
            TokenKind.STAR, "mul_", TokenKind.SLASH, "div_");

    private final TokenCursor tokens;

    private Parser(String source) {
        this.tokens = new TokenCursor(Lexer.tokenize(source));
    }

    /**
     * Parses a whole program.
     *
     * @throws ProgramException at the first syntax error, or when there is no assignment at all
     */
    public static Program parse(String source) {
        return new Parser(source).program();
    }

    /**
     * Parses one expression, such as an editor's formula field: {@code parseExpression("sin(x) * 2")}.
     *
     * @throws ProgramException at the first syntax error, or when something follows the expression
     */
    public static Expr parseExpression(String source) {
        var parser = new Parser(source);
        parser.skipSeparators();
        Expr expr = parser.expression();
        parser.skipSeparators();
        if (!parser.tokens.at(TokenKind.EOF)) {
            throw parser.unexpectedAfterExpression();
        }
        return expr;
    }

    private Program program() {
        List<Statement> statements = new ArrayList<>();
        while (true) {
            skipSeparators();
            if (tokens.at(TokenKind.EOF)) {
                break;
            }
            statements.add(assignment());
            if (!tokens.at(TokenKind.NEWLINE) && !tokens.at(TokenKind.SEMICOLON) && !tokens.at(TokenKind.EOF)) {
                throw unexpectedAfterExpression();
            }
        }
        if (statements.isEmpty()) {
            throw new ProgramException(NOTHING_TO_EVALUATE, 1, 1);
        }
        return new Program(statements, statements.getFirst().at());
    }

    private void skipSeparators() {
        while (tokens.skip(TokenKind.NEWLINE) || tokens.skip(TokenKind.SEMICOLON)) {
            // blank lines, comment lines and empty statements
        }
    }

    private Assign assignment() {
        Token name = tokens.peek();
        if (name.kind() != TokenKind.NAME) {
            throw tokens.error("expected an assignment like 'y = 2 * x', found " + name.describe());
        }
        if ((name.text().equals("import") || name.text().equals("from")) && !tokens.at(TokenKind.EQUALS, 1)) {
            throw tokens.error("imports are not needed: remove this line (torch.sin(x) and sin(x) both work)");
        }
        if (NOT_ASSIGNABLE.contains(name.text())) {
            throw tokens.error("cannot assign to '" + name.text() + "'");
        }
        tokens.next();
        String inPlace = AUGMENTED.get(tokens.peek().kind());
        if (inPlace != null && tokens.at(TokenKind.EQUALS, 1)) {
            // Python's x += v on a tensor is the in-place method x.add_(v): every view of x sees the change
            Token op = tokens.next();
            tokens.next();
            Expr value = expression();
            return new Assign(name.text(), new MethodCall(new Name(name.text(), name.position()), inPlace,
                    List.of(value), Map.of(), name.position(), op.position()), name.position());
        }
        if (!tokens.skip(TokenKind.EQUALS)) {
            throw tokens.error("expected '=' after '" + name.text() + "'");
        }
        return new Assign(name.text(), expression(), name.position());
    }

    private ProgramException unexpectedAfterExpression() {
        Token t = tokens.peek();
        return switch (t.kind()) {
            case RPAREN, RBRACKET -> tokens.error("unmatched '" + t.text() + "'");
            case EQUALS -> tokens.at(TokenKind.EQUALS, 1)
                    ? tokens.error("'==' is not an operator: compare with eq(a, b)")
                    : tokens.error("unexpected '=': write one assignment per line, or separate them with ';'");
            default -> tokens.error("unexpected " + t.describe() + ": expected an operator, a new line or ';'");
        };
    }

    private Expr expression() {
        Expr left = term();
        while (tokens.at(TokenKind.PLUS) || tokens.at(TokenKind.MINUS)) {
            Token op = tokens.next();
            Expr right = term();
            left = new Binary(op.kind() == TokenKind.PLUS ? BinaryOp.ADD : BinaryOp.SUB, left, right, left.at(),
                    op.position());
        }
        return left;
    }

    private Expr term() {
        Expr left = factor();
        while (tokens.at(TokenKind.STAR) || tokens.at(TokenKind.SLASH) || tokens.at(TokenKind.AT)) {
            Token op = tokens.next();
            BinaryOp kind = switch (op.kind()) {
                case STAR -> BinaryOp.MUL;
                case SLASH -> BinaryOp.DIV;
                default -> BinaryOp.MATMUL;
            };
            Expr right = factor();
            left = new Binary(kind, left, right, left.at(), op.position());
        }
        return left;
    }

    private Expr factor() {
        if (tokens.at(TokenKind.MINUS) || tokens.at(TokenKind.PLUS)) {
            Token op = tokens.next();
            return new Unary(op.kind() == TokenKind.MINUS ? UnaryOp.NEG : UnaryOp.PLUS, factor(), op.position());
        }
        return power();
    }

    private Expr power() {
        Expr base = postfix(primary());
        if (!tokens.at(TokenKind.POWER)) {
            return base;
        }
        Token op = tokens.next();
        return new Binary(BinaryOp.POW, base, factor(), base.at(), op.position());
    }

    private Expr postfix(Expr expr) {
        while (true) {
            if (tokens.at(TokenKind.LPAREN)) {
                if (!(expr instanceof Name name)) {
                    throw tokens.error("only functions and methods can be called, like sin(x) or x.sum()");
                }
                expr = call(name.name(), name.at(), name.at());
            } else if (tokens.skip(TokenKind.DOT)) {
                Token name = tokens.expect(TokenKind.NAME, "a name after '.'");
                if (tokens.at(TokenKind.LPAREN)) {
                    var arguments = arguments();
                    expr = new MethodCall(expr, name.text(), arguments.positional(), arguments.keywords(),
                            expr.at(), name.position());
                } else {
                    expr = new Attribute(expr, name.text(), expr.at(), name.position());
                }
            } else if (tokens.at(TokenKind.LBRACKET)) {
                expr = new Index(expr, indexItems(), expr.at());
            } else {
                return expr;
            }
        }
    }

    private Expr primary() {
        Token t = tokens.peek();
        return switch (t.kind()) {
            case NUMBER -> {
                tokens.next();
                boolean integer = t.text().chars().allMatch(Character::isDigit);
                yield new Num(t.text(), Double.parseDouble(t.text()), integer, t.position());
            }
            case NAME -> name();
            case LPAREN -> parenthesized();
            case LBRACKET -> {
                Token open = tokens.next();
                List<Expr> elements = new ArrayList<>();
                commaSeparated(open, TokenKind.RBRACKET, () -> elements.add(expression()));
                yield new ListLit(elements, open.position());
            }
            case STRING -> throw tokens.error("a string can only be a keyword value, like reduction=\"sum\"");
            case EOF -> throw tokens.error("unexpected end of input");
            default -> throw tokens.error("expected an expression, found " + t.describe());
        };
    }

    /** A name, or {@code torch.a.b.name} which stands for {@code name} (a call when {@code (} follows). */
    private Expr name() {
        Token first = tokens.next();
        if (!first.text().equals("torch") || !tokens.at(TokenKind.DOT) || !tokens.at(TokenKind.NAME, 1)) {
            return new Name(first.text(), first.position());
        }
        Token last = first;
        while (tokens.at(TokenKind.DOT) && tokens.at(TokenKind.NAME, 1)) {
            tokens.next();
            last = tokens.next();
        }
        return tokens.at(TokenKind.LPAREN) ? call(last.text(), first.position(), last.position())
                : new Name(last.text(), first.position());
    }

    private Call call(String function, Position at, Position nameAt) {
        var arguments = arguments();
        return new Call(function, arguments.positional(), arguments.keywords(), at, nameAt);
    }

    /** {@code (expr)} is the expression itself; a tuple {@code (a, b)} or {@code ()} becomes a list. */
    private Expr parenthesized() {
        Token open = tokens.next();
        List<Expr> elements = new ArrayList<>();
        if (tokens.at(TokenKind.EOF)) {
            throw unclosed(open);
        }
        if (!tokens.at(TokenKind.RPAREN)) {
            elements.add(expression());
            if (tokens.skip(TokenKind.RPAREN)) {
                return elements.getFirst();
            }
            if (!tokens.skip(TokenKind.COMMA)) {
                throw unclosed(open);
            }
        }
        commaSeparated(open, TokenKind.RPAREN, () -> elements.add(expression()));
        return new ListLit(elements, open.position());
    }

    private record Arguments(List<Expr> positional, Map<String, Expr> keywords) {
    }

    private Arguments arguments() {
        Token open = tokens.next();
        List<Expr> positional = new ArrayList<>();
        Map<String, Expr> keywords = new LinkedHashMap<>();
        commaSeparated(open, TokenKind.RPAREN, () -> {
            if (tokens.at(TokenKind.NAME) && tokens.at(TokenKind.EQUALS, 1)) {
                Token key = tokens.next();
                tokens.next();
                if (keywords.containsKey(key.text())) {
                    throw TokenCursor.error(key, "keyword argument '" + key.text() + "' repeated");
                }
                keywords.put(key.text(), keywordValue());
            } else if (!keywords.isEmpty()) {
                throw tokens.error("positional argument follows keyword argument");
            } else {
                positional.add(expression());
            }
        });
        return new Arguments(positional, keywords);
    }

    private Expr keywordValue() {
        Token t = tokens.peek();
        if (t.kind() == TokenKind.STRING && (tokens.at(TokenKind.COMMA, 1) || tokens.at(TokenKind.RPAREN, 1))) {
            tokens.next();
            return new Str(t.text(), t.position());
        }
        return expression();
    }

    private List<IndexItem> indexItems() {
        Token open = tokens.next();
        List<IndexItem> items = new ArrayList<>();
        commaSeparated(open, TokenKind.RBRACKET, () -> items.add(indexItem()));
        if (items.isEmpty()) {
            throw TokenCursor.error(open, "expected an index inside '[]'");
        }
        return items;
    }

    private IndexItem indexItem() {
        Position start = tokens.peek().position();
        Expr first = null;
        if (!tokens.at(TokenKind.COLON)) {
            first = expression();
            if (!tokens.at(TokenKind.COLON)) {
                return first;
            }
        }
        tokens.next();
        Expr stop = tokens.at(TokenKind.COLON) || endsIndexItem() ? null : expression();
        Expr step = null;
        if (tokens.skip(TokenKind.COLON)) {
            step = endsIndexItem() ? null : expression();
        }
        return new Slice(unlessNone(first), unlessNone(stop), unlessNone(step), start);
    }

    private boolean endsIndexItem() {
        return tokens.at(TokenKind.COMMA) || tokens.at(TokenKind.RBRACKET);
    }

    private static Expr unlessNone(Expr part) {
        return part instanceof Name name && name.name().equals("None") ? null : part;
    }

    /** Parses items separated by commas up to {@code close} (a trailing comma is fine) and consumes it. */
    private void commaSeparated(Token open, TokenKind close, Runnable item) {
        while (!tokens.skip(close)) {
            if (tokens.at(TokenKind.EOF)) {
                throw unclosed(open);
            }
            item.run();
            if (!tokens.skip(TokenKind.COMMA) && !tokens.at(close)) {
                throw unclosed(open);
            }
        }
    }

    private ProgramException unclosed(Token open) {
        String close = open.kind() == TokenKind.LPAREN ? ")" : "]";
        return tokens.error("expected '" + close + "' to close '" + open.text() + "' opened at " + open.position());
    }
}
