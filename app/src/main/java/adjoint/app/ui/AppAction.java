package adjoint.app.ui;

import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One command of the main window, shown as a menu item and, where it has an icon, a toolbar button.
 * A command whose behaviour does not exist yet is created {@link #pending} and stays disabled.
 */
final class AppAction {
    private final String text;
    private final String icon;
    private final KeyCombination accelerator;
    private final String hint;
    private final Runnable handler;

    private AppAction(String text, String icon, String accelerator, String hint, Runnable handler) {
        this.text = text;
        this.icon = icon;
        this.accelerator = accelerator == null ? null : KeyCombination.keyCombination(accelerator);
        this.hint = hint;
        this.handler = handler;
    }

    static AppAction of(String text, String icon, String accelerator, String hint, Runnable handler) {
        return new AppAction(text, icon, accelerator, hint, handler);
    }

    /** A command that arrives with the graph editor: visible, with its shortcut, but disabled. */
    static AppAction pending(String text, String icon, String accelerator, String hint) {
        return new AppAction(text, icon, accelerator, hint + " (arrives with the graph editor)", null);
    }

    boolean enabled() {
        return handler != null;
    }

    MenuItem menuItem() {
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        item.setAccelerator(accelerator);
        item.setDisable(!enabled());
        if (enabled()) {
            item.setOnAction(event -> handler.run());
        }
        return item;
    }

    Button button() {
        Button button = new Button(null, new FontIcon(icon));
        String shortcut = accelerator == null ? "" : " (" + accelerator.getDisplayText() + ")";
        button.setTooltip(new Tooltip(text + shortcut + "\n" + hint));
        button.setDisable(!enabled());
        button.setFocusTraversable(false);
        if (enabled()) {
            button.setOnAction(event -> handler.run());
        }
        return button;
    }
}
