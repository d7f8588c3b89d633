package adjoint.app.ui;

import adjoint.app.document.AddNode;
import adjoint.app.document.Command;
import adjoint.app.document.Connect;
import adjoint.app.document.Disconnect;
import adjoint.app.document.Document;
import adjoint.app.document.PlaceNodes;
import adjoint.app.document.Point;
import adjoint.app.document.Port;
import adjoint.app.model.PaletteEntry;
import adjoint.app.render.GraphFigures;
import adjoint.app.render.NodeFigure;
import adjoint.app.render.PortFigure;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * What the mouse and keys do on the canvas: pan (middle drag, Space+drag, wheel), zoom (Ctrl+wheel, pinch), select
 * (click, Shift+click, rubber band), move nodes (snapped to the grid unless Alt is held), wire ports together,
 * open the node search (double-click on empty canvas, or a wire dropped in empty space), rename (double-click on
 * a label). Every edit goes through the model's history.
 */
final class CanvasGestures {
    private enum Mode { NONE, PAN, MOVE, BAND, WIRE }

    private final GraphCanvasView view;
    private final EditorModel model;
    private final NodeSearchPopup search = new NodeSearchPopup();
    private final LabelEditor labels;
    private final CanvasMenus menus;
    private Mode mode = Mode.NONE;
    private boolean space;
    private double lastX;
    private double lastY;
    private double pressX;
    private double pressY;
    private boolean dragged;
    // MOVE
    private String anchor;
    private Map<String, Point> origin = Map.of();
    private Map<String, Point> moving = Map.of();
    // BAND
    private Set<String> bandBase = Set.of();
    // WIRE: from an output (source set) or from an empty input (target and port set); detached: the edge taken off
    private String wireSource;
    private String wireTarget;
    private Port wirePort;
    private PortFigure detached;

    CanvasGestures(GraphCanvasView view, EditorModel model) {
        this.view = view;
        this.model = model;
        this.labels = new LabelEditor(view, model);
        var layer = view.layer();
        layer.setOnMousePressed(this::pressed);
        layer.setOnMouseDragged(this::dragged);
        layer.setOnMouseReleased(this::released);
        layer.setOnMouseClicked(this::clicked);
        layer.setOnScroll(this::scrolled);
        layer.setOnZoom(this::zoomed);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        view.addEventHandler(KeyEvent.KEY_RELEASED, this::keyReleased);
        menus = new CanvasMenus(view, model, this);
        menus.install();
        new PaletteDrop(view).install();
    }

    NodeSearchPopup search() {
        return search;
    }

    CanvasMenus menus() {
        return menus;
    }

    LabelEditor labels() {
        return labels;
    }

    // ---- mouse

    private void pressed(MouseEvent e) {
        view.requestFocus();
        lastX = pressX = e.getX();
        lastY = pressY = e.getY();
        dragged = false;
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.PRIMARY && space) {
            mode = Mode.PAN;
            view.setCursor(Cursor.CLOSED_HAND);
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        GraphFigures f = view.figures();
        double cx = cx(e.getX());
        double cy = cy(e.getY());
        PortFigure port = f.portAt(cx, cy, 6 / view.viewport().zoom());
        if (port != null) {
            startWire(port);
            return;
        }
        NodeFigure node = f.nodeAt(cx, cy);
        if (node == null) {
            mode = Mode.BAND;
            bandBase = e.isShiftDown() || e.isShortcutDown() ? model.selection() : Set.of();
            model.select(bandBase);
            return;
        }
        if (e.isShiftDown() || e.isShortcutDown()) {
            model.toggle(node.id());
        } else if (!model.selection().contains(node.id())) {
            model.select(Set.of(node.id()));
        }
        if (model.selection().contains(node.id())) {
            mode = Mode.MOVE;
            anchor = node.id();
            Map<String, Point> at = new LinkedHashMap<>();
            for (String id : model.selection()) {
                NodeFigure n = f.node(id);
                if (n != null) {
                    at.put(id, new Point(n.x(), n.y()));
                }
            }
            origin = at;
            moving = at;
        }
    }

    private void dragged(MouseEvent e) {
        dragged |= Math.hypot(e.getX() - pressX, e.getY() - pressY) > 3;
        switch (mode) {
            case PAN -> {
                view.viewport().panBy(e.getX() - lastX, e.getY() - lastY);
                view.requestPaint();
            }
            case MOVE -> {
                if (dragged) {
                    drag(e);
                }
            }
            case BAND -> band(e);
            case WIRE -> wire(e);
            default -> {
            }
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        Mode was = mode;
        mode = Mode.NONE;
        view.setCursor(space ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        switch (was) {
            case MOVE -> {
                Map<String, Point> to = moving;
                moving = Map.of();
                view.showMoved(Map.of());
                if (dragged && !to.equals(origin)) {
                    model.execute(new PlaceNodes(to));
                }
            }
            case BAND -> view.showOverlay(GraphCanvasView.Overlay.NONE);
            case WIRE -> {
                view.showOverlay(GraphCanvasView.Overlay.NONE);
                endWire(e);
            }
            default -> {
            }
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || dragged) {
            return;
        }
        double cx = cx(e.getX());
        double cy = cy(e.getY());
        NodeFigure node = view.figures().nodeAt(cx, cy);
        if (node == null) {
            Point at = new Point(cx, cy);
            openSearch(e.getScreenX(), e.getScreenY(), entry -> true, entry -> addAt(entry, at));
        } else if (node.onLabel(cx, cy)) {
            labels.edit(node.id());
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            view.viewport().zoomAt(Math.exp(e.getDeltaY() * 0.0025), e.getX(), e.getY());
        } else {
            view.viewport().panBy(e.getDeltaX(), e.getDeltaY());
        }
        view.requestPaint();
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        view.viewport().zoomAt(e.getZoomFactor(), e.getX(), e.getY());
        view.requestPaint();
        e.consume();
    }

    // ---- keys

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            space = true;
            if (mode == Mode.NONE) {
                view.setCursor(Cursor.OPEN_HAND);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            cancel();
            model.select(Set.of());
            e.consume();
        } else if (e.getCode() == KeyCode.BACK_SPACE && !model.selection().isEmpty()) {
            EditActions.delete(model);
            e.consume();
        }
    }

    private void keyReleased(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            space = false;
            view.setCursor(mode == Mode.PAN ? Cursor.CLOSED_HAND : Cursor.DEFAULT);
            e.consume();
        }
    }

    private void cancel() {
        if (mode == Mode.MOVE) {
            view.showMoved(Map.of());
        }
        mode = Mode.NONE;
        view.showOverlay(GraphCanvasView.Overlay.NONE);
    }

    // ---- moving and selecting

    private void drag(MouseEvent e) {
        Point start = origin.get(anchor);
        Point wanted = start.translate(cx(e.getX()) - cx(pressX), cy(e.getY()) - cy(pressY));
        Point snapped = e.isAltDown() ? wanted : view.snap(wanted);
        double dx = snapped.x() - start.x();
        double dy = snapped.y() - start.y();
        Map<String, Point> to = new LinkedHashMap<>();
        origin.forEach((id, p) -> to.put(id, p.translate(dx, dy)));
        moving = to;
        view.showMoved(to);
    }

    private void band(MouseEvent e) {
        double x1 = cx(pressX);
        double y1 = cy(pressY);
        double x2 = cx(e.getX());
        double y2 = cy(e.getY());
        view.showOverlay(new GraphCanvasView.Overlay("band", x1, y1, x2, y2));
        Set<String> chosen = new HashSet<>(bandBase);
        view.figures().nodes().values().stream().filter(n -> n.intersects(x1, y1, x2, y2)).forEach(n -> chosen.add(n.id()));
        model.select(chosen);
    }

    // ---- wiring

    private void startWire(PortFigure port) {
        mode = Mode.WIRE;
        detached = null;
        wireSource = null;
        wireTarget = null;
        wirePort = null;
        if (port.isOutput()) {
            wireSource = port.nodeId();
        } else if (port.connected()) {
            detached = port;
            wireSource = sourceOf(port);
        } else {
            wireTarget = port.nodeId();
            wirePort = port.port();
        }
    }

    private void wire(MouseEvent e) {
        double x = cx(e.getX());
        double y = cy(e.getY());
        PortFigure near = view.figures().portAt(x, y, 10 / view.viewport().zoom());
        if (wireSource != null) {
            PortFigure from = view.figures().node(wireSource).outputPort();
            if (near != null && !near.isOutput()) {
                x = near.x();
                y = near.y();
            }
            view.showOverlay(new GraphCanvasView.Overlay("wire", from.x(), from.y(), x, y));
        } else {
            PortFigure to = view.figures().node(wireTarget).inputs().stream()
                    .filter(p -> p.port().equals(wirePort)).findFirst().orElseThrow();
            if (near != null && near.isOutput()) {
                x = near.x();
                y = near.y();
            }
            view.showOverlay(new GraphCanvasView.Overlay("wire-in", to.x(), to.y(), x, y));
        }
    }

    private void endWire(MouseEvent e) {
        if (!dragged) {
            return;
        }
        double cx = cx(e.getX());
        double cy = cy(e.getY());
        GraphFigures f = view.figures();
        PortFigure near = f.portAt(cx, cy, 10 / view.viewport().zoom());
        NodeFigure node = near == null ? f.nodeAt(cx, cy) : null;
        if (wireSource != null) {
            PortFigure target = near != null && !near.isOutput() ? near : node != null ? freeInput(node) : null;
            if (target != null) {
                connect(wireSource, target.nodeId(), target.port());
            } else if (near == null && node == null) {
                if (detached != null) {
                    model.execute(new Disconnect(detached.nodeId(), detached.port()));
                } else {
                    String source = wireSource;
                    openSearch(e.getScreenX(), e.getScreenY(),
                            entry -> NodeChoices.hasInputs(entry.name()), entry -> addReading(source, entry, cx + 40, cy));
                }
            } else if (node != null) {
                model.error("Cannot connect: " + node.label() + " has no free input; drop the wire on a port");
            }
        } else {
            String source = near != null && near.isOutput() ? near.nodeId() : node != null ? node.id() : null;
            if (source != null) {
                connect(source, wireTarget, wirePort);
            } else {
                String target = wireTarget;
                Port port = wirePort;
                openSearch(e.getScreenX(), e.getScreenY(), entry -> true,
                        entry -> addFeeding(entry, target, port, cx - 220, cy));
            }
        }
    }

    private void connect(String source, String target, Port port) {
        if (detached != null) {
            if (detached.nodeId().equals(target) && detached.port().equals(port)) {
                return;
            }
            model.execute(Command.sequence("Reconnect",
                    List.of(new Disconnect(detached.nodeId(), detached.port()), new Connect(source, target, port))));
        } else {
            model.execute(new Connect(source, target, port));
        }
    }

    /** Adds a node of {@code entry} that reads {@code source} on its first input. */
    private void addReading(String source, String entry, double x, double y) {
        Document d = model.current();
        AddNode add = AddNode.of(d, entry, view.snap(new Point(x, y - 59)));
        Document preview = add.apply(d);
        List<Port> ports = Port.of(preview.graph().node(add.id()));
        if (ports.isEmpty()) {
            model.execute(add);
            return;
        }
        if (model.execute(Command.sequence("Add " + entry, List.of(add, new Connect(source, add.id(), ports.getFirst()))))) {
            model.select(Set.of(add.id()));
        }
    }

    /** Adds a node of {@code entry} whose output feeds {@code port} of {@code target}. */
    private void addFeeding(String entry, String target, Port port, double x, double y) {
        Document d = model.current();
        AddNode add = AddNode.of(d, entry, view.snap(new Point(x, y - 59)));
        if (model.execute(Command.sequence("Add " + entry, List.of(add, new Connect(add.id(), target, port))))) {
            model.select(Set.of(add.id()));
        }
    }

    void addAt(String entry, Point where) {
        AddNode add = AddNode.of(model.current(), entry, view.snap(where));
        if (model.execute(add)) {
            model.select(Set.of(add.id()));
            view.refresh();
            view.reveal(add.id());
        }
    }

    private void openSearch(double screenX, double screenY, Predicate<PaletteEntry> fits, Consumer<String> chosen) {
        search.open(view, screenX, screenY, fits, chosen);
    }

    private PortFigure freeInput(NodeFigure node) {
        return node.inputs().stream().filter(p -> !p.connected()).findFirst().orElse(null);
    }

    private String sourceOf(PortFigure port) {
        return view.figures().edges().stream()
                .filter(edge -> edge.to().equals(port.nodeId()) && edge.slot() == port.index())
                .map(edge -> edge.from()).findFirst().orElse(null);
    }

    private double cx(double screenX) {
        return view.viewport().toCanvasX(screenX);
    }

    private double cy(double screenY) {
        return view.viewport().toCanvasY(screenY);
    }
}
