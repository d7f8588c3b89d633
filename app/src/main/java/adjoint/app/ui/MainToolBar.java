package adjoint.app.ui;

import adjoint.app.settings.Theme;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's toolbar: file, edit and view commands, and the theme switch at the far end. */
final class MainToolBar {
    private MainToolBar() {
    }

    static ToolBar create(MainActions a, ThemeControl theme) {
        Pane spring = new Pane();
        HBox.setHgrow(spring, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                a.newGraph.button(), a.open.button(), a.save.button(), new Separator(),
                a.undo.button(), a.redo.button(), new Separator(),
                a.cut.button(), a.copy.button(), a.paste.button(), a.delete.button(), new Separator(),
                a.zoomIn.button(), a.zoomOut.button(), a.frameAll.button(), a.layoutAcross.button(),
                spring, themeToggle(theme));
        bar.setId("main-toolbar");
        return bar;
    }

    private static ToggleButton themeToggle(ThemeControl theme) {
        ToggleButton toggle = new ToggleButton(null, new FontIcon("mdi2t-theme-light-dark"));
        toggle.setId("theme-toggle");
        toggle.setFocusTraversable(false);
        toggle.setTooltip(new Tooltip("Dark theme"));
        toggle.setSelected(theme.themeProperty().get() == Theme.DARK);
        toggle.setOnAction(event -> theme.themeProperty().set(toggle.isSelected() ? Theme.DARK : Theme.LIGHT));
        theme.themeProperty().addListener((observable, previous, current) -> toggle.setSelected(current == Theme.DARK));
        return toggle;
    }
}
