package adjoint.app.ui;

import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.javafx.FontIcon;

/** The centre of the window: a grid that the graph will be drawn on, with a hint while it is empty. */
final class GraphCanvasView extends StackPane {
    static final String EMPTY_HINT = "Type an expression below, e.g. f = sin(x) - 4*sin(x)**3 + log(sin(x))";
    private static final double CELL = 24;
    private static final int CELLS_PER_MAJOR = 5;

    private final Canvas grid = new Canvas();

    GraphCanvasView() {
        getStyleClass().add("graph-canvas");
        setId("graph-canvas");
        Pane gridLayer = new Pane(grid);
        grid.setManaged(false);
        grid.widthProperty().bind(gridLayer.widthProperty());
        grid.heightProperty().bind(gridLayer.heightProperty());
        grid.widthProperty().addListener(observable -> paintGrid());
        grid.heightProperty().addListener(observable -> paintGrid());
        getChildren().addAll(gridLayer, emptyHint());
    }

    private static VBox emptyHint() {
        FontIcon icon = new FontIcon("mdi2g-graph-outline");
        icon.getStyleClass().add("canvas-hint-icon");
        Label text = new Label(EMPTY_HINT);
        text.setWrapText(true);
        text.getStyleClass().add("canvas-hint");
        VBox hint = new VBox(12, icon, text);
        hint.setAlignment(Pos.CENTER);
        hint.setMouseTransparent(true);
        hint.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        return hint;
    }

    /** Thin lines every cell and stronger ones every few cells, grey enough to suit both themes. */
    private void paintGrid() {
        double width = grid.getWidth();
        double height = grid.getHeight();
        GraphicsContext g = grid.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        g.setLineWidth(1);
        for (int i = 0; i * CELL <= Math.max(width, height); i++) {
            boolean major = i % CELLS_PER_MAJOR == 0;
            g.setStroke(Color.gray(0.5, major ? 0.22 : 0.09));
            double at = Math.floor(i * CELL) + 0.5;
            if (at <= width) {
                g.strokeLine(at, 0, at, height);
            }
            if (at <= height) {
                g.strokeLine(0, at, width, at);
            }
        }
    }
}
