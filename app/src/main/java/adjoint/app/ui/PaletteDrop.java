package adjoint.app.ui;

import adjoint.app.document.Point;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Lets the palette's entries be dropped on the canvas: the node is added where it is dropped. */
final class PaletteDrop {
    static final String PREFIX = "adjoint-node:";

    private final GraphCanvasView view;

    PaletteDrop(GraphCanvasView view) {
        this.view = view;
    }

    void install() {
        view.layer().setOnDragOver(this::over);
        view.layer().setOnDragDropped(this::dropped);
    }

    private void over(DragEvent e) {
        if (entry(e) != null) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        String entry = entry(e);
        if (entry != null) {
            Viewport vp = view.viewport();
            view.gestures().addAt(entry, new Point(vp.toCanvasX(e.getX()) - 90, vp.toCanvasY(e.getY()) - 20));
            view.requestFocus();
        }
        e.setDropCompleted(entry != null);
        e.consume();
    }

    private static String entry(DragEvent e) {
        String s = e.getDragboard().hasString() ? e.getDragboard().getString() : null;
        return s != null && s.startsWith(PREFIX) ? s.substring(PREFIX.length()) : null;
    }

    /** What a palette entry puts on the dragboard. */
    static String payload(String entry) {
        return PREFIX + entry;
    }
}
