package adjoint.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.app.settings.Settings;
import adjoint.app.settings.Theme;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final EditorFixture fx;
    private final Preferences node;
    private Scene scene;

    MainWindowTest() throws java.io.IOException {
        fx = new EditorFixture();
        node = fx.preferences;
    }

    @Start
    void start(Stage stage) {
        fx.open(stage);
        scene = stage.getScene();
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        fx.close();
    }

    @Test
    void windowHasTheMenusInOrder(FxRobot robot) {
        MenuBar menus = robot.lookup("#main-menu").queryAs(MenuBar.class);
        assertThat(menus.getMenus()).extracting(Menu::getText)
                .containsExactly("File", "Edit", "View", "Samples", "Help");
    }

    @Test
    void undoAndRedoAreDisabledUntilThereIsAnEdit(FxRobot robot) {
        MenuBar menus = robot.lookup("#main-menu").queryAs(MenuBar.class);
        Menu edit = menus.getMenus().get(1);
        MenuItem undo = edit.getItems().getFirst();
        assertThat(undo.getAccelerator().getName()).isEqualTo("Shortcut+Z");
        assertThat(undo.isDisable()).isTrue();
        assertThat(undo.getText()).isEqualTo("Undo");
        assertThat(edit.getItems().get(1).isDisable()).isTrue();
    }

    @Test
    void statusBarNamesTheDevice(FxRobot robot) {
        assertThat(robot.lookup("#status-bar").queryAs(StatusBar.class)).isNotNull();
        assertThat(robot.lookup("#device-label").queryAs(Label.class).getText()).startsWith("Device: ");
    }

    @Test
    void themeToggleSwitchesTheStylesheetAndRemembersIt(FxRobot robot) {
        assertThat(scene.getStylesheets()).anyMatch(s -> s.endsWith("light.css"));

        robot.clickOn("#theme-toggle");
        assertThat(scene.getStylesheets()).anyMatch(s -> s.endsWith("dark.css")).noneMatch(s -> s.endsWith("light.css"));
        assertThat(new Settings(node).theme()).isEqualTo(Theme.DARK);

        robot.clickOn("#theme-toggle");
        assertThat(scene.getStylesheets()).anyMatch(s -> s.endsWith("light.css"));
    }

    @Test
    void paletteSearchFiltersTheList(FxRobot robot) {
        ListView<?> list = robot.lookup("#palette-list").queryAs(ListView.class);
        int all = list.getItems().size();

        robot.clickOn("#palette-search").write("sigm");
        assertThat(list.getItems()).extracting(Object::toString).allMatch(e -> e.contains("sigmoid"));
        assertThat(all).isGreaterThan(15);
    }
}
