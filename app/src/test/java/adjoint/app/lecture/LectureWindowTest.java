package adjoint.app.lecture;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.app.document.Document;
import adjoint.engine.graph.ExprGraph;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        var c = window.canvas();
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

    private static int[] pixels(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] out = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), out, 0, w);
        return out;
    }

    private int[] shotAt(FxRobot robot, double position) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            window.showAt(position);
            shot[0] = window.canvas().snapshot(null, null);
        });
        return pixels(shot[0]);
    }

    private static int differing(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                n++;
            }
        }
        return n + Math.abs(a.length - b.length);
    }

    @Test
    void pageDownSettlesOnTheNextStepAndAnInBetweenFrameIsItsOwnAndRepeatable(FxRobot robot) {
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(window.lecture().timeline().position()).isEqualTo(1);
        assertThat(window.shownPosition()).isEqualTo(1.0);
        assertThat(window.animator().isMoving()).isFalse();
        int[] before = shotAt(robot, 10);
        int[] half = shotAt(robot, 10.5);
        int[] again = shotAt(robot, 10.5);
        int[] after = shotAt(robot, 11);
        assertThat(differing(before, half)).as("half-way differs from the step before").isGreaterThan(300);
        assertThat(differing(half, after)).as("half-way differs from the step after").isGreaterThan(300);
        assertThat(differing(half, again)).as("the same position paints the same frame").isZero();
    }

    private static void press(LectureWindow w, KeyCode key) {
        Event.fireEvent(w.canvas(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
    }

    @Test
    void withAPaceEachClickerPressAnimatesOneStepAndAPressDuringTheAnimationCompletesIt(FxRobot robot)
            throws Exception {
        LectureWindow[] made = new LectureWindow[1];
        robot.interact(() -> {
            made[0] = new LectureWindow(new Stage(), Document.of(ExprGraph.parse(SweepTest.Q8)), Duration.millis(3000));
            made[0].stage().show();
        });
        LectureWindow w = made[0];
        try {
            double[] seen = new double[4];
            robot.interact(() -> {
                press(w, KeyCode.PAGE_DOWN);
                seen[0] = w.lecture().timeline().position();
                seen[1] = w.shownPosition();
                press(w, KeyCode.SPACE);
                seen[2] = w.lecture().timeline().position();
                seen[3] = w.shownPosition();
            });
            assertThat(seen[0]).isEqualTo(1);
            assertThat(seen[1]).as("the picture starts from where it was").isLessThan(1.0);
            assertThat(seen[2]).isEqualTo(2);
            assertThat(seen[3]).as("the first animation was completed by the second press").isEqualTo(1.0);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> w.shownPosition() > 1 && w.shownPosition() < 2);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> w.shownPosition() == 2.0);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(w.animator().isMoving()).isFalse();
            robot.interact(() -> press(w, KeyCode.PAGE_UP));
            assertThat(w.lecture().timeline().position()).isEqualTo(1);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> w.shownPosition() == 1.0);
            robot.interact(() -> press(w, KeyCode.END));
            assertThat(w.shownPosition()).as("a jump of many steps is shown at once").isEqualTo(14.0);
        } finally {
            robot.interact(() -> w.stage().close());
        }
    }

    @Test
    void fTogglesTheFrameRateOverlay(FxRobot robot) {
        robot.type(KeyCode.F);
        assertThat(window.isMeterShown()).isTrue();
        assertThat(window.animator().meter().summary()).contains("fps").contains("paint");
        robot.type(KeyCode.F);
        assertThat(window.isMeterShown()).isFalse();
    }

    @Test
    void checkMyWorkJudgesTheLocalPartialsOfEachEdge(FxRobot robot) {
        robot.clickOn("#lecture-check");
        CheckPanel p = window.checkPanel();
        assertThat(robot.lookup("#answer-d-w3-w2").tryQuery()).isPresent();
        assertThat(robot.lookup("#answer-d-w2-w1").tryQuery()).isPresent();
        robot.interact(() -> {
            p.partialField("w3", "w2").setText("3*w2**2");
            p.judgePartial("w3", "w2");
            p.partialField("w2", "w1").setText("sin(w1)");
            p.judgePartial("w2", "w1");
            p.partialField("w4", "w3").setText("4");
            p.judgePartial("w4", "w3");
        });
        assertThat(p.partialVerdict("w3", "w2").getText()).startsWith("✓");
        assertThat(p.partialVerdict("w2", "w1").getText()).startsWith("✗");
        assertThat(p.partialVerdict("w2", "w1").getText().length()).isGreaterThan(3);
        assertThat(p.partialVerdict("w4", "w3").getText()).startsWith("✓");
        robot.interact(() -> p.revealPartial("w2", "w1"));
        assertThat(p.partialVerdict("w2", "w1").getText()).contains("cos(w1)").contains("0.0707372");
    }

    @TempDir
    Path folder;

    @Test
    void theExportMenuWritesTheBackwardSweepOffTheFxThreadAndCancelLeavesNothing(FxRobot robot) throws Exception {
        Path gif = folder.resolve("backward.gif");
        robot.interact(() -> window.exports().gif(SweepExport.Part.BACKWARD, gif));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.exports().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gif).exists();
        assertThat(robot.lookup("#lecture-caption").queryLabeled().getText()).isEqualTo("Saved backward.gif");

        Path pngs = Files.createDirectories(folder.resolve("pngs"));
        robot.interact(() -> {
            window.exports().pngs(pngs);
            assertThat(window.exports().isRunning()).isTrue();
            assertThat(window.exports().progress().isVisible()).isTrue();
            window.exports().cancel();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.exports().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lecture-caption").queryLabeled().getText()).isEqualTo("Export cancelled.");
        try (var left = Files.list(pngs)) {
            assertThat(left).isEmpty();
        }
        Path tex = folder.resolve("table.tex");
        robot.interact(() -> window.exports().latex(tex));
        assertThat(Files.readString(tex)).startsWith("\\begin{aligned}").contains("\\bar{w}_{2}");
    }
}
