package adjoint.app.ui;

import adjoint.app.render.GraphTheme;
import adjoint.app.settings.Settings;
import adjoint.app.settings.Theme;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/** The current theme: applies its stylesheet to the scene and remembers the choice. */
final class ThemeControl {
    private static final String BASE = stylesheet("app.css");

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");

    ThemeControl(Scene scene, Settings settings) {
        theme.addListener((observable, previous, current) -> {
            scene.getStylesheets().setAll(BASE, stylesheet(current));
            settings.setTheme(current);
        });
        theme.set(settings.theme());
    }

    ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The colours the graph is drawn in, following the theme. */
    ObservableValue<GraphTheme> graphTheme() {
        return theme.map(t -> t == Theme.DARK ? GraphTheme.DARK : GraphTheme.LIGHT);
    }

    static String stylesheet(Theme theme) {
        return stylesheet(theme == Theme.DARK ? "dark.css" : "light.css");
    }

    private static String stylesheet(String name) {
        return ThemeControl.class.getResource(name).toExternalForm();
    }
}
