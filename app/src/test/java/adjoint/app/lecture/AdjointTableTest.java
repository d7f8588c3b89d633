package adjoint.app.lecture;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.graph.ExprGraph;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class AdjointTableTest {

    @Test
    void rowsFollowTheExamsLayoutOutputFirst() {
        Lecture q8 = Lecture.of(ExprGraph.parse(SweepTest.Q8));
        List<AdjointTable.Row> rows = q8.table().rows();
        assertThat(rows).extracting(AdjointTable.Row::adjointName).containsExactly("w̄6", "w̄5", "w̄4", "w̄3", "w̄2", "w̄1");
        AdjointTable.Row w2 = rows.get(4);
        assertThat(w2.chainText()).isEqualTo("w̄3·∂w3/∂w2 + w̄5·∂w5/∂w2 + w̄6·∂w6/∂w2");
        assertThat(w2.formula()).isEqualTo("1 - 12*w2**2 + 1/w2");
        assertThat(w2.value().item()).isCloseTo(SweepTest.W2_BAR, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void rowsKeepInStepWithTheSweep() {
        Lecture q8 = Lecture.of(ExprGraph.parse(SweepTest.Q8));
        assertThat(q8.table().rows()).allMatch(r -> r.state() == AdjointTable.State.PENDING && r.valueText().isEmpty());
        q8.timeline().seek(6 + 6);
        List<AdjointTable.Row> rows = q8.table().rows();
        assertThat(rows.get(0).state()).isEqualTo(AdjointTable.State.DONE);
        assertThat(rows.get(0).valueText()).isEqualTo("1");
        assertThat(rows.get(4).state()).isEqualTo(AdjointTable.State.PARTIAL);
        assertThat(rows.get(4).valueText()).endsWith("(2/3)");
        assertThat(rows.get(5).state()).isEqualTo(AdjointTable.State.PENDING);
        assertThat(q8.table().activeRow().label()).isEqualTo("w2");
        q8.timeline().seek(14);
        assertThat(q8.table().rows().get(5).valueText()).isEqualTo("-0.70294696");
    }

    @Test
    void copiesAsLatexInTheExamsOrder() {
        String latex = Lecture.of(ExprGraph.parse(SweepTest.Q8)).table().latex();
        assertThat(latex).startsWith("\\begin{aligned}\n").endsWith("\\end{aligned}\n");
        assertThat(latex.lines().skip(1).findFirst().orElseThrow()).contains("&= 1");
        assertThat(latex).contains("-9.9374437").contains("-0.70294696");
        assertThat(latex.indexOf("w}_{6}") < latex.indexOf("w}_{1}") || latex.indexOf("{6}") < latex.indexOf("{1} &"))
                .isTrue();
    }

    /** {@code x = 0.5}, {@code w1 = x}, {@code w2 = sin(w1)}, then {@code wk = sin(w(k-1) + w(k-2))} up to {@code wn}. */
    static String twoBackChain(int n) {
        StringBuilder b = new StringBuilder("x = 0.5\nw1 = x\nw2 = sin(w1)\n");
        for (int k = 3; k <= n; k++) {
            b.append("w").append(k).append(" = sin(w").append(k - 1).append(" + w").append(k - 2).append(")\n");
        }
        return b.toString();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aDeepGraphsLectureIsReadyAtOnceAndSaysWhichFormulasAreTooLong() {
        Lecture deep = Lecture.of(ExprGraph.parse(twoBackChain(50)));
        deep.timeline().seek(deep.timeline().steps().size());
        List<AdjointTable.Row> rows = deep.table().rows();
        assertThat(rows.getFirst().formulaText()).isEqualTo("1");
        AdjointTable.Row input = rows.getLast();
        assertThat(input.formula()).isNull();
        assertThat(input.formulaText()).startsWith("(too long to show: about ").endsWith(" symbols)");
        assertThat(input.chainText()).isNotBlank();
        assertThat(input.value()).isNotNull();
        assertThat(input.valueText()).isNotBlank();
        assertThat(deep.table().latex()).doesNotContain("too long");
    }
}
