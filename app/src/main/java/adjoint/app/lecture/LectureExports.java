package adjoint.app.lecture;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The lecture window's exports: the backward and forward sweeps as animated GIFs, one PNG per step into a folder,
 * and the adjoint table as a LaTeX file. Pictures are drawn on one worker thread (never the JavaFX thread), with a
 * progress bar and a Cancel button; the JavaFX thread only shows the progress and the outcome.
 */
final class LectureExports {
    /** Frames per step in an exported GIF: the step's animation in seven, then the settled step. */
    static final int GIF_FRAMES_PER_STEP = 8;
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lecture-export");
        t.setDaemon(true);
        return t;
    });
    private final Lecture lecture;
    private final Consumer<String> say;
    private final ProgressBar bar = new ProgressBar(0);
    private final Label what = new Label();
    private final Button cancel = new Button("Cancel");
    private final HBox progress = new HBox(8, what, bar, cancel);
    private ExportTask running;

    /** @param say shows a line of outcome to the user (the window's caption) */
    LectureExports(Lecture lecture, Consumer<String> say) {
        this.lecture = lecture;
        this.say = say;
        progress.setId("lecture-export-progress");
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.setVisible(false);
        progress.setManaged(false);
        bar.setPrefWidth(160);
        cancel.setId("lecture-export-cancel");
        cancel.setOnAction(e -> cancel());
    }

    /** The Export menu for the tool bar. */
    MenuButton menu(Window owner) {
        MenuButton m = new MenuButton("Export", new FontIcon("mdi2e-export-variant"));
        m.setId("lecture-export");
        m.setTooltip(new Tooltip("Save the sweeps as GIFs or PNGs, or the adjoint table as LaTeX"));
        m.setFocusTraversable(false);
        m.getItems().addAll(
                item("Backward sweep as GIF…", "lecture-export-backward-gif", () -> save(owner,
                        "Export the backward sweep as GIF", "backward-sweep.gif", "GIF", "*.gif",
                        p -> gif(SweepExport.Part.BACKWARD, p))),
                item("Forward sweep as GIF…", "lecture-export-forward-gif", () -> save(owner,
                        "Export the forward sweep as GIF", "forward-sweep.gif", "GIF", "*.gif",
                        p -> gif(SweepExport.Part.FORWARD, p))),
                item("PNG per step…", "lecture-export-pngs", () -> {
                    DirectoryChooser chooser = new DirectoryChooser();
                    chooser.setTitle("Folder for step-001.png, step-002.png, …");
                    File folder = chooser.showDialog(owner);
                    if (folder != null) {
                        pngs(folder.toPath());
                    }
                }),
                item("Adjoint table as LaTeX…", "lecture-export-latex", () -> save(owner,
                        "Save the adjoint table as LaTeX", "adjoint-table.tex", "LaTeX", "*.tex", this::latex)));
        return m;
    }

    /** The progress bar and Cancel button, shown while an export runs. */
    HBox progress() {
        return progress;
    }

    boolean isRunning() {
        return running != null;
    }

    /** Starts writing a sweep as a tweened, looping GIF; returns the task (its value is the file). */
    Task<Path> gif(SweepExport.Part part, Path file) {
        return start((part == SweepExport.Part.BACKWARD ? "backward" : "forward") + " sweep GIF", file, task -> {
            SweepExport.gif(lecture, part, file, 1200, GIF_FRAMES_PER_STEP, progressOf(task));
            return file;
        });
    }

    /** Starts writing one PNG per step of both sweeps into {@code folder}. */
    Task<Path> pngs(Path folder) {
        return start("PNG per step", folder, task -> {
            var files = SweepExport.pngs(lecture, SweepExport.Part.BOTH, folder, progressOf(task));
            return files.isEmpty() ? folder : files.getLast();
        });
    }

    /** Writes the adjoint table as a LaTeX file (small: on the calling thread). */
    void latex(Path file) {
        try {
            Files.writeString(file, lecture.table().latex(), StandardCharsets.UTF_8);
            say.accept("Saved the adjoint table as " + file.getFileName());
        } catch (IOException e) {
            say.accept("Could not save " + file.getFileName() + ": " + e.getMessage());
        }
    }

    /** Asks the running export to stop; it ends (and says so) once the worker has removed what it wrote. */
    void cancel() {
        if (running != null) {
            running.stop = true;
        }
    }

    /** The work of an export, given its task to report progress to. */
    private interface Work {
        Path run(ExportTask task);
    }

    /** An export on the worker; its progress updates are thread-safe and coalesced by JavaFX. */
    private static final class ExportTask extends Task<Path> {
        private final Work work;
        private volatile boolean stop;

        ExportTask(Work work) {
            this.work = work;
        }

        @Override
        protected Path call() {
            return work.run(this);
        }

        void report(long done, long total) {
            updateProgress(done, total);
        }
    }

    private Task<Path> start(String name, Path target, Work work) {
        if (running != null) {
            say.accept("An export is still running: cancel it or wait.");
            return null;
        }
        ExportTask task = new ExportTask(work);
        running = task;
        what.setText("Exporting " + name + "…");
        bar.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        progress.setManaged(true);
        task.setOnSucceeded(e -> finished("Saved " + task.getValue().getFileName()
                + (Files.isDirectory(target) ? " (and the other steps) in " + target.getFileName() : "")));
        task.setOnCancelled(e -> finished("Export cancelled."));
        task.setOnFailed(e -> finished(task.getException() instanceof CancellationException ? "Export cancelled."
                : "Export failed: " + message(task.getException())));
        WORKER.execute(task);
        return task;
    }

    private void finished(String message) {
        running = null;
        bar.progressProperty().unbind();
        progress.setVisible(false);
        progress.setManaged(false);
        say.accept(message);
    }

    private static SweepExport.Progress progressOf(ExportTask task) {
        return new SweepExport.Progress() {
            @Override
            public void done(int frames, int total) {
                task.report(frames, total);
            }

            @Override
            public boolean cancelled() {
                return task.stop || task.isCancelled();
            }
        };
    }

    private static String message(Throwable t) {
        if (t instanceof CancellationException) {
            return "cancelled";
        }
        if (t instanceof UncheckedIOException u && u.getCause() != null) {
            return u.getCause().getMessage();
        }
        return t == null ? "unknown error" : t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static void save(Window owner, String title, String name, String kind, String pattern,
                             Consumer<Path> then) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            then.accept(file.toPath());
        }
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }
}
