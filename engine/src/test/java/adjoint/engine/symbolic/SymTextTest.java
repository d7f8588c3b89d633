package adjoint.engine.symbolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.lang.ProgramException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text form (the expression language, parsing back to the same formula) and the LaTeX form. */
class SymTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"1 - 12*w2**2 + 1/w2", "cos(w1)*(1 - 12*w2**2 + 1/w2)", "-w10/w11**2", "1/(2*sqrt(x))",
        "grad(w3)*d(w3)/d(w2) + grad(w5)*d(w5)/d(w2)", "X.T @ grad(y)", "grad(y).unsqueeze(1) @ w.unsqueeze(0)",
        "(grad(c)*a).sum(0, True)", "where(gt(w1, 0), 1, 0)", "(-2)**x", "x**(y - 1)", "x**0.5", "-x/2",
        "sigmoid(y)*(1 - sigmoid(y))", "ones(2, 3)", "[3, 3, 3]", "1.5e-7*x", "pi*x", "(a + b)**2/(c*d)"})
    void simplifiedTextIsAFixedPointOfParsingAndSimplifying(String text) {
        assertThat(Sym.parse(text).simplified().text()).isEqualTo(text);
    }

    @Test
    void aPartialInsideAProductReadsAsTheExamWritesIt() {
        Sym term = Sym.mul(new Sym.Adjoint("w3"), new Sym.Partial("w3", "w2"));
        assertThat(term.text()).isEqualTo("grad(w3)*d(w3)/d(w2)");
        assertThat(Sym.parse(term.text())).isEqualTo(term);
        assertThat(Sym.parse("d(w3)/d(w2)*grad(w3)").simplified()).isEqualTo(term.simplified());
    }

    @Test
    void textUsesCompactProductsAndSpacedSums() {
        assertThat(Sym.add(Sym.ONE, Sym.mul(Sym.num(-12), Sym.pow(Sym.var("w2"), 2)), Sym.pow(Sym.var("w2"), -1)).text())
                .isEqualTo("1 - 12*w2**2 + 1/w2");
    }

    @Test
    void latexUsesTheExamsNotation() {
        assertThat(new Sym.Adjoint("w2").latex()).isEqualTo("\\bar{w}_{2}");
        assertThat(new Sym.Adjoint("x").latex()).isEqualTo("\\bar{x}");
        assertThat(new Sym.Adjoint("loss").latex()).isEqualTo("\\overline{\\mathit{loss}}");
        assertThat(new Sym.Partial("w3", "w2").latex()).isEqualTo("\\frac{\\partial w_{3}}{\\partial w_{2}}");
        assertThat(Sym.parse("log(w2)").latex()).isEqualTo("\\ln(w_{2})");
        assertThat(Sym.parse("sin(w1)**2*cos(w1)").simplified().latex()).isEqualTo("\\cos(w_{1}) \\cdot \\sin^{2}(w_{1})");
        assertThat(Sym.parse("exp(-x)").simplified().latex()).isEqualTo("e^{-x}");
        assertThat(Sym.parse("1/(2*sqrt(x))").simplified().latex()).isEqualTo("\\frac{1}{2 \\sqrt{x}}");
        assertThat(Sym.parse("X.T @ grad(y)").latex()).isEqualTo("X^{\\top} \\bar{y}");
        assertThat(Sym.parse("where(gt(w1, 0), 1, 0)").latex()).isEqualTo("\\mathbb{1}\\left[w_{1} > 0\\right]");
        assertThat(Sym.parse("alpha*theta1").simplified().latex()).isEqualTo("\\alpha \\cdot \\theta_{1}");
    }

    @Test
    void parsingKeepsTheSumAsWritten() {
        Sym s = Sym.parse("a + b - c");
        assertThat(Hints.terms(s)).isEqualTo(3);
        assertThat(s.isConstant()).isFalse();
        assertThat(Sym.parse("2*pi - 1").isConstant()).isTrue();
    }

    @Test
    void whatCannotBeAFormulaIsAnErrorWithItsPosition() {
        for (String bad : List.of("x[0]", "d(w3)", "grad(2)", "x.sum(dim=0)", "1 +", "True")) {
            assertThatThrownBy(() -> Sym.parse(bad)).as(bad).isInstanceOf(ProgramException.class);
        }
    }
}
