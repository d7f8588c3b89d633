package adjoint.app.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/** The right-hand panel that will show the selected node; until there are nodes it says so. */
final class InspectorView extends TitledPane {
    InspectorView() {
        setId("inspector");
        getStyleClass().add("inspector");
        setText("Inspector");
        setCollapsible(false);
        Label nothing = new Label("Nothing selected");
        nothing.getStyleClass().add("inspector-empty");
        Label hint = new Label("Select a node to see its name, operation, shape, value and gradient.");
        hint.setWrapText(true);
        hint.getStyleClass().add("inspector-hint");
        setContent(new VBox(8, nothing, hint));
    }
}
