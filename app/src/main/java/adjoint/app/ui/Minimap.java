package adjoint.app.ui;

import adjoint.app.render.GraphFigures;
import adjoint.app.render.GraphTheme;
import adjoint.app.render.NodeFigure;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

/**
 * A small overview in the canvas's corner, shown when the graph does not fit the view: every node as a coloured
 * box and the view as a rectangle. Clicking or dragging in it moves the view there.
 */
final class Minimap extends StackPane {
    private static final double WIDTH = 220;
    private static final double HEIGHT = 140;
    private static final double INSET = 8;

    private final GraphCanvasView view;
    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private double[] world;
    private double scale;
    private boolean dragging;

    Minimap(GraphCanvasView view) {
        this.view = view;
        setId("minimap");
        getStyleClass().add("minimap");
        setMaxSize(WIDTH, HEIGHT);
        setPickOnBounds(true);
        getChildren().add(canvas);
        setVisible(false);
        canvas.setOnMousePressed(e -> {
            dragging = true;
            moveView(e);
        });
        canvas.setOnMouseDragged(this::moveView);
        canvas.setOnMouseReleased(e -> dragging = false);
        StackPane.setMargin(this, new Insets(12));
    }

    void paint(GraphFigures figures, GraphTheme t) {
        double[] b = figures.bounds(null);
        Viewport vp = view.viewport();
        double w = view.canvas().getWidth();
        double h = view.canvas().getHeight();
        boolean fits = b == null || vp.toScreenX(b[0]) >= 0 && vp.toScreenY(b[1]) >= 0
                && vp.toScreenX(b[2]) <= w && vp.toScreenY(b[3]) <= h;
        setVisible(!fits);
        if (fits) {
            return;
        }
        double[] seen = {vp.toCanvasX(0), vp.toCanvasY(0), vp.toCanvasX(w), vp.toCanvasY(h)};
        if (!dragging || world == null) {
            world = new double[] {Math.min(b[0], seen[0]), Math.min(b[1], seen[1]),
                Math.max(b[2], seen[2]), Math.max(b[3], seen[3])};
            scale = Math.min((WIDTH - 2 * INSET) / (world[2] - world[0]), (HEIGHT - 2 * INSET) / (world[3] - world[1]));
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        g.setFill(CanvasSurface.colour(t.nodeFill().withAlpha(0.92)));
        g.fillRoundRect(0, 0, WIDTH, HEIGHT, 10, 10);
        g.setStroke(CanvasSurface.colour(t.nodeBorder()));
        g.setLineWidth(1);
        g.strokeRoundRect(0.5, 0.5, WIDTH - 1, HEIGHT - 1, 10, 10);
        for (NodeFigure f : figures.nodes().values()) {
            g.setFill(CanvasSurface.colour(view.model().selection().contains(f.id()) ? t.selection() : f.category().colour()));
            g.fillRect(x(f.x()), y(f.y()), Math.max(2, f.width() * scale), Math.max(2, f.height() * scale));
        }
        g.setStroke(CanvasSurface.colour(t.selection()));
        g.setLineWidth(2);
        g.strokeRect(x(seen[0]), y(seen[1]), (seen[2] - seen[0]) * scale, (seen[3] - seen[1]) * scale);
    }

    private double x(double canvasX) {
        return INSET + (canvasX - world[0]) * scale;
    }

    private double y(double canvasY) {
        return INSET + (canvasY - world[1]) * scale;
    }

    private void moveView(MouseEvent e) {
        if (world == null) {
            return;
        }
        double cx = world[0] + (e.getX() - INSET) / scale;
        double cy = world[1] + (e.getY() - INSET) / scale;
        Viewport vp = view.viewport();
        vp.panBy(view.canvas().getWidth() / 2 - vp.toScreenX(cx), view.canvas().getHeight() / 2 - vp.toScreenY(cy));
        view.requestPaint();
        e.consume();
    }
}
