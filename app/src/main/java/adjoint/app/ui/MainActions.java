package adjoint.app.ui;

/** The main window's commands. Those of the graph editor are pending until the editor exists. */
final class MainActions {
    final AppAction newGraph = AppAction.pending("New", "mdi2f-file-plus-outline", "Shortcut+N", "Start an empty graph");
    final AppAction open = AppAction.pending("Open…", "mdi2f-folder-open-outline", "Shortcut+O", "Open a graph or a program");
    final AppAction save = AppAction.pending("Save", "mdi2c-content-save-outline", "Shortcut+S", "Save the graph");
    final AppAction saveAs = AppAction.pending("Save As…", null, "Shortcut+Shift+S", "Save the graph under a new name");
    final AppAction exportPng = AppAction.pending("PNG Image…", null, null, "Export the graph as a PNG image");
    final AppAction exportSvg = AppAction.pending("SVG Image…", null, null, "Export the graph as an SVG image");
    final AppAction quit;

    final AppAction undo = AppAction.pending("Undo", "mdi2u-undo", "Shortcut+Z", "Undo the last edit");
    final AppAction redo = AppAction.pending("Redo", "mdi2r-redo", "Shortcut+Y", "Redo the edit undone last");
    final AppAction cut = AppAction.pending("Cut", "mdi2c-content-cut", "Shortcut+X", "Cut the selected nodes");
    final AppAction copy = AppAction.pending("Copy", "mdi2c-content-copy", "Shortcut+C", "Copy the selected nodes");
    final AppAction paste = AppAction.pending("Paste", "mdi2c-content-paste", "Shortcut+V", "Paste nodes");
    final AppAction duplicate = AppAction.pending("Duplicate", null, "Shortcut+D", "Duplicate the selected nodes");
    final AppAction delete = AppAction.pending("Delete", "mdi2d-delete-outline", "Delete", "Delete the selection and its edges");
    final AppAction selectAll = AppAction.pending("Select All", null, "Shortcut+A", "Select every node");

    final AppAction zoomIn = AppAction.pending("Zoom In", "mdi2m-magnify-plus-outline", "Shortcut+Plus", "Zoom in");
    final AppAction zoomOut = AppAction.pending("Zoom Out", "mdi2m-magnify-minus-outline", "Shortcut+Minus", "Zoom out");
    final AppAction zoomReset = AppAction.pending("Actual Size", null, "Shortcut+0", "Zoom to 100%");
    final AppAction frameAll = AppAction.pending("Frame All", "mdi2f-fit-to-screen-outline", "F", "Fit the whole graph in view");

    final AppAction about;

    MainActions(Runnable quitHandler, Runnable aboutHandler) {
        quit = AppAction.of("Quit", null, "Shortcut+Q", "Quit Adjoint", quitHandler);
        about = AppAction.of("About Adjoint", "mdi2i-information-outline", null, "Version and credits", aboutHandler);
    }
}
