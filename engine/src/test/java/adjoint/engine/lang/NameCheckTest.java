package adjoint.engine.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class NameCheckTest {

    private static ProgramException errorOf(String source) {
        try {
            Parser.parse(source).check();
        } catch (ProgramException e) {
            return e;
        }
        throw new AssertionError("expected a name error in: " + source);
    }

    @Test
    void anUnknownFunctionIsReportedAtItsNameWithASuggestion() {
        ProgramException e = errorOf("x = 1.0\nf = sinn(x)\n");
        assertThat(e.getMessage()).isEqualTo("no function 'sinn' (did you mean 'sin'?)");
        assertThat(e.position()).isEqualTo(new Position(2, 5));
    }

    @Test
    void anUnknownTorchFunctionPointsAtTheNameAfterThePrefix() {
        assertThat(errorOf("x = 1.0\nf = torch.sinn(x)\n").describe())
                .isEqualTo("line 2, column 11: no function 'sinn' (did you mean 'sin'?)");
    }

    @Test
    void anUnknownFunctionFarFromAnyKnownOneGetsNoSuggestion() {
        assertThat(errorOf("f = frobnicate(2)").getMessage()).isEqualTo("no function 'frobnicate'");
    }

    @Test
    void aNameUsedBeforeItIsAssignedIsNotDefined() {
        ProgramException e = errorOf("f = x * 2\n");
        assertThat(e.describe()).isEqualTo("line 1, column 5: name 'x' is not defined");
    }

    @Test
    void aNameAssignedLaterSaysWhere() {
        assertThat(errorOf("a = 1\nf = b * a\nb = 2\n").describe())
                .isEqualTo("line 2, column 5: name 'b' is not defined (it is assigned later, on line 3)");
        assertThat(errorOf("x = x + 1").getMessage())
                .isEqualTo("name 'x' is not defined (it is used in its own assignment before it has a value)");
    }

    @Test
    void aMisspeltVariableSuggestsTheDefinedOne() {
        assertThat(errorOf("weight = 2\nf = wieght * 3").getMessage())
                .isEqualTo("name 'wieght' is not defined (did you mean 'weight'?)");
    }

    @Test
    void piAndEAreConstantsUnlessAssigned() {
        assertThatCode(() -> Parser.parse("x = 0.5\nf = sin(pi * x) + e ** x").check()).doesNotThrowAnyException();
        assertThatCode(() -> Parser.parse("e = 2\nf = e * 3").check()).doesNotThrowAnyException();
    }

    @Test
    void keywordConstantsAndDtypesAreAccepted() {
        assertThatCode(() -> Parser.parse("""
                x = tensor([1.5], requires_grad=True, dtype=torch.float64)
                y = tensor([1, 2], dtype=long)
                s = sum(x, dim=None, keepdim=False)
                """).check()).doesNotThrowAnyException();
        assertThat(errorOf("f = float64 * 2").getMessage()).isEqualTo("name 'float64' is not defined");
    }

    @Test
    void anUnknownMethodIsReportedAtTheMethodName() {
        ProgramException e = errorOf("w = [1.0, 2.0]\nf = w.summ()");
        assertThat(e.getMessage()).isEqualTo("no method 'summ' (did you mean 'sum'?)");
        assertThat(e.position()).isEqualTo(new Position(2, 7));
    }

    @Test
    void methodsAndAttributesAreNotConfused() {
        assertThat(errorOf("w = [[1.0]]\nf = w.T()").getMessage())
                .isEqualTo("'T' is an attribute, not a method: write it without parentheses, like x.T");
        assertThat(errorOf("w = [1.0]\nf = w.sum").getMessage()).isEqualTo("'sum' is a method: call it, like x.sum()");
        assertThat(errorOf("w = [[1.0]]\nf = w.TT").getMessage()).isEqualTo("no attribute 'TT' (did you mean 'T'?)");
    }

    @Test
    void functionsVariablesAndMethodsAreNotConfused() {
        assertThat(errorOf("x = 2\nf = x(3)").getMessage()).isEqualTo("'x' is a variable, not a function");
        assertThat(errorOf("f = sin * 2").getMessage()).isEqualTo("'sin' is a function: call it, like sin(x)");
        assertThat(errorOf("x = [1.0]\nf = item(x)").getMessage())
                .isEqualTo("no function 'item': it is a method, write it like x.item(...)");
    }

    @Test
    void namesAreCheckedInsideEveryKindOfExpression() {
        assertThat(errorOf("x = [1.0]\nf = x[0:n]").getMessage()).isEqualTo("name 'n' is not defined");
        assertThat(errorOf("x = [1.0]\nf = sum(x, dim=k)").getMessage()).isEqualTo("name 'k' is not defined");
        assertThat(errorOf("x = [1.0]\nf = [x, -q]").getMessage()).isEqualTo("name 'q' is not defined");
        assertThat(errorOf("x = [1.0]\nf = x.view(m)").getMessage()).isEqualTo("name 'm' is not defined");
    }

    @Test
    void theFunctionIsResolvedBeforeItsArguments() {
        assertThat(errorOf("f = sinn(x)").getMessage()).isEqualTo("no function 'sinn' (did you mean 'sin'?)");
    }
}
