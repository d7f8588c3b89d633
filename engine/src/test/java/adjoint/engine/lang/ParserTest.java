package adjoint.engine.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import adjoint.engine.lang.Expr.Binary;
import adjoint.engine.lang.Expr.Call;
import adjoint.engine.lang.Expr.MethodCall;
import adjoint.engine.lang.Expr.Num;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTest {

    private static ProgramException errorOf(String source) {
        try {
            Parser.parse(source);
        } catch (ProgramException e) {
            return e;
        }
        throw new AssertionError("expected a syntax error in: " + source);
    }

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a + b * c          | (+ a (* b c))
            a - b - c          | (- (- a b) c)
            a * b / c @ d      | (@ (/ (* a b) c) d)
            a + b @ c          | (+ a (@ b c))
            -a * b             | (* (neg a) b)
            a ** b ** c        | (** a (** b c))
            -x**2              | (neg (** x 2))
            -x^2               | (neg (** x 2))
            2**-1              | (** 2 (neg 1))
            2 ** -x ** 2       | (** 2 (neg (** x 2)))
            (-x)**2            | (** (neg x) 2)
            --x                | (neg (neg x))
            +x - -y            | (- (pos x) (neg y))
            a * -b             | (* a (neg b))
            -3e-2              | (neg 3e-2)
            x.T @ w ** 2       | (@ (.T x) (** w 2))
            -w.sum() ** 2      | (neg (** (.sum w) 2))
            (a + b) * c        | (* (+ a b) c)
            """)
    void operatorsFollowPythonPrecedenceAndAssociativity(String source, String shape) {
        assertThat(Sexpr.of(source)).isEqualTo(shape);
    }

    @Test
    void powerIsRightAssociativeAndBindsTighterThanUnaryMinus() {
        assertThat(Sexpr.of("-a ** b ** c")).isEqualTo("(neg (** a (** b c)))");
    }

    @Test
    void numbersKnowWhetherTheyAreIntegers() {
        var two = (Num) Parser.parseExpression("2");
        var half = (Num) Parser.parseExpression("0.5");
        var tiny = (Num) Parser.parseExpression("1e-8");
        assertThat(two.isInteger()).isTrue();
        assertThat(two.value()).isEqualTo(2.0);
        assertThat(half.isInteger()).isFalse();
        assertThat(tiny.isInteger()).isFalse();
        assertThat(tiny.value()).isEqualTo(1e-8);
    }

    @Test
    void nestedListsParse() {
        assertThat(Sexpr.of("[[1.0, 2.0], [3.0, -4.0],]")).isEqualTo("[[1.0 2.0] [3.0 (neg 4.0)]]");
        assertThat(Sexpr.of("[]")).isEqualTo("[]");
    }

    @Test
    void callsTakePositionalThenKeywordArgumentsInOrder() {
        assertThat(Sexpr.of("cross_entropy(w @ x_i, y_i, reduction=\"sum\")"))
                .isEqualTo("(cross_entropy (@ w x_i) y_i reduction=\"sum\")");
        var call = (Call) Parser.parseExpression("clamp(x, min=-0.5, max=0.5)");
        assertThat(call.kwargs().keySet()).containsExactly("min", "max");
    }

    @Test
    void theTorchPrefixIsDroppedFromFunctionNames() {
        assertThat(Sexpr.of("torch.sin(w1)")).isEqualTo("(sin w1)");
        assertThat(Sexpr.of("torch.nn.functional.relu(x)")).isEqualTo("(relu x)");
        assertThat(Sexpr.of("tensor([1], dtype=torch.float64)")).isEqualTo("(tensor [1] dtype=float64)");
        var call = (Call) Parser.parse("x = 1\ny = torch.sin(x)").output().value();
        assertThat(call.at()).isEqualTo(new Position(2, 5));
        assertThat(call.nameAt()).isEqualTo(new Position(2, 11));
    }

    @Test
    void augmentedAssignmentIsPythonsInPlaceMethod() {
        assertThat(augmented("c += 1")).isEqualTo("c = (.add_ c 1)");
        assertThat(augmented("c -= 2 * x")).isEqualTo("c = (.sub_ c (* 2 x))");
        assertThat(augmented("c *= x")).isEqualTo("c = (.mul_ c x)");
        assertThat(augmented("c /= x + 1")).isEqualTo("c = (.div_ c (+ x 1))");
        assertThat(errorOf("c **= 2").getMessage()).contains("expected '=' after 'c'");
    }

    private static String augmented(String statement) {
        Assign a = Parser.parse(statement).output();
        return a.name() + " = " + Sexpr.of(a.value());
    }

    @Test
    void anAugmentedAssignmentChangesEveryViewAsInPyTorch() {
        // PyTorch: c = a * b; d = c[0]; c += 1  ->  c = [[1, 2, 5], [1, 5, 11]], d = [1, 2, 5]
        Evaluation ev = Evaluator.evaluate("a = tensor([[0, 1, 2], [3, 4, 5]])\nb = arange(3).view(1, 3)\nc = a * b\n"
                + "d = c[0]\nc += 1", adjoint.engine.DType.FLOAT32);
        assertThat(ev.value("c").toDoubles()).containsExactly(1, 2, 5, 1, 5, 11);
        assertThat(ev.value("d").toDoubles()).containsExactly(1, 2, 5);
        // y = 3x; y *= x; z = y / 2: dz/dx = 3x
        Evaluation grad = Evaluator.evaluate("x = 2.0\ny = x * 3\ny *= x\nz = y / 2", adjoint.engine.DType.FLOAT64);
        assertThat(grad.value("z").item()).isEqualTo(6.0);
        assertThat(grad.grad("x").item()).isEqualTo(6.0);
        assertThatThrownBy(() -> Evaluator.evaluate("x = 2.0\nx -= 1", adjoint.engine.DType.FLOAT64))
                .hasMessageContaining("a leaf Variable that requires grad is being used in an in-place operation");
        assertThatThrownBy(() -> adjoint.engine.graph.ExprGraph.parse("x = 2.0\ny = x * 3\ny *= x"))
                .hasMessageContaining("mul_ or *= cannot be drawn as a graph").hasMessageContaining("y = y * x");
    }

    @Test
    void methodsAttributesAndIndexingChain() {
        assertThat(Sexpr.of("arange(100).view(10, 10)")).isEqualTo("(.view (arange 100) 10 10)");
        assertThat(Sexpr.of("f.add_(1)[:2]")).isEqualTo("(index (.add_ f 1) (slice _ 2 _))");
        assertThat(Sexpr.of("d[0:2, 1:6:4]")).isEqualTo("(index d (slice 0 2 _) (slice 1 6 4))");
        assertThat(Sexpr.of("e[0, :]")).isEqualTo("(index e 0 (slice _ _ _))");
        assertThat(Sexpr.of("x[::2, -1]")).isEqualTo("(index x (slice _ _ 2) (neg 1))");
        assertThat(Sexpr.of("x[None:3]")).isEqualTo("(index x (slice _ 3 _))");
        var method = (MethodCall) Parser.parse("y = w6.sum(dim=0)").output().value();
        assertThat(method.nameAt()).isEqualTo(new Position(1, 8));
    }

    @Test
    void aTupleIsReadAsAList() {
        assertThat(Sexpr.of("x.view((2, 5))")).isEqualTo("(.view x [2 5])");
        assertThat(Sexpr.of("(1,)")).isEqualTo("[1]");
    }

    @Test
    void statementsAreSeparatedByNewlinesOrSemicolonsWithBlankAndCommentLines() {
        Program program = Parser.parse("\n# inputs\nx = 1; y = 2;\n\n  z = x *\\\n y  # product\n");
        assertThat(program.assignments()).extracting(Assign::name).containsExactly("x", "y", "z");
        assertThat(program.output().name()).isEqualTo("z");
        assertThat(program.assignments().get(2).at()).isEqualTo(new Position(5, 3));
    }

    @Test
    void nodesArePositionedAtTheirFirstToken() {
        var binary = (Binary) Parser.parse("x = 1.0\nf = x*2 + 1\n").output().value();
        assertThat(binary.at()).isEqualTo(new Position(2, 5));
        assertThat(binary.opAt()).isEqualTo(new Position(2, 9));
        assertThat(((Binary) binary.left()).right().at()).isEqualTo(new Position(2, 7));
    }

    @Test
    void anUnclosedParenthesisIsReportedWithWhereItWasOpened() {
        ProgramException e = errorOf("x = 1.0\nf = (x + 2\n");
        assertThat(e.getMessage()).isEqualTo("expected ')' to close '(' opened at line 2, column 5");
        assertThat(e.position()).isEqualTo(new Position(2, 11));
    }

    @Test
    void anUnclosedBracketOrCallIsReportedTheSameWay() {
        assertThat(errorOf("w = [1.0, 2.0\n").getMessage())
                .isEqualTo("expected ']' to close '[' opened at line 1, column 5");
        assertThat(errorOf("y = sin(x\nz = 2\n").describe())
                .isEqualTo("line 2, column 1: expected ')' to close '(' opened at line 1, column 8");
    }

    @Test
    void anAssignmentNeedsAnEqualsSign() {
        assertThat(errorOf("x = 1\nf x + 1").describe()).isEqualTo("line 2, column 3: expected '=' after 'f'");
        assertThat(errorOf("L.backward()").getMessage()).isEqualTo("expected '=' after 'L'");
    }

    @Test
    void aLineMustStartWithTheNameItAssigns() {
        assertThat(errorOf("3 = x").getMessage()).isEqualTo("expected an assignment like 'y = 2 * x', found '3'");
        assertThat(errorOf("True = 1").getMessage()).isEqualTo("cannot assign to 'True'");
    }

    @Test
    void endOfInputInsideAnExpressionIsReported() {
        assertThat(errorOf("f = x +").describe()).isEqualTo("line 1, column 8: unexpected end of input");
        assertThat(errorOf("f = x +\ny = 2").getMessage()).isEqualTo("expected an expression, found the end of the line");
    }

    @Test
    void leftoversAfterAnExpressionAreReported() {
        assertThat(errorOf("f = (x + 2))").describe()).isEqualTo("line 1, column 12: unmatched ')'");
        assertThat(errorOf("f = x y").getMessage()).isEqualTo("unexpected 'y': expected an operator, a new line or ';'");
    }

    @Test
    void argumentMistakesAreReported() {
        assertThat(errorOf("f = sum(dim=0, x)").getMessage()).isEqualTo("positional argument follows keyword argument");
        assertThat(errorOf("f = sum(x, dim=0, dim=1)").describe())
                .isEqualTo("line 1, column 19: keyword argument 'dim' repeated");
        assertThat(errorOf("f = (x + 1)(2)").getMessage())
                .isEqualTo("only functions and methods can be called, like sin(x) or x.sum()");
        assertThat(errorOf("f = x[]").getMessage()).isEqualTo("expected an index inside '[]'");
    }

    @Test
    void pastedPythonGetsAPointedHint() {
        assertThat(errorOf("import torch\nx = 1").describe()).isEqualTo(
                "line 1, column 1: imports are not needed: remove this line (torch.sin(x) and sin(x) both work)");
        assertThat(errorOf("f = x == 2").getMessage()).isEqualTo("'==' is not an operator: compare with eq(a, b)");
        assertThat(errorOf("f = (").getMessage()).isEqualTo("expected ')' to close '(' opened at line 1, column 5");
    }

    @Test
    void stringsAreOnlyKeywordValues() {
        assertThat(errorOf("f = \"sum\" + 1").getMessage())
                .isEqualTo("a string can only be a keyword value, like reduction=\"sum\"");
    }

    @Test
    void aProgramWithoutAssignmentsHasNothingToEvaluate() {
        for (String source : new String[] {"", "\n", "# only a comment\n\n", ";;"}) {
            assertThat(errorOf(source))
                    .satisfies(e -> assertThat(e.describe())
                            .isEqualTo("line 1, column 1: nothing to evaluate: the program has no assignments"));
        }
    }

    @Test
    void parseExpressionRejectsTrailingText() {
        assertThat(Sexpr.of(Parser.parseExpression("sin(x) * 2"))).isEqualTo("(* (sin x) 2)");
        assertThatThrownBy(() -> Parser.parseExpression("x = 2"))
                .asInstanceOf(type(ProgramException.class))
                .extracting(ProgramException::getMessage).asString().startsWith("unexpected '='");
    }
}
