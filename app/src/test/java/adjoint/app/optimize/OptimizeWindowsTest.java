package adjoint.app.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class OptimizeWindowsTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void landscapeWindowOpensOnQ6AndARaceAdvances(FxRobot robot) throws Exception {
        LandscapeWindow w = WaitForAsyncUtils.asyncFx(() -> LandscapeWindow.open(null)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> w.model().sampledProperty().get() != null
                && !w.model().pathsProperty().get().isEmpty());
        assertThat(w.model().objectiveProperty().get().coordinates()).containsExactly("x", "y");
        robot.interact(() -> w.model().step());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> w.model().pathsProperty().get().get(0).steps() == 1);
        assertThat(w.stage().getScene().lookup("#landscape-canvas")).isNotNull();
        robot.interact(() -> w.stage().close());
    }

    @Test
    void landscapeWindowOpensOnTheEditorsDocumentWithItsVariablesFree(FxRobot robot) throws Exception {
        var graph = adjoint.engine.graph.ExprGraph.parse("a = 0.5\nb = 2.0\nf = (a - 1)**2 + (b + 1)**2\n");
        LandscapeWindow w = WaitForAsyncUtils.asyncFx(() -> LandscapeWindow.open(null, graph)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> w.model().objectiveProperty().get() != null
                && w.model().objectiveProperty().get().coordinates().contains("a"));
        assertThat(w.model().objectiveProperty().get().coordinates()).containsExactly("a", "b");
        robot.interact(() -> w.stage().close());
    }

    @Test
    void svmWindowOpensOnQ4AndTrains(FxRobot robot) throws Exception {
        SvmWindow w = WaitForAsyncUtils.asyncFx(() -> SvmWindow.open(null)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> w.model().snapshotProperty().get() != null
                && w.model().snapshotProperty().get().done());
        assertThat(w.model().pointsProperty().get().size()).isEqualTo(12);
        assertThat(w.model().snapshotProperty().get().exact().margin()).isCloseTo(Math.sqrt(2),
                org.assertj.core.api.Assertions.within(1e-9));
        robot.interact(() -> w.stage().close());
    }

    @Test
    void clickingAddsAPointDraggingMovesItAndCChangesTheMargin(FxRobot robot) throws Exception {
        SvmWindow w = WaitForAsyncUtils.asyncFx(() -> SvmWindow.open(null)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> w.model().snapshotProperty().get() != null
                && w.model().snapshotProperty().get().done());
        var canvas = ((CanvasPane) w.stage().getScene().lookup("#svm-canvas")).canvas();
        Frame f = SvmPainter.frame(w.picture(), canvas.getWidth(), canvas.getHeight());
        var before = w.model().snapshotProperty().get().svm().model();
        robot.clickOn(canvas.localToScreen(f.px(5), f.py(4.5)), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.model().pointsProperty().get().size()).isEqualTo(13);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> w.model().snapshotProperty().get().done());
        assertThat(w.model().snapshotProperty().get().svm().model()).isNotEqualTo(before);
        robot.drag(canvas.localToScreen(f.px(5), f.py(4.5)), MouseButton.PRIMARY).dropTo(canvas.localToScreen(f.px(2), f.py(8)));
        WaitForAsyncUtils.waitForFxEvents();
        var moved = w.model().pointsProperty().get().get(12);
        assertThat(moved.x1()).isCloseTo(2, org.assertj.core.api.Assertions.within(0.3));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> w.model().snapshotProperty().get().done());
        double wide = w.model().snapshotProperty().get().svm().model().margin();
        LogSlider c = (LogSlider) w.stage().getScene().lookup("#svm-c");
        robot.interact(() -> c.slider().setValue(-3));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> w.model().c() == 0.001
                && w.model().snapshotProperty().get().done());
        assertThat(w.model().snapshotProperty().get().svm().model().margin()).isGreaterThan(wide);
        robot.interact(() -> w.stage().close());
    }

    @Test
    void playAdvancesTheRace(FxRobot robot) throws Exception {
        LandscapeWindow w = WaitForAsyncUtils.asyncFx(() -> LandscapeWindow.open(null)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !w.model().pathsProperty().get().isEmpty());
        robot.interact(() -> ((javafx.scene.control.CheckBox) w.stage().getScene().lookup("#opt-adam")).setSelected(true));
        robot.interact(() -> ((javafx.scene.control.Button) w.stage().getScene().lookup("#landscape-play")).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> w.model().pathsProperty().get().size() == 2
                && w.model().pathsProperty().get().stream().allMatch(p -> p.steps() >= 3));
        robot.interact(() -> w.stage().close());
    }
}
