package adjoint.app.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/** The program line under the canvas. Building a graph from it arrives with the graph editor. */
final class ExpressionBar extends HBox {
    ExpressionBar() {
        setId("expression-bar");
        getStyleClass().add("expression-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        FontIcon icon = new FontIcon("mdi2f-function-variant");
        TextField program = new TextField();
        program.setId("expression-field");
        program.setPromptText("f = sin(x) - 4*sin(x)**3 + log(sin(x))");
        HBox.setHgrow(program, Priority.ALWAYS);
        Button build = new Button("Build graph", new FontIcon("mdi2p-play"));
        build.setDisable(true);
        build.setTooltip(new Tooltip("Builds the graph of the program (arrives with the graph editor)"));
        getChildren().addAll(icon, program, build);
    }
}
