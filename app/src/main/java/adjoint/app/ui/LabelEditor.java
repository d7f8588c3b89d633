package adjoint.app.ui;

import adjoint.app.document.Rename;
import adjoint.app.render.NodeFigure;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * The text field that appears over a node's label to rename it: Enter or leaving the field renames (through the
 * history), Escape cancels. An empty name gives the node back its wK label.
 */
final class LabelEditor {
    private final GraphCanvasView view;
    private final EditorModel model;
    private final TextField field = new TextField();
    private String editing;

    LabelEditor(GraphCanvasView view, EditorModel model) {
        this.view = view;
        this.model = model;
        field.setId("label-editor");
        field.getStyleClass().add("label-editor");
        field.setManaged(false);
        field.setVisible(false);
        view.layer().getChildren().add(field);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && editing != null) {
                commit();
            }
        });
    }

    /** Opens the editor over the node's label, holding the current label. */
    void edit(String id) {
        NodeFigure f = view.figures().node(id);
        if (f == null) {
            return;
        }
        editing = id;
        Viewport vp = view.viewport();
        double zoom = vp.zoom();
        field.setText(model.current().graph().node(id).name() == null ? "" : f.label());
        field.setPromptText(f.label());
        field.setStyle("-fx-font-size: " + Math.max(12, 18 * zoom) + "px; -fx-font-weight: bold;");
        field.resizeRelocate(vp.toScreenX(f.x() + 6), vp.toScreenY(f.y() + 4), Math.max(120, (f.width() * 0.6) * zoom),
                Math.max(28, 32 * zoom));
        field.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    boolean isEditing() {
        return editing != null;
    }

    private void commit() {
        String id = editing;
        if (id == null) {
            return;
        }
        close();
        model.execute(new Rename(id, field.getText()));
    }

    private void close() {
        editing = null;
        field.setVisible(false);
        view.requestFocus();
    }
}
