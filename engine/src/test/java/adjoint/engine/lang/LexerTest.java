package adjoint.engine.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<TokenKind> kinds(String source) {
        return Lexer.tokenize(source).stream().map(Token::kind).toList();
    }

    private static List<String> texts(String source) {
        return Lexer.tokenize(source).stream().map(Token::text).toList();
    }

    @Test
    void numbersKeepTheirSpellingIncludingExponents() {
        assertThat(texts("2 1.5 1e-8 3e-2 2.5E+3 .5 1."))
                .containsExactly("2", "1.5", "1e-8", "3e-2", "2.5E+3", ".5", "1.", "");
        assertThat(kinds("1e-8")).containsExactly(TokenKind.NUMBER, TokenKind.EOF);
    }

    @Test
    void aNegativeNumberIsAMinusTokenThenANumber() {
        assertThat(kinds("-3e-2")).containsExactly(TokenKind.MINUS, TokenKind.NUMBER, TokenKind.EOF);
    }

    @Test
    void operatorsAndPunctuationAreRecognised() {
        assertThat(kinds("+ - * / @ ** ^ ( ) [ ] , : = ; ."))
                .containsExactly(TokenKind.PLUS, TokenKind.MINUS, TokenKind.STAR, TokenKind.SLASH, TokenKind.AT,
                        TokenKind.POWER, TokenKind.POWER, TokenKind.LPAREN, TokenKind.RPAREN, TokenKind.LBRACKET,
                        TokenKind.RBRACKET, TokenKind.COMMA, TokenKind.COLON, TokenKind.EQUALS, TokenKind.SEMICOLON,
                        TokenKind.DOT, TokenKind.EOF);
    }

    @Test
    void dottedNamesAreNamesAndDots() {
        assertThat(texts("torch.sin w.sum x.T")).containsExactly("torch", ".", "sin", "w", ".", "sum", "x", ".", "T",
                "");
    }

    @Test
    void stringsInEitherQuoteLoseTheirQuotesAndResolveEscapes() {
        List<Token> tokens = Lexer.tokenize("\"sum\" 'mean' \"a\\\"b\"");
        assertThat(tokens).extracting(Token::kind).startsWith(TokenKind.STRING, TokenKind.STRING, TokenKind.STRING);
        assertThat(tokens).extracting(Token::text).startsWith("sum", "mean", "a\"b");
    }

    @Test
    void everyTokenKnowsItsOneBasedLineAndColumn() {
        List<Token> tokens = Lexer.tokenize("x = 1.0\nf = sinn(x)\n");
        Token sinn = tokens.stream().filter(t -> t.text().equals("sinn")).findFirst().orElseThrow();
        assertThat(sinn.position()).isEqualTo(new Position(2, 5));
        assertThat(tokens.getFirst().position()).isEqualTo(new Position(1, 1));
    }

    @Test
    void newlinesSeparateStatementsButNotInsideBrackets() {
        assertThat(kinds("a = [1,\n 2]\nb = (a\n)\n")).containsExactly(
                TokenKind.NAME, TokenKind.EQUALS, TokenKind.LBRACKET, TokenKind.NUMBER, TokenKind.COMMA,
                TokenKind.NUMBER, TokenKind.RBRACKET, TokenKind.NEWLINE,
                TokenKind.NAME, TokenKind.EQUALS, TokenKind.LPAREN, TokenKind.NAME, TokenKind.RPAREN,
                TokenKind.NEWLINE, TokenKind.EOF);
    }

    @Test
    void commentsAreSkippedToTheEndOfTheLine() {
        assertThat(kinds("# heading\nx = 2  # two\n")).containsExactly(TokenKind.NEWLINE, TokenKind.NAME,
                TokenKind.EQUALS, TokenKind.NUMBER, TokenKind.NEWLINE, TokenKind.EOF);
    }

    @Test
    void endOfInputSitsJustAfterTheLastToken() {
        Token eof = Lexer.tokenize("x = 1.0\nf = (x + 2\n\n").getLast();
        assertThat(eof.kind()).isEqualTo(TokenKind.EOF);
        assertThat(eof.position()).isEqualTo(new Position(2, 11));
        assertThat(Lexer.tokenize("").getLast().position()).isEqualTo(new Position(1, 1));
    }

    @Test
    void windowsLineEndsAndABackslashContinuationAreFine() {
        assertThat(kinds("x = 1\r\ny = x + \\\n 2\r\n")).containsExactly(TokenKind.NAME, TokenKind.EQUALS,
                TokenKind.NUMBER, TokenKind.NEWLINE, TokenKind.NAME, TokenKind.EQUALS, TokenKind.NAME,
                TokenKind.PLUS, TokenKind.NUMBER, TokenKind.NEWLINE, TokenKind.EOF);
    }

    @Test
    void aBadCharacterIsAnErrorAtItsPosition() {
        assertThatThrownBy(() -> Lexer.tokenize("x = 1\ny = x $ 2"))
                .asInstanceOf(type(ProgramException.class))
                .satisfies(e -> {
                    assertThat(e.getMessage()).isEqualTo("unexpected character '$'");
                    assertThat(e.describe()).isEqualTo("line 2, column 7: unexpected character '$'");
                });
    }

    @Test
    void typographicCharactersPastedFromDocumentsGetAHint() {
        assertThatThrownBy(() -> Lexer.tokenize("y = 2 \u2212 x"))
                .hasMessage("unexpected character '\u2212' (use a plain - for minus)");
    }

    @Test
    void aNumberRunningIntoANameSuggestsMultiplication() {
        assertThatThrownBy(() -> Lexer.tokenize("y = 2x"))
                .hasMessage("invalid number '2x' (to multiply, write '2 * x')")
                .asInstanceOf(type(ProgramException.class))
                .extracting(ProgramException::position).isEqualTo(new Position(1, 5));
    }

    @Test
    void anUnterminatedStringIsAnErrorAtItsOpeningQuote() {
        assertThatThrownBy(() -> Lexer.tokenize("l = f(x, reduction=\"sum)\n"))
                .hasMessage("unterminated string: missing the closing \"")
                .asInstanceOf(type(ProgramException.class))
                .extracting(ProgramException::position).isEqualTo(new Position(1, 20));
    }
}
