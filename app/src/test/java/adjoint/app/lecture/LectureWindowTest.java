package adjoint.app.lecture;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.app.document.Document;
import adjoint.engine.graph.ExprGraph;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LectureWindowTest {
    private LectureWindow window;

    @Start
    void start(Stage stage) {
        // TestFX hands every test class the same primary stage; an earlier editor test may have bound its title.
        stage.titleProperty().unbind();
        window = new LectureWindow(stage, Document.of(ExprGraph.parse(SweepTest.Q8)), Duration.ZERO);
        stage.show();
    }

    @Test
    void clickerKeysStepTheSweepsAndTheTableFollows(FxRobot robot) {
        SweepTimeline t = window.lecture().timeline();
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(t.position()).isEqualTo(1);
        robot.type(KeyCode.RIGHT, 5);
        robot.type(KeyCode.SPACE);
        assertThat(t.current().kind()).isEqualTo(SweepStep.Kind.SEED);
        assertThat(window.table().getItems().getFirst().valueText()).isEqualTo("1");
        assertThat(window.table().getSelectionModel().getSelectedItem().label()).isEqualTo("w6");
        robot.type(KeyCode.PAGE_DOWN, 6);
        assertThat(window.table().getItems().get(4).state()).isEqualTo(AdjointTable.State.DONE);
        assertThat(window.table().getItems().get(4).valueText()).isEqualTo("-9.9374437");
        robot.type(KeyCode.PAGE_UP);
        assertThat(window.table().getItems().get(4).valueText()).endsWith("(2/3)");
        robot.type(KeyCode.LEFT);
        assertThat(t.position()).isEqualTo(11);
        assertThat(robot.lookup("#lecture-caption").queryLabeled().getText()).contains("∂w3/∂w2");
    }

    @Test
    void theCanvasLightsTheActiveEdgeInTheGradientColour(FxRobot robot) {
        robot.interact(() -> window.lecture().timeline().seek(6 + 5));
        Canvas c = window.canvas();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = c.snapshot(null, null));
        int reddish = 0;
        for (int y = 0; y < (int) shot[0].getHeight(); y++) {
            for (int x = 0; x < (int) shot[0].getWidth(); x++) {
                int argb = shot[0].getPixelReader().getArgb(x, y);
                int r = argb >> 16 & 0xff;
                int g = argb >> 8 & 0xff;
                int b = argb & 0xff;
                if (r > 150 && g < 90 && b < 60) {
                    reddish++;
                }
            }
        }
        assertThat(reddish).as("pixels of the lit edge and its contribution").isGreaterThan(200);
    }

    @Test
    void bBlanksTheScreenAndF5Presents(FxRobot robot) {
        robot.type(KeyCode.B);
        assertThat(window.isBlank()).isTrue();
        robot.type(KeyCode.B);
        assertThat(window.isBlank()).isFalse();
        robot.type(KeyCode.F5);
        assertThat(window.isPresenting()).isTrue();
        assertThat(robot.lookup("#lecture-play").query().getParent().isVisible()).isFalse();
        // the headless platform's full-screen stage takes no further keys, so leave presentation mode directly
        robot.interact(window::togglePresentation);
        assertThat(window.isPresenting()).isFalse();
        assertThat(robot.lookup("#lecture-play").query().getParent().isVisible()).isTrue();
    }

    @Test
    void playRunsToTheEndWithZeroDurationsAndTheSliderScrubs(FxRobot robot) {
        robot.clickOn("#lecture-play");
        assertThat(window.lecture().timeline().atEnd()).isTrue();
        robot.interact(() -> robot.lookup("#lecture-scrub").queryAs(javafx.scene.control.Slider.class).setValue(3));
        assertThat(window.lecture().timeline().position()).isEqualTo(3);
    }

    @Test
    void checkMyWorkJudgesNumbersAndFormulasAndReveals(FxRobot robot) {
        robot.clickOn("#lecture-check");
        CheckPanel p = window.checkPanel();
        robot.interact(() -> {
            p.field("w2").setText("1 - 12*w2**2 + 1/w2");
            p.judge("w2");
            p.field("w3").setText("-4");
            p.judge("w3");
            p.field("w1").setText("cos(w1)");
            p.judge("w1");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(p.verdict("w2").getText()).startsWith("✓");
        assertThat(p.verdict("w3").getText()).startsWith("✓");
        assertThat(p.verdict("w1").getText()).startsWith("✗");
        robot.interact(() -> p.reveal("w1"));
        assertThat(p.verdict("w1").getText()).contains("-0.70294696");
        assertThat(robot.lookup("#fd-w1").queryLabeled().getText()).contains("✓");
    }
}
