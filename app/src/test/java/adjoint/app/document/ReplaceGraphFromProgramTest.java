package adjoint.app.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReplaceGraphFromProgramTest {
    private static final String MIDTERM = "x = 1.5\nf = sin(x) - 4*sin(x)**3 + log(sin(x))";

    @Test
    void midtermFormulaGivesTheExamsSixNodesLaidOut() {
        Document d = new ReplaceGraphFromProgram(MIDTERM).apply(Document.empty());
        assertThat(d.graph().nodes()).hasSize(6);
        assertThat(d.graph().examLabels().values()).containsExactly("w1", "w2", "w3", "w4", "w5", "w6");
        assertThat(d.graph().formula("n6", d.graph().examLabels())).isEqualTo("w2 - w4 + w5");
        assertThat(d.positions()).hasSize(6);
        GraphLayoutTest.assertNoOverlaps(d.graph(), d.positions());
        assertThat(Graphs.grad(d, "n1")).isCloseTo(Q8.DF_DX, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void programBackAndForthIsTheSameDocument() {
        Document d = new ReplaceGraphFromProgram(MIDTERM).apply(Document.empty());
        assertThat(new ReplaceGraphFromProgram(d.graph().toProgram()).apply(d)).isSameAs(d);
    }

    @Test
    void editedProgramKeepsTheIdsAndPositionsOfUnchangedNodes() {
        Document d = new ReplaceGraphFromProgram(MIDTERM).apply(Document.empty());
        d = new MoveNodes(java.util.Set.of("n5"), 0, 300).apply(d);
        Document edited = new ReplaceGraphFromProgram("x = 2.0\nf = sin(x) - 4*sin(x)**3 + log(sin(x)) + x").apply(d);

        assertThat(edited.graph().node("n1").attrs().get("value")).isEqualTo(2.0);
        for (String id : java.util.List.of("n1", "n2", "n3", "n4", "n5")) {
            assertThat(edited.graph().contains(id)).isTrue();
            assertThat(edited.position(id)).as(id).isEqualTo(d.position(id));
        }
        assertThat(edited.graph().node("n6").inputIds()).containsExactly("n2", "n4", "n5", "n1");
    }

    @Test
    void newNodesArePlacedRightOfTheirInputsWithoutOverlapping() {
        Document d = new ReplaceGraphFromProgram("x = 1.5\ny = sin(x)").apply(Document.empty());
        Document more = new ReplaceGraphFromProgram("x = 1.5\ny = sin(x)\nz = cos(y)\nw = exp(y)").apply(d);
        String z = Graphs.id(more, "z");
        String w = Graphs.id(more, "w");
        assertThat(more.position(z).x()).isGreaterThan(more.position("n2").x());
        assertThat(Placement.overlaps(more.position(z), GraphLayout.DEFAULT_SIZE, more.position(w),
                GraphLayout.DEFAULT_SIZE)).isFalse();
    }

    @Test
    void renamedNodeIsFoundByWhatItComputes() {
        Document d = new ReplaceGraphFromProgram("x = 1.5\ny = sin(x)").apply(Document.empty());
        Document renamed = new ReplaceGraphFromProgram("x = 1.5\nsine = sin(x)").apply(d);
        assertThat(renamed.graph().node("n2").name()).isEqualTo("sine");
        assertThat(renamed.position("n2")).isEqualTo(d.position("n2"));
    }

    @Test
    void wrongProgramIsRefusedWithWhereAndWhy() {
        assertThatThrownBy(() -> new ReplaceGraphFromProgram("x = 1.5\nf = sinn(x)").apply(Document.empty()))
                .isInstanceOf(Command.EditRefused.class)
                .hasMessage("line 2, column 5: no function 'sinn' (did you mean 'sin'?)");
    }

    @Test
    void chosenOutputSurvivesWhenItsNodeDoes() {
        Document d = new SetOutput("n2").apply(new ReplaceGraphFromProgram(MIDTERM).apply(Document.empty()));
        Document edited = new ReplaceGraphFromProgram("x = 1.0\nf = sin(x) - 4*sin(x)**3 + log(sin(x))").apply(d);
        assertThat(edited.output()).isEqualTo("n2");
    }
}
