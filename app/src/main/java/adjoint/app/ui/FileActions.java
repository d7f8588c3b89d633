package adjoint.app.ui;

import adjoint.app.document.Autosave;
import adjoint.app.document.Command;
import adjoint.app.document.Document;
import adjoint.app.document.DocumentException;
import adjoint.app.document.DocumentStore;
import adjoint.app.document.RecentFiles;
import adjoint.app.document.SampleCatalog;
import adjoint.app.render.GraphExport;
import adjoint.app.render.GraphTheme;
import adjoint.app.render.MeasuredLayout;
import java.awt.image.BufferedImage;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * The File menu's work: new, open (documents and programs), save and save as (atomic, through
 * {@link DocumentStore}), recent files, samples, exports (PNG, SVG, copy as image), asking before unsaved changes
 * are lost, and the autosave with its recovery at start.
 */
final class FileActions {
    private final EditorModel model;
    private final GraphCanvasView canvas;
    private final Prompts prompts;
    private final RecentFiles recent;
    private final Autosave autosave;
    private final SampleCatalog samples;
    private final Supplier<GraphTheme> theme;
    private GraphExport.ExportOptions lastExport = GraphExport.ExportOptions.DEFAULT;

    FileActions(EditorModel model, GraphCanvasView canvas, Prompts prompts, RecentFiles recent, Autosave autosave,
                SampleCatalog samples, Supplier<GraphTheme> theme) {
        this.model = model;
        this.canvas = canvas;
        this.prompts = prompts;
        this.recent = recent;
        this.autosave = autosave;
        this.samples = samples;
        this.theme = theme;
        model.documentProperty().addListener(o -> autosave.update(model.current(), model.fileProperty().get(), model.isDirty()));
        model.dirtyProperty().addListener(o -> autosave.update(model.current(), model.fileProperty().get(), model.isDirty()));
    }

    /** The name the title bar shows: the file's name, the program it was made from, or Untitled. */
    String documentName() {
        Path f = model.fileProperty().get();
        if (f != null) {
            return f.getFileName().toString();
        }
        Path p = model.programProperty().get();
        return p == null ? "Untitled" : baseName(p) + " (from " + p.getFileName() + ")";
    }

    /** The name Save As and exports suggest, without an extension. */
    private String suggestedName() {
        Path f = model.fileProperty().get();
        Path p = f != null ? f : model.programProperty().get();
        return p == null ? "Untitled" : baseName(p);
    }

    private static String baseName(Path p) {
        return p.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    }

    void newDocument() {
        if (confirmDiscard()) {
            model.open(Document.empty(), null);
            canvas.frameSoon();
        }
    }

    void open() {
        if (confirmDiscard()) {
            prompts.chooseOpen().ifPresent(this::openFile);
        }
    }

    /** Opens a document or a program (without asking about unsaved changes: callers do). */
    boolean openFile(Path file) {
        try {
            boolean program = !file.getFileName().toString().endsWith("." + DocumentStore.EXTENSION);
            Document d = DocumentStore.open(file);
            if (program) {
                d = MeasuredLayout.apply(d, BriefEvaluation.of(d));
            }
            if (program) {
                model.openProgram(d, file);
            } else {
                model.open(d, file);
            }
            if (program) {
                model.info("Opened the program " + file.getFileName() + "; Save writes it as a graph document");
            } else {
                model.info("Opened " + file.getFileName());
            }
            rememberRecent(file);
            showView(d);
            return true;
        } catch (DocumentException e) {
            prompts.showError("Cannot open " + file.getFileName(), e.getMessage());
            model.error(e.getMessage());
            return false;
        }
    }

    /** Shows the zoom and pan the document was saved with, or frames it when it has none. */
    private void showView(Document d) {
        var v = d.view();
        if (v.zoom() == 1 && v.panX() == 0 && v.panY() == 0) {
            canvas.frameSoon();
        } else {
            canvas.showView(v.zoom(), v.panX(), v.panY());
        }
    }

    boolean save() {
        Path f = model.fileProperty().get();
        return f == null ? saveAs() : write(f);
    }

    boolean saveAs() {
        return prompts.chooseSave(DocumentStore.EXTENSION, suggestedName()).map(this::write).orElse(false);
    }

    /** Saves to {@code file}, remembering the view's zoom and pan in the document. */
    boolean write(Path file) {
        Viewport vp = canvas.viewport();
        Document d = model.current();
        Document withView = d.withView(d.view().withZoom(vp.zoom()).withPan(vp.panX(), vp.panY()));
        try {
            DocumentStore.save(file, withView);
            model.markSaved(file);
            model.info("Saved " + file.getFileName());
            rememberRecent(file);
            autosave.discard();
            return true;
        } catch (DocumentException e) {
            prompts.showError("Cannot save " + file.getFileName(), e.getMessage());
            model.error(e.getMessage());
            return false;
        }
    }

    /** True when there are no unsaved changes, or they were saved, or the user chose to drop them. */
    boolean confirmDiscard() {
        if (!model.isDirty()) {
            return true;
        }
        return switch (prompts.askSave(documentName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Offers the document an earlier run left unsaved, if there is one; recovered, it is unsaved work again. */
    void offerRecovery() {
        autosave.pendingRecovery().ifPresent(r -> {
            if (prompts.askRecover(r.savedAt(), r.file())) {
                model.open(Document.empty(), null);
                model.execute(new Recover(r.document()));
                model.info("Recovered the unsaved document" + r.file().map(p -> " of " + p.getFileName()).orElse(""));
                canvas.frameSoon();
            }
            autosave.discard();
        });
        autosave.start();
    }

    /** The recovered document, as an edit of an empty one: undoable, and unsaved until saved. */
    private record Recover(Document recovered) implements Command {
        @Override
        public String description() {
            return "Recover";
        }

        @Override
        public Document apply(Document current) {
            return recovered;
        }
    }

    void close() {
        autosave.close();
    }

    // ---- exports

    void exportPng() {
        export("PNG");
    }

    void exportSvg() {
        export("SVG");
    }

    private void export(String format) {
        boolean hasSelection = !model.selection().isEmpty();
        GraphExport.ExportOptions initial = new GraphExport.ExportOptions(lastExport.scale(), lastExport.transparent(),
                model.current().view().showValues(), model.current().view().showGrads(),
                hasSelection ? Set.of() : null, theme.get());
        prompts.askExport(format, initial, hasSelection).ifPresent(o -> {
            lastExport = o;
            GraphExport.ExportOptions chosen = withSelection(o);
            String ext = format.toLowerCase(Locale.ROOT);
            prompts.chooseSave(ext, suggestedName()).ifPresent(p -> writeExport(p, chosen, ext));
        });
    }

    /** Writes an export; the format is the extension's ("png" or "svg"). */
    void writeExport(Path file, GraphExport.ExportOptions o, String ext) {
        try {
            if (ext.equals("svg")) {
                GraphExport.writeSvg(GraphExport.svg(model.current(), model.evaluationProperty().get(), o), file);
            } else {
                GraphExport.writePng(GraphExport.png(model.current(), model.evaluationProperty().get(), o), file);
            }
            model.info("Exported " + file.getFileName());
        } catch (UncheckedIOException e) {
            prompts.showError("Cannot export", e.getMessage());
        }
    }

    void copyImage() {
        GraphExport.ExportOptions o = withSelection(new GraphExport.ExportOptions(2, false,
                model.current().view().showValues(), model.current().view().showGrads(),
                model.selection().isEmpty() ? null : Set.of(), theme.get()));
        BufferedImage image = GraphExport.png(model.current(), model.evaluationProperty().get(), o);
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(image, null));
        Clipboard.getSystemClipboard().setContent(content);
        model.info("Copied the " + (o.only() == null ? "graph" : "selection") + " as an image");
    }

    private GraphExport.ExportOptions withSelection(GraphExport.ExportOptions o) {
        return o.only() == null ? o : new GraphExport.ExportOptions(o.scale(), o.transparent(), o.showValues(),
                o.showGrads(), Set.copyOf(model.selection()), o.theme());
    }

    // ---- menus

    /** Fills the Recent menu each time it opens. */
    void fillRecent(Menu menu) {
        menu.setOnShowing(e -> {
            List<Path> files = recent.list();
            menu.getItems().clear();
            for (Path p : files) {
                MenuItem item = new MenuItem(p.getFileName() + "  —  " + Optional.ofNullable(p.getParent()).map(Path::toString).orElse(""));
                item.setMnemonicParsing(false);
                item.setOnAction(a -> {
                    if (confirmDiscard()) {
                        openFile(p);
                    }
                });
                menu.getItems().add(item);
            }
            if (files.isEmpty()) {
                MenuItem none = new MenuItem("No recent files");
                none.setDisable(true);
                menu.getItems().add(none);
            } else {
                MenuItem clear = new MenuItem("Clear Recent");
                clear.setOnAction(a -> {
                    try {
                        recent.clear();
                    } catch (DocumentException ex) {
                        model.error(ex.getMessage());
                    }
                });
                menu.getItems().addAll(new SeparatorMenuItem(), clear);
            }
        });
        menu.getItems().add(new MenuItem("No recent files"));
    }

    void fillSamples(Menu menu) {
        menu.getItems().clear();
        for (SampleCatalog.Sample s : samples.samples()) {
            MenuItem item = new MenuItem(s.title());
            item.setMnemonicParsing(false);
            item.setOnAction(a -> openSample(s));
            menu.getItems().add(item);
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No samples");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    boolean openSample(SampleCatalog.Sample s) {
        if (!confirmDiscard()) {
            return false;
        }
        try {
            Document d = samples.open(s);
            model.open(MeasuredLayout.untangle(d, BriefEvaluation.of(d)), null);
            model.info("Opened the sample " + s.title());
            canvas.frameSoon();
            return true;
        } catch (DocumentException e) {
            prompts.showError("Cannot open the sample", e.getMessage());
            return false;
        }
    }

    private void rememberRecent(Path file) {
        try {
            recent.add(file);
        } catch (DocumentException e) {
            model.error("Cannot remember the recent file: " + e.getMessage());
        }
    }
}
