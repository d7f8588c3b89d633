package adjoint.engine.symbolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import adjoint.engine.graph.ExprGraph;
import adjoint.engine.lang.ProgramException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerCheckTest {
    private final AnswerCheck check = AnswerCheck.of(ExprGraph.parse(MidtermQ8Test.PROGRAM));

    private AnswerCheck.Verdict judge(String target, String answer) {
        return check.judge(target, answer);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "grad(w6) | 1",
        "grad(w4) | -1",
        "grad(w3) | -4",
        "grad(w2) | 1 - 12*w2**2 + 1/w2",
        "grad(w2) | 1 - 12*w2^2 + 1/w2",
        "grad(w2) | 1/w2 + 1 - 3*4*w2*w2",
        "grad(w1) | cos(w1) - 12*sin(w1)**2*cos(w1) + 1/sin(w1)*cos(w1)",
        "grad(w1) | cos(w1)*(1 - 12*w2**2 + 1/w2)",
        "grad(x)  | cos(x)*(1 - 12*sin(x)**2 + 1/sin(x))",
        "grad(w1) | grad(w2)*d(w2)/d(w1)",
        "grad(w2) | grad(w3)*d(w3)/d(w2) + grad(w5)*d(w5)/d(w2) + grad(w6)*d(w6)/d(w2)",
        "d(w3)/d(w2) | 3*w2^2",
        "d(w5)/d(w2) | 1/w2",
        "d(w6)/d(w4) | -1",
        "d(w2)/d(w1) | cos(w1)",
        "d(w4)/d(w3) | 4",
    })
    void rightAnswersAndTheirEquivalentRewritingsAreAccepted(String target, String answer) {
        AnswerCheck.Verdict v = judge(target, answer);
        assertThat(v.correct()).as(v.hint()).isTrue();
        assertThat(v.hint()).isNull();
    }

    @ParameterizedTest(name = "x = {0}")
    @CsvSource({"0.3", "1.0", "1.047197551197", "2.5"})
    void theMidtermIsJudgedRightAtAnyPointOfItsDomain(String x) {
        AnswerCheck at = AnswerCheck.of(ExprGraph.parse(MidtermQ8Test.PROGRAM.replace("x = 1.5", "x = " + x)));
        assertThat(at.judge("grad(w1)", "cos(w1) - 12*sin(w1)**2*cos(w1) + 1/sin(w1)*cos(w1)").correct()).isTrue();
        assertThat(at.judge("grad(w1)", "cos(w1)*grad(w2)").correct()).isTrue();
        assertThat(at.judge("grad(w2)", "1 - 12*w2**2 + 1/w2").correct()).isTrue();
        assertThat(at.judge("grad(w2)", "grad(w3)*d(w3)/d(w2) + grad(w5)*d(w5)/d(w2)").correct()).isFalse();
        for (String partial : List.of("d(w2)/d(w1) = cos(w1)", "d(w3)/d(w2) = 3*w2**2", "d(w4)/d(w3) = 4",
                "d(w5)/d(w2) = 1/w2", "d(w6)/d(w2) = 1", "d(w6)/d(w4) = -1", "d(w6)/d(w5) = 1")) {
            assertThat(at.judgeLine(1, partial).correct()).as(partial).isTrue();
        }
    }

    @Test
    void aFormulaIsMarkedEquivalentAndAPlainNumberIsNot() {
        assertThat(judge("grad(w2)", "1 - 12*w2**2 + 1/w2").equivalent()).isTrue();
        assertThat(judge("grad(w3)", "-4").equivalent()).isNull();
        assertThat(judge("grad(w3)", "-2*2").equivalent()).isTrue();
    }

    @Test
    void theVerdictCarriesTheExpectedValueAndTheValueOfTheAnswer() {
        AnswerCheck.Verdict v = judge("grad(w3)", "-8");
        assertThat(v.expected().item()).isEqualTo(-4.0);
        assertThat(v.got().item()).isEqualTo(-8.0);
    }

    @ParameterizedTest(name = "{0} for w̄2 = -9.937…: {1}")
    @CsvSource({"-9.94, true", "-9.9, true", "-9.937, true", "-9.9374436753559, true", "-9.93, true", "-9.8, false",
        "-9.95, false", "9.94, false", "-10, false", "-9.937e0, true", "-993.7e-2, true"})
    void aPlainNumberIsJudgedToThePrecisionWritten(String answer, boolean correct) {
        assertThat(judge("grad(w2)", answer).correct()).isEqualTo(correct);
    }

    @Test
    void aNumberWithOneSignificantDigitIsAskedForMore() {
        AnswerCheck.Verdict v = judge("grad(w1)", "-0.7");
        assertThat(v.correct()).isFalse();
        assertThat(v.hint()).isEqualTo("give at least two significant digits");
        assertThat(judge("grad(w1)", "-0.70").correct()).isTrue();
    }

    @Test
    void aSumMissingAPathIsRejectedWithTheCountOfChildren() {
        AnswerCheck.Verdict v = judge("grad(w2)", "grad(w3)*d(w3)/d(w2) + grad(w6)*d(w6)/d(w2)");
        assertThat(v.correct()).isFalse();
        assertThat(v.equivalent()).isFalse();
        assertThat(v.hint()).isEqualTo("w2 has three children; your sum has two terms");
    }

    @Test
    void aSubstitutedSumMissingAPathIsRecognisedFromItsValue() {
        assertThat(judge("grad(w2)", "-12*w2**2 + 1/w2").hint())
                .isEqualTo("w2 has three children; your value adds up the terms of only two of them");
    }

    @Test
    void aWrongSignGetsCheckTheSign() {
        assertThat(judge("d(w6)/d(w4)", "1").hint()).isEqualTo("check the sign");
        assertThat(judge("grad(w2)", "-1 + 12*w2**2 - 1/w2").hint()).isEqualTo("check the sign");
    }

    @Test
    void aFactorOfTwoInAPowerGetsThePowerRule() {
        AnswerCheck.Verdict v = judge("d(w3)/d(w2)", "6*w2**2");
        assertThat(v.correct()).isFalse();
        assertThat(v.hint()).isEqualTo("your value is off by a factor of 2 — check the power rule");
        assertThat(judge("grad(w3)", "-8").hint()).isEqualTo("your value is off by a factor of 2");
    }

    @Test
    void theNodesOwnValueGivenForItsPartialIsPointedOut() {
        assertThat(judge("d(w5)/d(w2)", "log(w2)").hint()).isEqualTo(
                "that is the value of w5 = log(w2) itself; the local partial ∂w5/∂w2 is its derivative with respect to w2");
    }

    @Test
    void aWrongLogPartialNamesTheRuleWithoutGivingItsResult() {
        String hint = judge("d(w5)/d(w2)", "w2").hint();
        assertThat(hint).isEqualTo("∂w5/∂w2: w5 = log(w2) applies ln to w2: the partial is the derivative of ln, "
                + "evaluated at w2");
        assertThat(hint).doesNotContain("1/");
    }

    @Test
    void theAdjointGivenForALocalPartialIsPointedOut() {
        assertThat(judge("d(w6)/d(w2)", "1 - 12*w2**2 + 1/w2").hint()).isEqualTo(
                "that is the adjoint w̄2 = ∂f/∂w2; the local partial ∂w6/∂w2 differentiates only w6's own formula");
    }

    @Test
    void aLocalPartialGivenForAnAdjointIsPointedOut() {
        assertThat(judge("grad(w3)", "4").hint())
                .isEqualTo("that is ∂w4/∂w3 alone; multiply each local partial by its child's adjoint");
    }

    @Test
    void aFormulaRightOnlyAtThisPointIsNotEquivalent() {
        AnswerCheck.Verdict v = judge("grad(w2)", "1 - 12*w2**2 + 1/w2 + w1 - 1.5");
        assertThat(v.got().item()).isCloseTo(v.expected().item(), within(1e-12));
        assertThat(v.correct()).isFalse();
        assertThat(v.equivalent()).isFalse();
        assertThat(v.hint()).isEqualTo(Hints.NOT_EQUIVALENT);
    }

    @Test
    void unknownNodesAndMissingEdgesAreNamed() {
        assertThat(judge("grad(w7)", "2").hint()).isEqualTo("no node named w7 (nodes are w1 … w6)");
        assertThat(judge("grad(w2)", "w7 + 1").hint()).isEqualTo("no node named w7 (nodes are w1 … w6)");
        assertThat(judge("d(w3)/d(w1)", "3").hint())
                .isEqualTo("w3 does not read w1 directly, so ∂w3/∂w1 is not a local partial (w3 reads w2)");
    }

    @Test
    void anAnswerThatUsesItsOwnTargetIsRejected() {
        assertThat(judge("grad(w2)", "grad(w2)").correct()).isFalse();
        assertThat(judge("grad(w2)", "grad(w2)").hint()).isEqualTo("your answer uses grad(w2), the adjoint it should give");
    }

    @Test
    void anAnswersFileIsJudgedLineByLineSkippingCommentsAndBlankLines() {
        List<AnswerCheck.Verdict> vs = check.judgeAll("""
                # question 8 (c)
                grad(w3) = -4

                grad(w2) = -9.8   # a guess
                d(w3)/d(w2) = 3*w2^2
                """);
        assertThat(vs).extracting(AnswerCheck.Verdict::line).containsExactly(2, 4, 5);
        assertThat(vs).extracting(AnswerCheck.Verdict::correct).containsExactly(true, false, true);
        assertThat(vs.get(1).answer()).isEqualTo("-9.8");
    }

    @Test
    void anUnreadableAnswerIsAnErrorAtItsLineAndColumn() {
        assertThatThrownBy(() -> check.judgeAll("grad(w3) = -4\ngrad(w2) = 1 +* w2\n"))
                .isInstanceOfSatisfying(ProgramException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(15);
                });
        assertThatThrownBy(() -> check.judgeAll("w̄3 is -4")).isInstanceOf(ProgramException.class)
                .hasMessageContaining("grad(w3) = -4");
        assertThatThrownBy(() -> check.judgeAll("sin(w3) = -4")).isInstanceOf(ProgramException.class)
                .hasMessageContaining("grad(w3)");
    }

    @Test
    void revealGivesTheTrueFormula() {
        assertThat(check.reveal("grad(w2)").text()).isEqualTo("1 - 12*w2**2 + 1/w2");
        assertThat(check.reveal("d(w3)/d(w2)").text()).isEqualTo("3*w2**2");
        assertThat(check.reveal("grad(w9)")).isNull();
    }

    @Test
    void tensorAdjointsAreJudgedElementwise() {
        AnswerCheck c = AnswerCheck.of(ExprGraph.parse("x = [1.0, 2.0, 3.0]\ns = sum(3 * x)"));
        assertThat(c.judge("grad(x)", "[3, 3, 3]").correct()).isTrue();
        assertThat(c.judge("grad(x)", "3").correct()).isTrue();
        assertThat(c.judge("grad(x)", "[3, 3, 4]").correct()).isFalse();
        AnswerCheck q3 = AnswerCheck.of(ExprGraph.parse("x = [1.0, -2.0, 0.5]\nf = x @ x"));
        assertThat(q3.judge("grad(x)", "2*x").correct()).isTrue();
        assertThat(q3.judge("grad(x)", "x").hint()).isEqualTo("your value is off by a factor of 2");
    }
}
