package adjoint.app.ui;

import adjoint.app.document.DeleteNodes;
import adjoint.app.document.Document;
import adjoint.app.document.Duplicate;
import adjoint.app.document.Fragment;
import adjoint.app.document.Paste;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;

/**
 * Delete, cut, copy, paste and duplicate of the selection. A copy goes to the system clipboard as a
 * {@link Fragment} (and is kept here too, for toolkits without one); a paste lands at the centre of the view and
 * selects what it added.
 */
final class EditActions {
    static final DataFormat FRAGMENT = fragmentFormat();

    private final EditorModel model;
    private final GraphCanvasView canvas;
    private final BooleanProperty canPaste = new SimpleBooleanProperty(this, "canPaste");
    private String copied;

    EditActions(EditorModel model, GraphCanvasView canvas) {
        this.model = model;
        this.canvas = canvas;
    }

    BooleanProperty canPasteProperty() {
        return canPaste;
    }

    static void delete(EditorModel model) {
        if (!model.selection().isEmpty()) {
            model.execute(new DeleteNodes(model.selection()));
        }
    }

    void delete() {
        delete(model);
    }

    void copy() {
        if (model.selection().isEmpty()) {
            return;
        }
        copied = Fragment.copy(model.current(), model.selection());
        canPaste.set(true);
        try {
            ClipboardContent content = new ClipboardContent();
            content.put(FRAGMENT, copied);
            Clipboard.getSystemClipboard().setContent(content);
        } catch (RuntimeException noClipboard) {
            // kept in this window only
        }
        model.info("Copied " + count(model.selection().size()));
    }

    void cut() {
        if (model.selection().isEmpty()) {
            return;
        }
        copy();
        model.execute(new DeleteNodes(model.selection()));
    }

    void paste() {
        String clip = clipboard();
        if (clip == null) {
            model.error("Nothing to paste: copy some nodes first");
            return;
        }
        Document before = model.current();
        if (model.execute(new Paste(clip, canvas.centre()))) {
            model.select(Set.copyOf(model.current().nodesAddedSince(before)));
        }
    }

    void duplicate() {
        if (model.selection().isEmpty()) {
            return;
        }
        Document before = model.current();
        if (model.execute(new Duplicate(model.selection()))) {
            model.select(Set.copyOf(model.current().nodesAddedSince(before)));
        }
    }

    private String clipboard() {
        try {
            Object system = Clipboard.getSystemClipboard().getContent(FRAGMENT);
            if (system instanceof String s && Fragment.isFragment(s)) {
                return s;
            }
        } catch (RuntimeException noClipboard) {
            // fall back to this window's copy
        }
        return copied;
    }

    private static String count(int n) {
        return n == 1 ? "1 node" : n + " nodes";
    }

    private static DataFormat fragmentFormat() {
        DataFormat existing = DataFormat.lookupMimeType("application/x-adjoint-fragment");
        return existing != null ? existing : new DataFormat("application/x-adjoint-fragment");
    }
}
