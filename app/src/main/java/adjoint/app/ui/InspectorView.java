package adjoint.app.ui;

import adjoint.app.document.Command;
import adjoint.app.document.Document;
import adjoint.app.document.LeafValues;
import adjoint.app.document.Rename;
import adjoint.app.document.SetLeafValue;
import adjoint.app.document.SetOutput;
import adjoint.app.document.SetRequiresGrad;
import adjoint.app.render.TensorSummary;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.NodeResult;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The right-hand panel: the selected node's name (editable), operation, shape and dtype, requires_grad, whether it
 * is the output, its error, and its full value and gradient as tables (the value editable for variables and
 * constants). Rebuilt when the selection, the document or the evaluation changes.
 */
final class InspectorView extends TitledPane {
    private final EditorModel model;
    private static final String SHOWN = "adjoint.shown";
    private final VBox content = new VBox(10);

    InspectorView(EditorModel model) {
        this.model = model;
        setId("inspector");
        getStyleClass().add("inspector");
        setText("Inspector");
        setCollapsible(false);
        setMaxHeight(Double.MAX_VALUE);
        content.setAlignment(Pos.TOP_LEFT);
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("inspector-scroll");
        setContent(scroll);
        model.selectionProperty().addListener(o -> update());
        model.documentProperty().addListener(o -> update());
        model.evaluationProperty().addListener(o -> update());
        update();
    }

    private void update() {
        String focused = null;
        if (content.getScene() != null && content.getScene().getFocusOwner() instanceof TextField f && isInside(f)) {
            if (!f.getText().equals(f.getProperties().get(SHOWN))) {
                return;
            }
            focused = f.getId();
        }
        rebuild();
        if (focused != null && content.lookup("#" + focused) instanceof TextField again) {
            again.requestFocus();
            again.end();
        }
    }

    /** Remembers what a field showed, so that a rebuild leaves a field the user is typing in alone. */
    static TextField shown(TextField f) {
        f.getProperties().put(SHOWN, f.getText());
        return f;
    }

    private void rebuild() {
        Set<String> selected = model.selection();
        Document d = model.current();
        if (selected.size() != 1 || !d.graph().contains(selected.iterator().next())) {
            Label title = new Label(selected.isEmpty() ? "Nothing selected" : selected.size() + " nodes selected");
            title.getStyleClass().add("inspector-empty");
            Label hint = new Label("Select a node to see its name, operation, shape, value and gradient.");
            hint.setWrapText(true);
            hint.getStyleClass().add("inspector-hint");
            content.getChildren().setAll(title, hint);
            return;
        }
        show(d, d.graph().node(selected.iterator().next()), model.evaluationProperty().get());
    }

    private boolean isInside(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == content) {
                return true;
            }
        }
        return false;
    }

    private void show(Document d, GraphNode n, GraphEvaluation ev) {
        NodeResult r = ev == null ? null : ev.result(n.id());
        String label = d.labels().get(n.id());
        Label title = new Label(label);
        title.setId("inspector-title");
        title.getStyleClass().add("inspector-title");

        TextField name = new TextField(n.name() == null ? "" : n.name());
        name.setId("inspector-name");
        name.setPromptText(label);
        name.setOnAction(e -> {
            shown(name);
            model.execute(new Rename(n.id(), name.getText()));
        });
        shown(name);

        GridPane facts = new GridPane();
        facts.getStyleClass().add("inspector-facts");
        facts.setHgap(10);
        facts.setVgap(6);
        int row = 0;
        facts.addRow(row++, key("Name"), name);
        facts.addRow(row++, key("Operation"), value(n.isLeaf() ? "variable (leaf)" : d.graph().formula(n.id(), d.labels())));
        if (r != null && r.value() != null) {
            facts.addRow(row++, key("Shape"), value(TensorSummary.shapeText(r.value().shape())));
            facts.addRow(row++, key("DType"), value(r.value().dtype().label()));
        }
        if (LeafValues.isValue(n)) {
            CheckBox grad = new CheckBox("requires_grad");
            grad.setMnemonicParsing(false);
            grad.setId("inspector-requires-grad");
            grad.setSelected(LeafValues.requiresGrad(n));
            grad.setOnAction(e -> model.execute(new SetRequiresGrad(n.id(), grad.isSelected())));
            facts.addRow(row++, key("Gradient"), grad);
        }
        boolean isOutput = n.id().equals(d.output());
        Button output = new Button(isOutput ? "This is the output" : "Use as output");
        output.setId("inspector-output");
        output.setDisable(isOutput);
        output.setOnAction(e -> model.execute(new SetOutput(n.id())));
        facts.addRow(row, key("Output"), output);

        content.getChildren().setAll(title, facts);
        if (r != null && (r.error() != null || r.warning() != null)) {
            Label problem = new Label(r.error() != null ? r.error() : r.warning());
            problem.setId("inspector-problem");
            problem.setWrapText(true);
            problem.getStyleClass().add(r.error() != null ? "inspector-error" : "inspector-warning");
            content.getChildren().add(problem);
        }
        if (!n.isLeaf() && !LeafValues.isValue(n)) {
            content.getChildren().addAll(section("Inputs"), InputsEditor.of(model, d, n));
        }
        if (LeafValues.isValue(n)) {
            content.getChildren().addAll(section("Value"), valueEditor(n));
        }
        if (r != null && r.value() != null) {
            boolean editable = LeafValues.isValue(n);
            if (!LeafValues.isValue(n)) {
                content.getChildren().add(section("Value"));
            }
            if (!editable || r.value().dim() > 0) {
                content.getChildren().add(scroll(new TensorGrid(r.value(), editable ? (index, v) -> model.execute(
                    new SetLeafValue(n.id(), LeafValues.withElement(LeafValues.value(n), index, v))) : null), "inspector-value"));
            }
            content.getChildren().add(section("Gradient"));
            content.getChildren().add(r.grad() == null ? muted(ev.backward() ? "No gradient flows to this node."
                    : "No gradient: the output is not a scalar that requires grad.")
                    : scroll(new TensorGrid(r.grad(), null), "inspector-grad"));
        }
    }

    private TextField valueEditor(GraphNode n) {
        TextField text = new TextField(LeafValues.format(LeafValues.value(n)));
        text.setId("inspector-value-text");
        shown(text);
        text.getStyleClass().add("inspector-value-text");
        text.setOnAction(e -> {
            shown(text);
            try {
                model.execute(SetLeafValue.parse(n.id(), text.getText()));
            } catch (Command.EditRefused refused) {
                model.error("Cannot set the value: " + refused.getMessage());
            }
        });
        return text;
    }

    private static Node scroll(TensorGrid grid, String id) {
        ScrollPane s = new ScrollPane(grid);
        s.setId(id);
        s.getStyleClass().add("tensor-scroll");
        s.setFitToHeight(false);
        s.setPrefViewportHeight(Math.min(300, grid.getRowCount() * 26 + 6));
        s.setMaxHeight(320);
        return s;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("inspector-section");
        return l;
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("inspector-key");
        return l;
    }

    private static Label value(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("inspector-value");
        l.setWrapText(true);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("inspector-hint");
        return l;
    }
}
