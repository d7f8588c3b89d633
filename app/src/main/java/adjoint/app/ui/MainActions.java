package adjoint.app.ui;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

/**
 * The main window's commands. Undo and Redo name what they undo ("Undo Move node") and are enabled only when
 * there is something to undo. Edit commands typed while a text field has the focus act on the text instead.
 */
final class MainActions {
    final AppAction newGraph;
    final AppAction open;
    final AppAction save;
    final AppAction saveAs;
    final AppAction exportPng;
    final AppAction exportSvg;
    final AppAction copyImage;
    final AppAction quit;

    final AppAction undo;
    final AppAction redo;
    final AppAction cut;
    final AppAction copy;
    final AppAction paste;
    final AppAction duplicate;
    final AppAction delete;
    final AppAction selectAll;

    final AppAction zoomIn;
    final AppAction zoomOut;
    final AppAction zoomReset;
    final AppAction frameAll;
    final AppAction layoutAcross;
    final AppAction layoutDown;

    final AppAction about;

    MainActions(MainWindow w, Scene scene) {
        EditorModel m = w.model();
        FileActions f = w.files();
        EditActions e = w.edits();
        GraphCanvasView c = w.canvas();
        var hasSelection = Bindings.createBooleanBinding(() -> !m.selection().isEmpty(), m.selectionProperty());
        var hasNodes = Bindings.createBooleanBinding(() -> !m.current().graph().nodes().isEmpty(), m.documentProperty());

        newGraph = AppAction.of("New", "mdi2f-file-plus-outline", "Shortcut+N", "Start an empty graph", f::newDocument);
        open = AppAction.of("Open…", "mdi2f-folder-open-outline", "Shortcut+O", "Open a graph or a program", f::open);
        save = AppAction.of("Save", "mdi2c-content-save-outline", "Shortcut+S", "Save the graph", f::save);
        saveAs = AppAction.of("Save As…", null, "Shortcut+Shift+S", "Save the graph under a new name", f::saveAs);
        exportPng = AppAction.of("PNG Image…", null, null, "Export the graph as a PNG image", f::exportPng)
                .enabledWhen(hasNodes);
        exportSvg = AppAction.of("SVG Image…", null, null, "Export the graph as an SVG image", f::exportSvg)
                .enabledWhen(hasNodes);
        copyImage = AppAction.of("Copy as Image", "mdi2i-image-outline", "Shortcut+Shift+C",
                "Copy the graph (or the selection) as an image", f::copyImage).enabledWhen(hasNodes);
        quit = AppAction.of("Quit", null, "Shortcut+Q", "Quit Adjoint", w::quit);

        undo = AppAction.of("Undo", "mdi2u-undo", "Shortcut+Z", "Undo the last edit",
                text(scene, TextInputControl::undo, m::undo)).enabledWhen(m.canUndoProperty()).textFrom(m.undoTextProperty());
        redo = AppAction.of("Redo", "mdi2r-redo", "Shortcut+Y", "Redo the edit undone last",
                text(scene, TextInputControl::redo, m::redo)).enabledWhen(m.canRedoProperty()).textFrom(m.redoTextProperty());
        cut = AppAction.of("Cut", "mdi2c-content-cut", "Shortcut+X", "Cut the selected nodes",
                text(scene, TextInputControl::cut, e::cut));
        copy = AppAction.of("Copy", "mdi2c-content-copy", "Shortcut+C", "Copy the selected nodes",
                text(scene, TextInputControl::copy, e::copy));
        paste = AppAction.of("Paste", "mdi2c-content-paste", "Shortcut+V", "Paste nodes",
                text(scene, TextInputControl::paste, e::paste));
        duplicate = AppAction.of("Duplicate", "mdi2c-content-duplicate", "Shortcut+D", "Duplicate the selected nodes",
                text(scene, t -> { }, e::duplicate)).enabledWhen(hasSelection);
        delete = AppAction.of("Delete", "mdi2d-delete-outline", "Delete", "Delete the selection and its edges",
                text(scene, TextInputControl::deleteNextChar, e::delete));
        selectAll = AppAction.of("Select All", null, "Shortcut+A", "Select every node",
                text(scene, TextInputControl::selectAll, m::selectAll));

        zoomIn = AppAction.of("Zoom In", "mdi2m-magnify-plus-outline", "Shortcut+Plus", "Zoom in", c::zoomIn);
        zoomOut = AppAction.of("Zoom Out", "mdi2m-magnify-minus-outline", "Shortcut+Minus", "Zoom out", c::zoomOut);
        zoomReset = AppAction.of("Actual Size", null, "Shortcut+0", "Zoom to 100%", c::actualSize);
        frameAll = AppAction.of("Frame All", "mdi2f-fit-to-screen-outline", "F", "Fit the whole graph in view",
                text(scene, t -> { }, c::frameAll));
        layoutAcross = AppAction.of("Auto Layout, Left to Right", "mdi2s-sitemap-outline", "Shortcut+L",
                "Lay the graph out in layers from left to right", () -> w.autoLayout(false)).enabledWhen(hasNodes);
        layoutDown = AppAction.of("Auto Layout, Top to Bottom", null, "Shortcut+Shift+L",
                "Lay the graph out in layers from top to bottom", () -> w.autoLayout(true)).enabledWhen(hasNodes);

        about = AppAction.of("About Adjoint", "mdi2i-information-outline", null, "Version and credits", w::showAbout);
    }

    /** Runs {@code text} on the focused text field if there is one, else {@code graph}. */
    private static Runnable text(Scene scene, Consumer<TextInputControl> text, Runnable graph) {
        return () -> {
            if (scene.getFocusOwner() instanceof TextInputControl t) {
                text.accept(t);
            } else {
                graph.run();
            }
        };
    }
}
