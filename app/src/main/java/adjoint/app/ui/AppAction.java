package adjoint.app.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One command of the main window, shown as a menu item and, where it has an icon, a toolbar button. Its text and
 * enabled state are properties, so "Undo Move node" and a greyed-out Undo follow the history.
 */
final class AppAction {
    private final StringProperty text;
    private final String icon;
    private final KeyCombination accelerator;
    private final String hint;
    private final Runnable handler;
    private final BooleanProperty disabled = new SimpleBooleanProperty();

    private AppAction(String text, String icon, String accelerator, String hint, Runnable handler) {
        this.text = new SimpleStringProperty(text);
        this.icon = icon;
        this.accelerator = accelerator == null ? null : KeyCombination.keyCombination(accelerator);
        this.hint = hint;
        this.handler = handler;
        disabled.set(handler == null);
    }

    static AppAction of(String text, String icon, String accelerator, String hint, Runnable handler) {
        return new AppAction(text, icon, accelerator, hint, handler);
    }

    AppAction enabledWhen(ObservableValue<Boolean> enabled) {
        disabled.bind(Bindings.createBooleanBinding(
                () -> handler == null || !Boolean.TRUE.equals(enabled.getValue()), enabled));
        return this;
    }

    AppAction textFrom(ObservableValue<String> source) {
        text.bind(source);
        return this;
    }

    boolean enabled() {
        return !disabled.get();
    }

    void run() {
        if (enabled()) {
            handler.run();
        }
    }

    MenuItem menuItem() {
        MenuItem item = new MenuItem(null, icon == null ? null : new FontIcon(icon));
        item.textProperty().bind(text);
        item.setAccelerator(accelerator);
        item.disableProperty().bind(disabled);
        item.setOnAction(event -> run());
        return item;
    }

    Button button() {
        Button button = new Button(null, new FontIcon(icon));
        String shortcut = accelerator == null ? "" : " (" + accelerator.getDisplayText() + ")";
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.concat(shortcut + "\n" + hint));
        button.setTooltip(tip);
        button.disableProperty().bind(disabled);
        button.setFocusTraversable(false);
        button.setOnAction(event -> run());
        return button;
    }
}
