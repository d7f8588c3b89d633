package adjoint.app.ui;

import adjoint.app.lecture.LectureWindow;
import adjoint.app.settings.Theme;
import java.util.Locale;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

/** The main window's menu bar: File, Edit, View, Samples, Help. */
final class MainMenuBar {
    private MainMenuBar() {
    }

    static MenuBar create(MainWindow w, MainActions actions, ThemeControl theme) {
        MenuBar bar = new MenuBar(file(w, actions), edit(actions), view(w, actions, theme), samples(w), help(actions));
        bar.setId("main-menu");
        return bar;
    }

    private static Menu file(MainWindow w, MainActions a) {
        Menu recent = new Menu("Recent");
        recent.setId("recent-menu");
        w.files().fillRecent(recent);
        Menu export = new Menu("Export");
        export.getItems().addAll(a.exportPng.menuItem(), a.exportSvg.menuItem());
        return new Menu("File", null,
                a.newGraph.menuItem(), a.open.menuItem(), recent, new SeparatorMenuItem(),
                a.save.menuItem(), a.saveAs.menuItem(), new SeparatorMenuItem(),
                export, a.copyImage.menuItem(), new SeparatorMenuItem(),
                a.quit.menuItem());
    }

    private static Menu edit(MainActions a) {
        Menu edit = new Menu("Edit", null,
                a.undo.menuItem(), a.redo.menuItem(), new SeparatorMenuItem(),
                a.cut.menuItem(), a.copy.menuItem(), a.paste.menuItem(), a.duplicate.menuItem(),
                a.delete.menuItem(), new SeparatorMenuItem(),
                a.selectAll.menuItem());
        edit.setId("edit-menu");
        return edit;
    }

    private static Menu view(MainWindow w, MainActions a, ThemeControl theme) {
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem light = themeItem("Light", Theme.LIGHT, group, theme);
        RadioMenuItem dark = themeItem("Dark", Theme.DARK, group, theme);
        Menu themes = new Menu("Theme", null, light, dark);
        CheckMenuItem snap = new CheckMenuItem("Snap to Grid");
        snap.selectedProperty().bindBidirectional(w.canvas().snapToGridProperty());
        CheckMenuItem values = new CheckMenuItem("Show Values");
        values.setId("show-values");
        values.setSelected(true);
        values.setOnAction(e -> w.showValues(values.isSelected()));
        CheckMenuItem grads = new CheckMenuItem("Show Gradients");
        grads.setId("show-grads");
        grads.setSelected(true);
        grads.setOnAction(e -> w.showGrads(grads.isSelected()));
        CheckMenuItem exam = new CheckMenuItem("Exam Labels (w1…wN)");
        exam.setId("exam-labels");
        exam.setOnAction(e -> w.examLabels(exam.isSelected()));
        w.model().documentProperty().addListener((o, was, d) -> {
            values.setSelected(d.view().showValues());
            grads.setSelected(d.view().showGrads());
            exam.setSelected(d.view().examLabels());
        });
        MenuItem lecture = new MenuItem("Lecture mode");
        lecture.setId("lecture-mode");
        lecture.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        lecture.setOnAction(e -> LectureWindow.open(w.model().documentProperty().get()));
        return new Menu("View", null, lecture, new SeparatorMenuItem(),
                a.zoomIn.menuItem(), a.zoomOut.menuItem(), a.zoomReset.menuItem(), a.frameAll.menuItem(),
                new SeparatorMenuItem(), a.layoutAcross.menuItem(), a.layoutDown.menuItem(), snap,
                new SeparatorMenuItem(), values, grads, exam, new SeparatorMenuItem(), themes, new SeparatorMenuItem(),
                window("Loss Landscape…", () -> adjoint.app.optimize.LandscapeWindow.open(w.canvas().getScene().getWindow(),
                        w.model().documentProperty().get().graph())),
                window("SVM Margins…", () -> adjoint.app.optimize.SvmWindow.open(w.canvas().getScene().getWindow())));
    }

    /** A View item opening one of the optimization windows (adjoint.app.optimize). */
    private static javafx.scene.control.MenuItem window(String text, Runnable open) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text);
        item.setOnAction(event -> open.run());
        return item;
    }

    private static RadioMenuItem themeItem(String text, Theme value, ToggleGroup group, ThemeControl theme) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId("theme-" + value.name().toLowerCase(Locale.ROOT));
        item.setToggleGroup(group);
        item.setSelected(theme.themeProperty().get() == value);
        item.setOnAction(event -> theme.themeProperty().set(value));
        theme.themeProperty().addListener((observable, previous, current) -> item.setSelected(current == value));
        return item;
    }

    private static Menu samples(MainWindow w) {
        Menu menu = new Menu("Samples");
        menu.setId("samples-menu");
        w.files().fillSamples(menu);
        return menu;
    }

    private static Menu help(MainActions a) {
        return new Menu("Help", null, a.about.menuItem());
    }
}
