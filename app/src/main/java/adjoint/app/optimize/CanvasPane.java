package adjoint.app.optimize;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;

/** A pane holding a canvas that always fills it, repainting on resize. */
final class CanvasPane extends Pane {
    private final Canvas canvas = new Canvas(400, 300);
    private final Runnable repaint;

    CanvasPane(Runnable repaint) {
        this.repaint = repaint;
        getChildren().add(canvas);
        setMinSize(200, 150);
        setPrefSize(900, 600);
    }

    Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            repaint.run();
        }
    }
}
