package adjoint.app.ui;

import adjoint.app.document.Document;
import adjoint.app.document.Point;
import adjoint.app.render.GraphFigures;
import adjoint.app.render.GraphPainter;
import adjoint.app.render.GraphTheme;
import adjoint.app.render.NodeFigure;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Affine;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The centre of the window: the graph drawn by {@link GraphPainter} on a canvas the size of the view, with the
 * viewport's zoom and pan, a grid, a minimap when the graph does not fit, and a hint while it is empty. Mouse and
 * keys are {@link CanvasGestures}'s.
 */
final class GraphCanvasView extends StackPane {
    static final String EMPTY_HINT = "Type an expression below, e.g. f = sin(x) - 4*sin(x)**3 + log(sin(x)), "
            + "or double-click here to add a node";
    static final double GRID = 24;

    private final EditorModel model;
    private final ObservableValue<GraphTheme> theme;
    private final Viewport viewport = new Viewport();
    private final Canvas canvas = new Canvas();
    private final Pane layer = new Pane(canvas);
    private final Minimap minimap;
    private final VBox hint = emptyHint();
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final CanvasGestures gestures;
    private GraphFigures figures;
    private Map<String, Point> moved = Map.of();
    private Overlay overlay = Overlay.NONE;
    private boolean paintPending;
    private boolean framePending = true;

    /** Something drawn over the graph while a gesture runs: a rubber band or a wire, in canvas units. */
    record Overlay(String kind, double x1, double y1, double x2, double y2) {
        static final Overlay NONE = new Overlay("none", 0, 0, 0, 0);
    }

    GraphCanvasView(EditorModel model, ObservableValue<GraphTheme> theme) {
        this.model = model;
        this.theme = theme;
        getStyleClass().add("graph-canvas");
        setId("graph-canvas");
        setFocusTraversable(true);
        canvas.setManaged(false);
        canvas.widthProperty().bind(layer.widthProperty());
        canvas.heightProperty().bind(layer.heightProperty());
        minimap = new Minimap(this);
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        getChildren().addAll(layer, hint, minimap);
        gestures = new CanvasGestures(this, model);
        initListeners();
        refresh();
    }

    private void initListeners() {
        canvas.widthProperty().addListener(o -> sizeChanged());
        canvas.heightProperty().addListener(o -> sizeChanged());
        model.documentProperty().addListener(o -> refresh());
        model.evaluationProperty().addListener(o -> refresh());
        model.selectionProperty().addListener(o -> requestPaint());
        theme.addListener(o -> requestPaint());
    }

    private void sizeChanged() {
        if (framePending && figures != null && !figures.isEmpty() && canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            framePending = false;
            viewport.frame(figures.bounds(null), canvas.getWidth(), canvas.getHeight(), 40);
        }
        requestPaint();
    }

    // ---- what gestures and actions use

    EditorModel model() {
        return model;
    }

    Viewport viewport() {
        return viewport;
    }

    Canvas canvas() {
        return canvas;
    }

    Pane layer() {
        return layer;
    }

    GraphFigures figures() {
        return figures;
    }

    GraphTheme theme() {
        return theme.getValue();
    }

    BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    CanvasGestures gestures() {
        return gestures;
    }

    /** Positions shown instead of the document's while nodes are dragged (empty when none). */
    void showMoved(Map<String, Point> positions) {
        moved = positions;
        refresh();
    }

    void showOverlay(Overlay o) {
        overlay = o;
        requestPaint();
    }

    /** Rebuilds the figures from the document and evaluation, then repaints. */
    void refresh() {
        Document d = model.current();
        figures = GraphFigures.of(d, model.evaluationProperty().get(), GraphFigures.FigureOptions.of(d).moved(moved));
        hint.setVisible(figures.isEmpty());
        requestPaint();
    }

    /** Frames the graph once the view has a size (after a file is opened or a program built). */
    void frameSoon() {
        framePending = true;
        if (canvas.getWidth() > 0) {
            Platform.runLater(this::sizeChanged);
        }
    }

    /** Shows the graph with this zoom and pan (a document's saved view) instead of framing it. */
    void showView(double zoom, double panX, double panY) {
        framePending = false;
        viewport.set(zoom, panX, panY);
        requestPaint();
    }

    void frameAll() {
        viewport.frame(figures.bounds(null), canvas.getWidth(), canvas.getHeight(), 40);
        requestPaint();
    }

    void zoomIn() {
        viewport.zoomIn(canvas.getWidth(), canvas.getHeight());
        requestPaint();
    }

    void zoomOut() {
        viewport.zoomOut(canvas.getWidth(), canvas.getHeight());
        requestPaint();
    }

    void actualSize() {
        viewport.actualSize(canvas.getWidth(), canvas.getHeight());
        requestPaint();
    }

    /** The canvas point at the centre of the view, snapped to the grid: where a node added from a menu goes. */
    Point centre() {
        return snap(new Point(viewport.toCanvasX(canvas.getWidth() / 2) - 90, viewport.toCanvasY(canvas.getHeight() / 2) - 40));
    }

    /** {@code p}, or the nearest place below or right of it where a new node would overlap nothing. */
    Point freeSpot(Point p) {
        for (int ring = 0; ring < 12; ring++) {
            for (int k = 0; k <= ring; k++) {
                Point q = snap(p.translate(k * 230, (ring - k) * 150));
                boolean clash = figures.nodes().values().stream()
                        .anyMatch(n -> n.intersects(q.x() - 20, q.y() - 20, q.x() + 220, q.y() + 150));
                if (!clash) {
                    return q;
                }
            }
        }
        return snap(p);
    }

    Point snap(Point p) {
        if (!snapToGrid.get()) {
            return p;
        }
        return new Point(Math.round(p.x() / (GRID / 2)) * (GRID / 2), Math.round(p.y() / (GRID / 2)) * (GRID / 2));
    }

    /** Brings a node into view (centres it) if it is outside. */
    void reveal(String id) {
        NodeFigure f = figures.node(id);
        if (f == null) {
            return;
        }
        double sx = viewport.toScreenX(f.centerX());
        double sy = viewport.toScreenY(f.centerY());
        if (sx < 0 || sy < 0 || sx > canvas.getWidth() || sy > canvas.getHeight()) {
            viewport.panBy(canvas.getWidth() / 2 - sx, canvas.getHeight() / 2 - sy);
            requestPaint();
        }
    }

    void requestPaint() {
        if (!paintPending) {
            paintPending = true;
            Platform.runLater(this::paint);
        }
    }

    /** Paints now: background, grid, graph, the gesture's overlay, the minimap. */
    void paint() {
        paintPending = false;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        GraphTheme t = theme.getValue();
        g.setTransform(new Affine());
        g.setFill(CanvasSurface.colour(t.background()));
        g.fillRect(0, 0, w, h);
        g.setTransform(viewport.zoom(), 0, 0, viewport.zoom(), viewport.panX(), viewport.panY());
        CanvasSurface s = new CanvasSurface(g);
        if (viewport.zoom() > 0.35) {
            GraphPainter.grid(s, t, viewport.toCanvasX(0), viewport.toCanvasY(0), viewport.toCanvasX(w),
                    viewport.toCanvasY(h), GRID);
        }
        GraphPainter.paint(s, figures, new GraphPainter.PaintOptions(t, model.selection(), false));
        paintOverlay(s, t);
        minimap.paint(figures, t);
    }

    private void paintOverlay(CanvasSurface s, GraphTheme t) {
        switch (overlay.kind()) {
            case "band" -> {
                double x = Math.min(overlay.x1(), overlay.x2());
                double y = Math.min(overlay.y1(), overlay.y2());
                double bw = Math.abs(overlay.x2() - overlay.x1());
                double bh = Math.abs(overlay.y2() - overlay.y1());
                s.fillRoundRect(x, y, bw, bh, 2, t.selection().withAlpha(0.12));
                s.strokeRoundRect(x, y, bw, bh, 2, t.selection(), 1.5 / viewport.zoom());
            }
            case "wire" -> GraphPainter.wire(s, t, overlay.x1(), overlay.y1(), overlay.x2(), overlay.y2());
            case "wire-in" -> GraphPainter.wire(s, t, overlay.x2(), overlay.y2(), overlay.x1(), overlay.y1());
            default -> {
            }
        }
        if (overlay.kind().startsWith("wire")) {
            s.fillCircle(overlay.x1(), overlay.y1(), 7, t.selection().withAlpha(0.5));
        }
    }

    private static VBox emptyHint() {
        FontIcon icon = new FontIcon("mdi2g-graph-outline");
        icon.getStyleClass().add("canvas-hint-icon");
        Label text = new Label(EMPTY_HINT);
        text.setId("canvas-hint");
        text.setWrapText(true);
        text.getStyleClass().add("canvas-hint");
        VBox box = new VBox(12, icon, text);
        box.setAlignment(Pos.CENTER);
        box.setMouseTransparent(true);
        box.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        return box;
    }
}
