package adjoint.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.app.document.AddNode;
import adjoint.app.document.Connect;
import adjoint.app.document.DeleteNodes;
import adjoint.app.document.Document;
import adjoint.app.document.Point;
import adjoint.app.document.Port;
import adjoint.engine.graph.ExprGraph;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The editor's view-model without a window: edits, refusals, selection and live evaluation. */
class EditorModelTest {
    private final EditorModel model = new EditorModel(Runnable::run);

    @AfterEach
    void close() {
        model.close();
    }

    private void awaitEvaluationOf(Document d) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            var ev = model.evaluationProperty().get();
            if (ev != null && ev.results().keySet().containsAll(d.graph().nodes().stream().map(n -> n.id()).toList())
                    && ev.results().size() == d.graph().nodes().size()) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no evaluation arrived");
    }

    @Test
    void anEditIsUndoneAndRedoneAndTheMenuTextsNameIt() {
        model.execute(new AddNode("variable", new Point(0, 0)));

        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Add variable");
        assertThat(model.canUndoProperty().get()).isTrue();
        assertThat(model.dirtyProperty().get()).isTrue();

        model.undo();
        assertThat(model.current().graph().nodes()).isEmpty();
        assertThat(model.redoTextProperty().get()).isEqualTo("Redo Add variable");
        assertThat(model.statusProperty().get()).isEqualTo("Undid add variable");
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void aRefusedEditChangesNothingAndSaysWhyInTheStatus() {
        model.open(Document.of(ExprGraph.parse("x = 1.5\nf = sin(x)")), null);
        Document before = model.current();
        String sin = before.graph().nodes().getLast().id();

        boolean done = model.execute(new Connect(sin, sin, Port.input(0)));

        assertThat(done).isFalse();
        assertThat(model.current()).isSameAs(before);
        assertThat(model.statusIsErrorProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).startsWith("Cannot connect").contains("cycle");
    }

    @Test
    void everyEditIsEvaluatedOffTheCallersThreadAndTheResultArrives() throws InterruptedException {
        model.open(Document.of(ExprGraph.parse("x = 1.5\nf = x * x")), null);
        awaitEvaluationOf(model.current());

        String x = model.current().graph().nodes().getFirst().id();
        assertThat(model.evaluationProperty().get().result(x).grad().item()).isEqualTo(3.0);
        assertThat(model.deviceProperty().get()).startsWith("Device: ");
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void anErrorInTheGraphIsSummedUpForTheStatusBar() throws InterruptedException {
        model.open(Document.of(ExprGraph.parse("a = [1.0, 2.0]\nb = [1.0, 2.0, 3.0]\nf = a * b")), null);
        awaitEvaluationOf(model.current());

        assertThat(model.problemProperty().get()).startsWith("f: ");
    }

    @Test
    void onlyTheNewestRequestIsApplied() throws InterruptedException {
        List<Long> seen = new CopyOnWriteArrayList<>();
        try (LiveEvaluation live = new LiveEvaluation(Runnable::run, r -> seen.add(r.generation()))) {
            Document a = Document.of(ExprGraph.parse("x = 1.0\nf = exp(x)"));
            live.request(a);
            live.request(a);
            long last = live.request(a);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (seen.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            Thread.sleep(2 * LiveEvaluation.DEBOUNCE_MS);
            assertThat(seen).containsExactly(last);
        }
    }

    @Test
    void theSelectionForgetsNodesThatAreDeleted() {
        model.open(Document.of(ExprGraph.parse("x = 1.5\nf = sin(x)")), null);
        String sin = model.current().graph().nodes().getLast().id();
        model.select(Set.of(sin, "nope"));
        assertThat(model.selection()).containsExactly(sin);

        model.execute(new DeleteNodes(Set.of(sin)));
        assertThat(model.selection()).isEmpty();
    }
}
