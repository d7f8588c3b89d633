package adjoint.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import adjoint.app.document.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The midterm's Q8 graph built with the mouse from the palette: nodes added, ports wired, x set to 1.5 and the
 * constants 3 and 4 typed into the inspector; the gradient on x is the exam's; every step undoes to an empty canvas
 * and redoes; the document saves and reopens the same.
 */
@ExtendWith(ApplicationExtension.class)
class BuildByMouseTest {
    private final EditorFixture fx;

    BuildByMouseTest() throws IOException {
        fx = new EditorFixture();
    }

    @Start
    void start(Stage stage) {
        fx.open(stage);
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        fx.close();
    }

    @Test
    void theMidtermGraphBuiltWithTheMouseGivesTheExamsGradientUndoesRedoesAndReopens(FxRobot robot) throws IOException {
        String x = add(robot, "variable");
        type(robot, "#inspector-value-text", "1.5");
        String sin = add(robot, "sin");
        wire(robot, x, sin, 0);
        String cube = add(robot, "pow");
        wire(robot, sin, cube, 0);
        type(robot, "#inspector-input-1", "3");
        String times4 = add(robot, "mul");
        type(robot, "#inspector-input-0", "4");
        wire(robot, cube, times4, 1);
        String log = add(robot, "log");
        wire(robot, sin, log, 0);
        String sum = add(robot, "sub");
        wire(robot, sin, sum, 0);
        wire(robot, times4, sum, 1);
        wire(robot, log, sum, 2);
        fx.settle();

        Document built = fx.document();
        assertThat(built.graph().nodes()).hasSize(6);
        assertThat(built.output()).isEqualTo(sum);
        assertThat(built.graph().formula(sum, built.labels())).isEqualTo("w2 - w4 + w5");
        assertThat(fx.gradientOf("x")).isCloseTo(-0.70295, within(1e-5));
        assertThat(fx.byId(x).grad().text()).isEqualTo("-0.70295");

        int steps = 0;
        while (fx.model().canUndoProperty().get()) {
            robot.push(KeyCode.SHORTCUT, KeyCode.Z);
            steps++;
        }
        assertThat(steps).isGreaterThanOrEqualTo(14);
        assertThat(fx.document().graph().nodes()).isEmpty();
        for (int i = 0; i < steps; i++) {
            robot.push(KeyCode.SHORTCUT, KeyCode.Y);
        }
        assertThat(fx.document()).isEqualTo(built);
        fx.settle();
        assertThat(fx.gradientOf("x")).isCloseTo(-0.70295, within(1e-5));

        Path file = fx.folder.resolve("q8.adjoint");
        robot.interact(() -> fx.window.files().write(file));
        robot.interact(() -> fx.window.files().newDocument());
        assertThat(fx.document().graph().nodes()).isEmpty();
        robot.interact(() -> fx.window.files().openFile(file));
        assertThat(fx.document().graph()).isEqualTo(built.graph());
        assertThat(fx.document().positions()).isEqualTo(built.positions());
        fx.settle();
        assertThat(fx.gradientOf("x")).isCloseTo(-0.70295, within(1e-5));
    }

    /** Double-clicks the palette entry and returns the id of the node it added (which is then selected). */
    private String add(FxRobot robot, String entry) {
        robot.clickOn("#palette-search").push(KeyCode.SHORTCUT, KeyCode.A).write(entry);
        ListView<?> list = robot.lookup("#palette-list").queryAs(ListView.class);
        assertThat(list.getItems().getFirst().toString()).contains("name=" + entry + ",");
        robot.doubleClickOn(robot.lookup("#palette-list .list-cell").nth(0).queryAs(javafx.scene.Node.class),
                MouseButton.PRIMARY);
        EditorFixture.until(() -> fx.model().selection().size() == 1
                && fx.document().graph().node(fx.model().selection().iterator().next()).op()
                        .equals(entry.equals("variable") ? "leaf" : entry.equals("sub") ? "add" : entry));
        return fx.model().selection().iterator().next();
    }

    private void wire(FxRobot robot, String from, String to, int port) {
        int before = fx.document().graph().node(to).inputIds().size();
        robot.interact(() -> fx.window.canvas().frameAll());
        robot.drag(fx.outputOfId(from), MouseButton.PRIMARY).moveTo(fx.inputOfId(to, port)).drop();
        EditorFixture.until(() -> fx.document().graph().node(to).inputIds().contains(from)
                && fx.document().graph().node(to).inputIds().size() > before);
    }

    private void type(FxRobot robot, String field, String text) {
        TextField f = robot.lookup(field).queryAs(TextField.class);
        robot.clickOn(f).push(KeyCode.SHORTCUT, KeyCode.A).write(text).push(KeyCode.ENTER);
        EditorFixture.until(() -> !fx.model().statusIsErrorProperty().get()
                && fx.model().undoTextProperty().get().startsWith("Undo Set"));
    }
}
