package adjoint.app.ui;

import adjoint.app.settings.Theme;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/** The main window's menu bar: File, Edit, View, Samples, Help. */
final class MainMenuBar {
    private MainMenuBar() {
    }

    static MenuBar create(MainActions actions, ThemeControl theme) {
        MenuBar bar = new MenuBar(file(actions), edit(actions), view(actions, theme), samples(), help(actions));
        bar.setId("main-menu");
        return bar;
    }

    private static Menu file(MainActions a) {
        Menu recent = new Menu("Recent");
        recent.getItems().add(placeholder("No recent files"));
        Menu export = new Menu("Export");
        export.getItems().addAll(a.exportPng.menuItem(), a.exportSvg.menuItem());
        return new Menu("File", null,
                a.newGraph.menuItem(), a.open.menuItem(), recent, new SeparatorMenuItem(),
                a.save.menuItem(), a.saveAs.menuItem(), export, new SeparatorMenuItem(),
                a.quit.menuItem());
    }

    private static Menu edit(MainActions a) {
        return new Menu("Edit", null,
                a.undo.menuItem(), a.redo.menuItem(), new SeparatorMenuItem(),
                a.cut.menuItem(), a.copy.menuItem(), a.paste.menuItem(), a.duplicate.menuItem(),
                a.delete.menuItem(), new SeparatorMenuItem(),
                a.selectAll.menuItem());
    }

    private static Menu view(MainActions a, ThemeControl theme) {
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem light = themeItem("Light", Theme.LIGHT, group, theme);
        RadioMenuItem dark = themeItem("Dark", Theme.DARK, group, theme);
        Menu themes = new Menu("Theme", null, light, dark);
        return new Menu("View", null,
                a.zoomIn.menuItem(), a.zoomOut.menuItem(), a.zoomReset.menuItem(), a.frameAll.menuItem(),
                new SeparatorMenuItem(), themes);
    }

    private static RadioMenuItem themeItem(String text, Theme value, ToggleGroup group, ThemeControl theme) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId("theme-" + value.name().toLowerCase(java.util.Locale.ROOT));
        item.setToggleGroup(group);
        item.setSelected(theme.themeProperty().get() == value);
        item.setOnAction(event -> theme.themeProperty().set(value));
        theme.themeProperty().addListener((observable, previous, current) -> item.setSelected(current == value));
        return item;
    }

    private static Menu samples() {
        return new Menu("Samples", null, placeholder("No samples yet"));
    }

    private static Menu help(MainActions a) {
        return new Menu("Help", null, a.about.menuItem());
    }

    private static MenuItem placeholder(String text) {
        MenuItem item = new MenuItem(text);
        item.setDisable(true);
        return item;
    }
}
