package adjoint.app.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {
    /** The midterm's Q8 graph built as a person builds it with the mouse: add, connect, set values. */
    static History buildMidtermByHand() {
        History h = new History(Document.empty());
        run(h, AddNode.of(h.current(), "variable", new Point(0, 0)));
        run(h, SetLeafValue.parse("n1", "1.5"));
        run(h, AddNode.of(h.current(), "sin", new Point(200, 0)));
        run(h, new Connect("n1", "n2", Port.input(0)));
        run(h, AddNode.of(h.current(), "pow", new Point(400, -80)));
        run(h, new Connect("n2", "n3", Port.input(0)));
        run(h, SetConstant.parse("n3", Port.input(1), "3"));
        run(h, AddNode.of(h.current(), "mul", new Point(600, -80)));
        run(h, new SetConstant("n4", Port.input(0), 4L));
        run(h, new Connect("n3", "n4", Port.input(1)));
        run(h, AddNode.of(h.current(), "log", new Point(600, 80)));
        run(h, new Connect("n2", "n5", Port.input(0)));
        run(h, AddNode.of(h.current(), "sub", new Point(800, 0)));
        run(h, new Connect("n2", "n6", Port.input(0)));
        run(h, new Connect("n4", "n6", Port.input(1)));
        run(h, new Connect("n5", "n6", Port.input(2)));
        return h;
    }

    private static void run(History h, Command c) {
        h.execute(c);
    }

    @Test
    void midtermBuiltByHandGivesTheExamsGradientOnX() {
        Document d = buildMidtermByHand().current();

        assertThat(d.graph().nodes()).hasSize(6);
        assertThat(d.output()).isEqualTo("n6");
        assertThat(Graphs.value(d, "n6")).isCloseTo(Q8.F, within(1e-12));
        assertThat(Graphs.grad(d, "n1")).isCloseTo(Q8.DF_DX, within(1e-12));
        assertThat(Graphs.grad(d, "n2")).isCloseTo(Q8.W2_BAR, within(1e-12));
        assertThat(d.graph().toProgram()).isEqualTo("""
                x = 1.5
                w2 = sin(x)
                w6 = w2 - 4 * w2**3 + log(w2)
                """);
    }

    @Test
    void everyEditUndoesToTheEmptyCanvasAndRedoesBack() {
        History h = buildMidtermByHand();
        Document built = h.current();
        List<Document> seen = new ArrayList<>();
        h.addListener(seen::add);

        while (h.canUndo()) {
            h.undo();
        }
        assertThat(h.current()).isEqualTo(Document.empty());
        while (h.canRedo()) {
            h.redo();
        }
        assertThat(h.current()).isEqualTo(built);
        assertThat(seen).hasSize(2 * 16);
    }

    @Test
    void undoMenuNamesTheEdit() {
        History h = new History(Document.empty());
        h.execute(AddNode.of(h.current(), "sin", new Point(0, 0)));
        assertThat(h.undoDescription()).isEqualTo("Add sin");
        h.undo();
        assertThat(h.redoDescription()).isEqualTo("Add sin");
        assertThat(h.undoDescription()).isNull();
    }

    @Test
    void refusedEditChangesNothing() {
        History h = buildMidtermByHand();
        Document before = h.current();
        assertThatThrownBy(() -> h.execute(new Connect("n6", "n2", Port.input(0))))
                .isInstanceOf(Command.EditRefused.class);
        assertThat(h.current()).isSameAs(before);
        assertThat(h.undoDescription()).isEqualTo("Connect");
    }

    @Test
    void editThatChangesNothingIsNoUndoStep() {
        History h = buildMidtermByHand();
        h.execute(new MoveNodes(java.util.Set.of("n1"), 0, 0));
        h.execute(SetLeafValue.parse("n1", "1.5"));
        assertThat(h.undoDescription()).isEqualTo("Connect");
    }

    @Test
    void dirtyUntilSavedAndAgainAfterAnEdit() {
        History h = new History(Document.empty());
        assertThat(h.isDirty()).isFalse();
        h.execute(AddNode.of(h.current(), "variable", new Point(0, 0)));
        assertThat(h.isDirty()).isTrue();
        h.markSaved();
        assertThat(h.isDirty()).isFalse();
        h.undo();
        assertThat(h.isDirty()).isTrue();
        h.redo();
        assertThat(h.isDirty()).isFalse();
    }

    @Test
    void resetForgetsUndoAndIsClean() {
        History h = buildMidtermByHand();
        h.reset(Q8.document());
        assertThat(h.canUndo()).isFalse();
        assertThat(h.canRedo()).isFalse();
        assertThat(h.isDirty()).isFalse();
    }

    @Test
    void sequenceIsOneUndoStep() {
        History h = new History(Document.empty());
        h.execute(AddNode.of(h.current(), "variable", new Point(0, 0)));
        AddNode sin = AddNode.of(h.current(), "sin", new Point(200, 0));
        h.execute(Command.sequence("Add sin", List.of(sin, new Connect("n1", sin.id(), Port.input(0)))));
        assertThat(h.current().graph().node("n2").inputIds()).containsExactly("n1");
        h.undo();
        assertThat(h.current().graph().nodes()).hasSize(1);
    }
}
