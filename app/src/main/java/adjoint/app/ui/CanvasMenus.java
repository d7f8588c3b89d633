package adjoint.app.ui;

import adjoint.app.document.CollapseLayer;
import adjoint.app.document.Disconnect;
import adjoint.app.document.Duplicate;
import adjoint.app.document.ExpandLayer;
import adjoint.app.document.LeafValues;
import adjoint.app.document.Point;
import adjoint.app.document.SetOutput;
import adjoint.app.document.SetRequiresGrad;
import adjoint.app.render.EdgeFigure;
import adjoint.app.render.NodeFigure;
import adjoint.engine.graph.GraphNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;

/** The canvas's right-click menus: on a node, on an edge, and on empty canvas. */
final class CanvasMenus {
    private final GraphCanvasView view;
    private final EditorModel model;
    private final CanvasGestures gestures;
    private ContextMenu open;
    private List<MenuItem> canvasItems = List.of();

    CanvasMenus(GraphCanvasView view, EditorModel model, CanvasGestures gestures) {
        this.view = view;
        this.model = model;
        this.gestures = gestures;
    }

    void install() {
        view.layer().setOnContextMenuRequested(this::requested);
    }

    /** Items added to the empty-canvas menu by the window (paste, auto-layout, frame all). */
    void setCanvasItems(List<MenuItem> items) {
        canvasItems = items;
    }

    private void requested(ContextMenuEvent e) {
        if (open != null) {
            open.hide();
        }
        double cx = view.viewport().toCanvasX(e.getX());
        double cy = view.viewport().toCanvasY(e.getY());
        NodeFigure node = view.figures().nodeAt(cx, cy);
        EdgeFigure edge = node == null ? view.figures().edgeAt(cx, cy, 6 / view.viewport().zoom()) : null;
        List<MenuItem> items;
        if (node != null) {
            if (!model.selection().contains(node.id())) {
                model.select(Set.of(node.id()));
            }
            items = nodeItems(node);
        } else if (edge != null) {
            items = List.of(item("Disconnect", () -> model.execute(new Disconnect(edge.to(),
                    view.figures().node(edge.to()).inputs().get(edge.slot()).port()))));
        } else {
            items = new ArrayList<>();
            items.add(item("Add Node…", () -> gestures.search().open(view, e.getScreenX(), e.getScreenY(), x -> true,
                    entry -> gestures.addAt(entry, new Point(cx, cy)))));
            items.addAll(canvasItems);
        }
        open = new ContextMenu(items.toArray(MenuItem[]::new));
        open.setId("canvas-menu");
        open.show(view, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private List<MenuItem> nodeItems(NodeFigure node) {
        GraphNode n = model.current().graph().node(node.id());
        List<MenuItem> items = new ArrayList<>();
        MenuItem output = item("Use as Output", () -> model.execute(new SetOutput(node.id())));
        output.setId("use-as-output");
        output.setDisable(node.output());
        items.add(output);
        items.add(item("Rename…", () -> gestures.labels().edit(node.id())));
        if (LeafValues.isValue(n)) {
            CheckMenuItem grad = new CheckMenuItem("Requires Grad");
            grad.setSelected(LeafValues.requiresGrad(n));
            grad.setOnAction(a -> model.execute(new SetRequiresGrad(node.id(), grad.isSelected())));
            items.add(grad);
        }
        if (ExpandLayer.canExpand(n)) {
            items.add(item("Expand Layer", () -> model.execute(new ExpandLayer(node.id()))));
        }
        if (CollapseLayer.canCollapse(n)) {
            items.add(item("Collapse Layer", () -> model.execute(new CollapseLayer(node.id()))));
        }
        items.add(new SeparatorMenuItem());
        items.add(item("Duplicate", () -> model.execute(new Duplicate(model.selection()))));
        items.add(item("Delete", () -> EditActions.delete(model)));
        return items;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(a -> action.run());
        return item;
    }
}
