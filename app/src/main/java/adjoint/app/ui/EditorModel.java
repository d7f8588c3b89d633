package adjoint.app.ui;

import adjoint.app.document.Command;
import adjoint.app.document.Document;
import adjoint.app.document.History;
import adjoint.engine.graph.GraphEvaluation;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The editor's view-model: the document with its history, the selection, the latest evaluation, the file and the
 * status line. Views read its properties and change it only through its methods. It holds no scene-graph node.
 */
final class EditorModel implements AutoCloseable {
    private final History history = new History(Document.empty());
    private final ObjectProperty<Document> document = new SimpleObjectProperty<>(this, "document", Document.empty());
    private final ObjectProperty<GraphEvaluation> evaluation = new SimpleObjectProperty<>(this, "evaluation");
    private final ObjectProperty<Set<String>> selection = new SimpleObjectProperty<>(this, "selection", Set.of());
    private final StringProperty status = new SimpleStringProperty(this, "status", "Ready");
    private final BooleanProperty statusIsError = new SimpleBooleanProperty(this, "statusIsError");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final StringProperty device = new SimpleStringProperty(this, "device", "Device: cpu");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final StringProperty undoText = new SimpleStringProperty(this, "undoText", "Undo");
    private final StringProperty redoText = new SimpleStringProperty(this, "redoText", "Redo");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    /** The program a document was made from when it has no file of its own yet (a {@code .adj} opened). */
    private final ObjectProperty<Path> program = new SimpleObjectProperty<>(this, "program");
    private final LiveEvaluation live;

    EditorModel(Executor fxThread) {
        live = new LiveEvaluation(fxThread, this::applyResult);
        history.addListener(this::documentChanged);
        live.warmUp();
        live.request(history.current());
    }

    // ---- reading

    Document current() {
        return history.current();
    }

    ReadOnlyObjectProperty<Document> documentProperty() {
        return document;
    }

    ReadOnlyObjectProperty<GraphEvaluation> evaluationProperty() {
        return evaluation;
    }

    ReadOnlyObjectProperty<Set<String>> selectionProperty() {
        return selection;
    }

    Set<String> selection() {
        return selection.get();
    }

    ReadOnlyStringProperty statusProperty() {
        return status;
    }

    ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError;
    }

    /** What is wrong with the latest evaluation ("log of a negative number at w5"), or empty. */
    ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    ReadOnlyStringProperty deviceProperty() {
        return device;
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    ReadOnlyStringProperty undoTextProperty() {
        return undoText;
    }

    ReadOnlyStringProperty redoTextProperty() {
        return redoText;
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    boolean isDirty() {
        return dirty.get();
    }

    ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    /** The program this unsaved document was made from, or null. */
    ReadOnlyObjectProperty<Path> programProperty() {
        return program;
    }

    History history() {
        return history;
    }

    // ---- editing

    /** Makes an edit; a refused one changes nothing and says why in the status line. */
    boolean execute(Command command) {
        try {
            Document before = history.current();
            history.execute(command);
            if (history.current() != before) {
                info(command.description());
            }
            return true;
        } catch (Command.EditRefused refused) {
            error("Cannot " + lowerFirst(command.description()) + ": " + refused.getMessage());
            return false;
        } catch (IllegalArgumentException | IllegalStateException e) {
            error("Cannot " + lowerFirst(command.description()) + ": " + e.getMessage());
            return false;
        }
    }

    void undo() {
        String what = history.undoDescription();
        if (what != null) {
            history.undo();
            info("Undid " + lowerFirst(what));
        }
    }

    void redo() {
        String what = history.redoDescription();
        if (what != null) {
            history.redo();
            info("Redid " + lowerFirst(what));
        }
    }

    /** Replaces the document (a file opened, New): no undo step, not dirty. */
    void open(Document d, Path from) {
        openAs(d, from, null);
    }

    /** Replaces the document with the graph of a program: it has no file until saved, but remembers its source. */
    void openProgram(Document d, Path source) {
        openAs(d, null, source);
    }

    private void openAs(Document d, Path from, Path source) {
        selection.set(Set.of());
        file.set(from);
        program.set(source);
        history.reset(d);
        updateFlags();
    }

    void markSaved(Path to) {
        file.set(to);
        program.set(null);
        history.markSaved();
        updateFlags();
    }

    // ---- selection

    void select(Set<String> ids) {
        Set<String> kept = new LinkedHashSet<>(ids);
        kept.retainAll(history.current().graph().nodes().stream().map(n -> n.id()).toList());
        selection.set(Set.copyOf(kept));
    }

    void toggle(String id) {
        Set<String> s = new LinkedHashSet<>(selection.get());
        if (!s.remove(id)) {
            s.add(id);
        }
        select(s);
    }

    void selectAll() {
        select(Set.copyOf(history.current().graph().nodes().stream().map(n -> n.id()).toList()));
    }

    // ---- status

    void info(String message) {
        status.set(message);
        statusIsError.set(false);
    }

    void error(String message) {
        status.set(message);
        statusIsError.set(true);
    }

    @Override
    public void close() {
        live.close();
    }

    private void documentChanged(Document d) {
        document.set(d);
        Set<String> kept = new LinkedHashSet<>(selection.get());
        kept.removeIf(id -> !d.graph().contains(id));
        if (kept.size() != selection.get().size()) {
            selection.set(Set.copyOf(kept));
        }
        updateFlags();
        live.request(d);
    }

    private void applyResult(LiveEvaluation.Result r) {
        device.set("Device: " + r.device());
        if (r.failure() != null) {
            evaluation.set(null);
            problem.set("Evaluation failed: " + r.failure());
            return;
        }
        evaluation.set(r.evaluation());
        problem.set(EvaluationProblems.summary(r.document().graph(), r.evaluation()));
    }

    private void updateFlags() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.canUndo() ? "Undo " + history.undoDescription() : "Undo");
        redoText.set(history.canRedo() ? "Redo " + history.redoDescription() : "Redo");
        dirty.set(history.isDirty());
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
