package adjoint.app.ui;

import adjoint.app.render.GraphExport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The questions the window asks the user: which file, whether to save, whether to recover, how to export. The app
 * asks with dialogs ({@link DialogPrompts}); tests answer them directly.
 */
interface Prompts {
    /** The answer to "save your changes?". */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    Optional<Path> chooseOpen();

    /** A file to save to, with the given extension ("adjoint", "png", "svg"), suggesting {@code name}. */
    Optional<Path> chooseSave(String extension, String name);

    SaveChoice askSave(String documentName);

    boolean askRecover(Instant savedAt, Optional<Path> file);

    /** The export settings, starting from {@code initial}; empty if cancelled. */
    Optional<GraphExport.ExportOptions> askExport(String format, GraphExport.ExportOptions initial, boolean hasSelection);

    void showError(String title, String message);
}
