package adjoint.app.ui;

import adjoint.app.document.Command;
import adjoint.app.document.Document;
import adjoint.app.document.LeafValues;
import adjoint.app.document.Port;
import adjoint.app.document.SetConstant;
import adjoint.app.document.SetSign;
import adjoint.engine.graph.Form;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * The inspector's table of a node's inputs: what each port reads, a field for the constant it holds (the 3 of
 * {@code w2 ** 3}; typing into an empty port makes it a constant), the sign of each term of a sum, and the node's
 * options ({@code dim=0}).
 */
final class InputsEditor {
    private InputsEditor() {
    }

    static GridPane of(EditorModel model, Document d, GraphNode n) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("inspector-facts");
        grid.setHgap(10);
        grid.setVgap(6);
        Map<String, String> labels = d.labels();
        List<Port> ports = Port.of(n);
        boolean sum = n.form() == Form.OPERATOR && n.op().equals("add");
        int row = 0;
        for (int i = 0; i < ports.size(); i++) {
            Port p = ports.get(i);
            Operand o = p.operand(n);
            Node editor = o instanceof Operand.Ref r ? source(labels.getOrDefault(r.id(), r.id()))
                    : constant(model, n, p, o, "inspector-input-" + i);
            if (sum && !p.isKeyword() && p.item() < 0) {
                int sign = n.signs().get(p.index());
                Button flip = new Button(sign < 0 ? "\u2212" : "+");
                flip.setId("inspector-sign-" + i);
                flip.setMnemonicParsing(false);
                flip.setTooltip(new Tooltip("Add or subtract this term"));
                flip.setOnAction(e -> model.execute(new SetSign(n.id(), p.index(), -sign)));
                editor = new HBox(6, flip, editor);
            }
            grid.addRow(row++, key(sum ? "term " + (i + 1) : p.label(n)), editor);
        }
        for (int i = 0; i < n.inputs().size(); i++) {
            Port p = Port.input(i);
            if (!ports.contains(p) && n.inputs().get(i) instanceof Operand.Const c && !c.isUnconnected()) {
                grid.addRow(row++, key("option " + (i + 1)), constant(model, n, p, c, "inspector-option-" + i));
            }
        }
        for (var e : n.kwargs().entrySet()) {
            if (e.getValue() instanceof Operand.Const c && !c.isUnconnected()) {
                grid.addRow(row++, key(e.getKey()), constant(model, n, Port.keyword(e.getKey()), c,
                        "inspector-option-" + e.getKey()));
            }
        }
        return grid;
    }

    private static Label source(String label) {
        Label l = new Label("\u2190 " + label);
        l.getStyleClass().add("inspector-value");
        return l;
    }

    private static TextField constant(EditorModel model, GraphNode n, Port p, Operand o, String id) {
        TextField f = new TextField(o.isUnconnected() ? "" : LeafValues.format(((Operand.Const) o).value()));
        f.setId(id);
        f.setPromptText("not connected");
        f.setPrefColumnCount(8);
        f.getStyleClass().add("inspector-value-text");
        f.setOnAction(e -> {
            InspectorView.shown(f);
            run(model, () -> SetConstant.parse(n.id(), p, f.getText()));
        });
        return InspectorView.shown(f);
    }

    private static void run(EditorModel model, Supplier<Command> command) {
        try {
            model.execute(command.get());
        } catch (Command.EditRefused refused) {
            model.error("Cannot set the constant: " + refused.getMessage());
        }
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("inspector-key");
        return l;
    }
}
