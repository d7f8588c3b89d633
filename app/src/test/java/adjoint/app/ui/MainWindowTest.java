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
    private final Preferences node = Preferences.userRoot().node("dev/adjoint-test/" + System.nanoTime());
    private Scene scene;

    @Start
    void start(Stage stage) {
        new MainWindow(stage, new Settings(node)).show();
        scene = stage.getScene();
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void windowHasTheMenusInOrder(FxRobot robot) {
        MenuBar menus = robot.lookup("#main-menu").queryAs(MenuBar.class);
        assertThat(menus.getMenus()).extracting(Menu::getText)
                .containsExactly("File", "Edit", "View", "Samples", "Help");
    }

    @Test
    void editorCommandsAreDisabledUntilTheEditorExists(FxRobot robot) {
        MenuBar menus = robot.lookup("#main-menu").queryAs(MenuBar.class);
        Menu edit = menus.getMenus().get(1);
        assertThat(edit.getItems()).filteredOn(item -> item.getText() != null)
                .allMatch(MenuItem::isDisable);
        MenuItem undo = edit.getItems().getFirst();
        assertThat(undo.getAccelerator().getName()).isEqualTo("Shortcut+Z");
    }

    @Test
    void statusBarNamesTheDevice(FxRobot robot) {
        assertThat(robot.lookup("#status-bar").queryAs(StatusBar.class)).isNotNull();
        assertThat(robot.lookup("#device-label").queryAs(Label.class).getText()).isEqualTo("Device: CPU (reference)");
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

        robot.clickOn("#palette-search").write("sig");
        assertThat(list.getItems()).hasSize(1);
        assertThat(all).isGreaterThan(15);
    }
}
