package adjoint.app.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
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
    void svmWindowOpensOnQ4AndTrains(FxRobot robot) throws Exception {
        SvmWindow w = WaitForAsyncUtils.asyncFx(() -> SvmWindow.open(null)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> w.model().snapshotProperty().get() != null
                && w.model().snapshotProperty().get().done());
        assertThat(w.model().pointsProperty().get().size()).isEqualTo(12);
        assertThat(w.model().snapshotProperty().get().exact().margin()).isCloseTo(Math.sqrt(2),
                org.assertj.core.api.Assertions.within(1e-9));
        robot.interact(() -> w.stage().close());
    }
}
