package adjoint.engine.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProgramPrinterTest {

    private static String canonical(String expression) {
        return ProgramPrinter.print(Parser.parseExpression(expression));
    }

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a+b*c                  | a + b * c
            (a+b)*c                | (a + b) * c
            a-(b-c)                | a - (b - c)
            (a-b)-c                | a - b - c
            a*(b/c)                | a * (b / c)
            a/(b*c)                | a / (b * c)
            a @ (b @ c)            | a @ (b @ c)
            x ^ 2                  | x**2
            (x ** 2) ** 3          | (x**2)**3
            x ** (2 ** 3)          | x**2**3
            -(x ** 2)              | -x**2
            (-x) ** 2              | (-x)**2
            2 ** (-1)              | 2**-1
            x ** (a + b)           | x**(a + b)
            -(a + b)               | -(a + b)
            a - (-b)               | a - -b
            a * (-b)               | a * -b
            (a + b).sum()          | (a + b).sum()
            (-x).T                 | (-x).T
            (2).sum()              | (2).sum()
            (A.T @ A)[0, 1:]       | (A.T @ A)[0, 1:]
            -3e-2                  | -3e-2
            torch.sin(x)           | sin(x)
            torch.nn.functional.relu(x) | relu(x)
            """)
    void printsCanonicalSourceWithMinimalParentheses(String source, String printed) {
        assertThat(canonical(source)).isEqualTo(printed);
    }

    @Test
    void printsCallsListsSlicesAndKeywordStrings() {
        assertThat(canonical("cross_entropy( w@x , y , reduction = 'sum' )"))
                .isEqualTo("cross_entropy(w @ x, y, reduction=\"sum\")");
        assertThat(canonical("[[1.0,2.0],[3.0,-4.0]]")).isEqualTo("[[1.0, 2.0], [3.0, -4.0]]");
        assertThat(canonical("d[0:2,1:6:4][:, ::2][None:1]")).isEqualTo("d[0:2, 1:6:4][:, ::2][:1]");
        assertThat(canonical("x.view((2,5))")).isEqualTo("x.view([2, 5])");
        assertThat(canonical("f(s='a\"b\\\\c')")).isEqualTo("f(s=\"a\\\"b\\\\c\")");
    }

    @Test
    void printsAProgramOneAssignmentALine() {
        Program program = Parser.parse("# graph\nx = 1.5 ; w2=sin(x)\n\nw3 = w2^3  # cube\n");
        assertThat(ProgramPrinter.print(program)).isEqualTo("x = 1.5\nw2 = sin(x)\nw3 = w2**3\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "-a ** -b ** -c", "a - b + c - (d - e)", "((a))", "x.T.T[0][1:2:3].sum(dim=0, keepdim=True)",
        "--+x", "a @ b @ c", "a / b / c * d", "sum((yhat - t) ** 2) / 3", "1 / (1 + exp(-(X @ w + b)))",
        "f.add_(1)[:2] @ f.add_(1)[:2]"
    })
    void printingThenParsingGivesTheSameTree(String source) {
        Expr tree = Parser.parseExpression(source);
        Expr again = Parser.parseExpression(ProgramPrinter.print(tree));
        assertThat(WithoutPositions.expr(again)).isEqualTo(WithoutPositions.expr(tree));
    }

    @Test
    void randomTreesSurvivePrintingAndParsing() {
        var random = new Random(20240601);
        for (int i = 0; i < 2000; i++) {
            Expr tree = randomTree(random, 4);
            String printed = ProgramPrinter.print(tree);
            assertThat(WithoutPositions.expr(Parser.parseExpression(printed)))
                    .as(printed)
                    .isEqualTo(WithoutPositions.expr(tree));
        }
    }

    private static Expr randomTree(Random random, int depth) {
        Position none = Position.UNKNOWN;
        if (depth == 0 || random.nextInt(5) == 0) {
            int n = random.nextInt(4);
            return random.nextBoolean() ? new Expr.Name("x" + n, none) : new Expr.Num(String.valueOf(n), n, true, none);
        }
        return switch (random.nextInt(7)) {
            case 0, 1, 2 -> new Expr.Binary(BinaryOp.values()[random.nextInt(BinaryOp.values().length)],
                    randomTree(random, depth - 1), randomTree(random, depth - 1), none, none);
            case 3 -> new Expr.Unary(random.nextBoolean() ? UnaryOp.NEG : UnaryOp.PLUS, randomTree(random, depth - 1),
                    none);
            case 4 -> new Expr.MethodCall(randomTree(random, depth - 1), "sum", List.of(),
                    Map.of("dim", randomTree(random, depth - 1)), none, none);
            case 5 -> new Expr.Attribute(randomTree(random, depth - 1), "T", none, none);
            default -> new Expr.Index(randomTree(random, depth - 1), List.of(randomTree(random, depth - 1),
                    new IndexItem.Slice(null, randomTree(random, depth - 1), null, none)), none);
        };
    }
}
