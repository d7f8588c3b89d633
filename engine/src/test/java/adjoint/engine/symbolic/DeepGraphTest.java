package adjoint.engine.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphEvaluator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A graph where each node reads the two before it, w_k = sin(w_{k-1} + w_{k-2}): substituted all the way, w̄1 would
 * hold about 10^42 symbols at 200 nodes. The derivatives still come at once: every local partial and chain-rule sum,
 * the short formulas near the output, and for the rest the reason they are not shown; the values come from autograd.
 */
class DeepGraphTest {

    /** {@code x = 0.5}, {@code w1 = x}, {@code w2 = sin(w1)}, then {@code wk = sin(w(k-1) + w(k-2))} up to {@code wn}. */
    static String twoBackChain(int n) {
        StringBuilder b = new StringBuilder("x = 0.5\nw1 = x\nw2 = sin(w1)\n");
        for (int k = 3; k <= n; k++) {
            b.append("w").append(k).append(" = sin(w").append(k - 1).append(" + w").append(k - 2).append(")\n");
        }
        return b.toString();
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 200})
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aChainWhereEachNodeReadsTheTwoBeforeItIsDerivedAtOnce(int n) {
        ExprGraph g = ExprGraph.parse(twoBackChain(n));
        GraphEvaluation ev = GraphEvaluator.evaluate(g, DType.FLOAT64);
        Derivatives d = Derivatives.of(g, g.examLabels(), ev);

        Derivatives.NodeAdjoint output = d.adjoint(g.output());
        assertThat(output.formula()).isEqualTo(Sym.ONE);
        Derivatives.NodeAdjoint first = d.adjoint(d.resolve("x"));
        assertThat(first.formula()).isNull();
        assertThat(first.unsupported()).isNull();
        assertThat(first.tooLong()).startsWith("too long to show: about ").endsWith(" symbols");
        assertThat(first.absent()).isEqualTo(first.tooLong());
        long shown = d.adjoints().stream().filter(a -> a.formula() != null).count();
        assertThat(shown).isBetween(3L, (long) n);
        for (Derivatives.NodeAdjoint a : d.adjoints()) {
            assertThat(a.formula() != null || a.tooLong() != null).as(a.label()).isTrue();
            assertThat(a.viaChildren()).as(a.label()).isNotNull();
            Tensor grad = ev.result(a.id()).grad();
            assertThat(Compare.close(d.evaluate(a.chain(), ev), grad)).as("chain of %s", a.label()).isTrue();
            assertThat(Compare.close(d.evaluate(a.viaChildren(), ev), grad)).as("via children of %s", a.label()).isTrue();
            if (a.formula() != null) {
                assertThat(FormulaSize.of(a.formula())).isLessThanOrEqualTo(FormulaSize.LIMIT);
                assertThat(Compare.close(d.evaluate(a.formula(), ev), grad)).as("formula of %s", a.label()).isTrue();
            }
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void anAdjointTooLongToShowIsStillJudgedAndRevealedOverItsChildren() {
        AnswerCheck check = AnswerCheck.of(ExprGraph.parse(twoBackChain(50)));
        Sym revealed = check.reveal("grad(x)");
        assertThat(revealed.text()).contains("grad(");
        assertThat(check.judge("grad(x)", revealed.text()).correct()).isTrue();
        double value = check.evaluation().result(check.derivatives().resolve("x")).grad().item();
        assertThat(check.judge("grad(x)", String.format(java.util.Locale.ROOT, "%.6f", value)).correct()).isTrue();
        assertThat(check.judge("grad(x)", String.format(java.util.Locale.ROOT, "%.6f", value + 1)).correct()).isFalse();
        assertThat(check.judge("grad(x)", "cos(x)").correct()).isFalse();
    }

    @Test
    void smallGraphsKeepEveryFormula() {
        ExprGraph g = ExprGraph.parse(MidtermQ8Test.PROGRAM);
        Derivatives d = Derivatives.of(g);
        assertThat(d.adjoints()).allSatisfy(a -> {
            assertThat(a.tooLong()).isNull();
            assertThat(a.absent()).isNull();
        });
        assertThat(d.adjoint(d.resolve("w2")).formula().text()).isEqualTo("1 - 12*w2**2 + 1/w2");
    }

    @Test
    void aFormulaLengthCountsEverySymbol() {
        assertThat(FormulaSize.of(Sym.parse("1 - 12*w2**2 + 1/w2").simplified())).isEqualTo(10);
        assertThat(FormulaSize.tooLong(425)).isEqualTo("too long to show: 425 symbols");
        assertThat(FormulaSize.tooLong(2.2e42)).isEqualTo("too long to show: about 2.2e+42 symbols");
    }
}
