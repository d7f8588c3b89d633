package adjoint.app.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import adjoint.app.document.DocumentStore;
import adjoint.engine.graph.ExprGraph;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepTest {
    static final String Q8 = "x = 1.5\nf = sin(x) - 4*sin(x)**3 + log(sin(x))";
    /** PyTorch, float64, x = 1.5. */
    static final double W2_BAR = -9.937443675355947;
    static final double W1_BAR = -0.7029469573250924;

    @Test
    void forwardSweepVisitsTheSixNodesInTopologicalOrder() {
        Lecture q8 = Lecture.of(ExprGraph.parse(Q8));
        List<SweepStep> f = q8.timeline().forward();
        assertThat(f).hasSize(6);
        assertThat(f).extracting(SweepStep::label).containsExactly("w1", "w2", "w3", "w4", "w5", "w6");
        assertThat(f.get(1).formula()).isEqualTo("sin(w1)");
        assertThat(f.get(1).value().item()).isCloseTo(Math.sin(1.5), within(1e-15));
        assertThat(f.get(0).value().item()).isEqualTo(1.5);
    }

    @Test
    void backwardSweepFollowsTheExamsOrderWithPyTorchsValues() {
        Lecture q8 = Lecture.of(ExprGraph.parse(Q8));
        List<SweepStep> b = q8.timeline().backward();
        assertThat(b).extracting(s -> s.label() + (s.childLabel() == null ? "" : "<" + s.childLabel()))
                .containsExactly("w6", "w5<w6", "w4<w6", "w3<w4", "w2<w3", "w2<w5", "w2<w6", "w1<w2");
        assertThat(b.get(0).kind()).isEqualTo(SweepStep.Kind.SEED);
        assertThat(b.get(0).value().item()).isEqualTo(1.0);
        assertThat(b.get(2).value().item()).isEqualTo(-1.0);
        assertThat(b.get(3).runningSum().item()).isCloseTo(-4.0, within(1e-12));
        assertThat(b.get(4).partial()).isEqualTo("3*w2**2");
        assertThat(b.get(4).formula()).isEqualTo("grad(w3)*d(w3)/d(w2)");
        assertThat(b.get(6).runningSum().item()).isCloseTo(W2_BAR, within(1e-12));
        assertThat(b.get(7).runningSum().item()).isCloseTo(W1_BAR, within(1e-12));
    }

    @Test
    void aNodeWithSeveralChildrenShowsTheRunningSum() {
        List<SweepStep> b = Lecture.of(ExprGraph.parse(Q8)).timeline().backward();
        double s = Math.sin(1.5);
        assertThat(b.get(4).runningSum().item()).isCloseTo(-12 * s * s, within(1e-12));
        assertThat(b.get(5).runningSum().item()).isCloseTo(-12 * s * s + 1 / s, within(1e-12));
        assertThat(b.get(5).term()).isEqualTo(2);
        assertThat(b.get(5).terms()).isEqualTo(3);
        assertThat(b.get(5).completesNode()).isFalse();
        assertThat(b.get(5).caption()).contains("w̄2 so far").contains("term 2 of 3");
    }

    @Test
    void theSampleFileGivesTheSameSweeps() throws Exception {
        Path sample = Path.of("../samples/midterm-q8.adjoint");
        Lecture q8 = Lecture.of(DocumentStore.open(sample));
        assertThat(q8.timeline().forward()).hasSize(6);
        assertThat(q8.timeline().backward()).hasSize(8);
        assertThat(q8.timeline().backward().getLast().runningSum().item()).isCloseTo(W1_BAR, within(1e-12));
    }

    @Test
    void timelineStepsSeeksAndJumpsToANode() {
        SweepTimeline t = Lecture.of(ExprGraph.parse(Q8)).timeline();
        int[] changes = {0};
        t.addListener(() -> changes[0]++);
        assertThat(t.size()).isEqualTo(14);
        assertThat(t.current()).isNull();
        assertThat(t.stepBack()).isFalse();
        t.stepForward();
        assertThat(t.current().label()).isEqualTo("w1");
        t.toBackward();
        assertThat(t.inBackward()).isFalse();
        t.stepForward();
        assertThat(t.inBackward()).isTrue();
        assertThat(t.current().kind()).isEqualTo(SweepStep.Kind.SEED);
        t.jumpTo("n2");
        assertThat(t.current().childLabel()).isEqualTo("w6");
        assertThat(t.position()).isEqualTo(13);
        t.jumpTo("n2", false);
        assertThat(t.position()).isEqualTo(2);
        t.seek(99);
        assertThat(t.atEnd()).isTrue();
        assertThat(t.progress()).isEqualTo(1.0);
        t.stepBack();
        assertThat(t.current().label()).isEqualTo("w2");
        assertThat(changes[0]).isEqualTo(7);
    }

    @Test
    void shownEvaluationRevealsOnlyWhatTheSweepHasReached() {
        Lecture q8 = Lecture.of(ExprGraph.parse(Q8));
        q8.timeline().seek(2);
        assertThat(q8.shownEvaluation().result("n2").value()).isNotNull();
        assertThat(q8.shownEvaluation().result("n3").value()).isNull();
        q8.timeline().seek(6 + 6);
        assertThat(q8.shownEvaluation().result("n2").grad().item()).isCloseTo(-12 * Math.pow(Math.sin(1.5), 2)
                + 1 / Math.sin(1.5), within(1e-12));
        assertThat(q8.shownEvaluation().result("n1").grad()).isNull();
    }
}
