package adjoint.app.ui;

import adjoint.app.render.GraphExport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the window's questions the way a test says, and remembers what was asked. */
final class FakePrompts implements Prompts {
    Path openAnswer;
    Path saveAnswer;
    SaveChoice saveChoice = SaveChoice.DISCARD;
    boolean recover = true;
    final List<String> asked = new ArrayList<>();
    /** The file names chooseSave suggested, in order. */
    final List<String> suggestedNames = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> chooseOpen() {
        asked.add("open");
        return Optional.ofNullable(openAnswer);
    }

    @Override
    public Optional<Path> chooseSave(String extension, String name) {
        asked.add("save " + extension);
        suggestedNames.add(name);
        return Optional.ofNullable(saveAnswer);
    }

    @Override
    public SaveChoice askSave(String documentName) {
        asked.add("save changes to " + documentName);
        return saveChoice;
    }

    @Override
    public boolean askRecover(Instant savedAt, Optional<Path> file) {
        asked.add("recover");
        return recover;
    }

    @Override
    public Optional<GraphExport.ExportOptions> askExport(String format, GraphExport.ExportOptions initial,
                                                         boolean hasSelection) {
        asked.add("export " + format);
        return Optional.of(initial);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }
}
