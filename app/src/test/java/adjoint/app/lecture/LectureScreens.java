package adjoint.app.lecture;

import adjoint.app.document.Document;
import adjoint.engine.graph.ExprGraph;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Opens the midterm Q8 lecture at step 11 of the backward sweep, for taking the screenshots in docs/screenshots by
 * hand: {@code LectureScreens [check|mode|present]}: check my work open with right and wrong answers judged
 * (lecture-check-my-work.png, the default), the plain window (lecture-mode.png), presentation mode
 * (lecture-presentation.png; full screen needs a window manager).
 */
public final class LectureScreens extends Application {
    @Override
    public void start(Stage stage) {
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1920);
        stage.setHeight(1080);
        LectureWindow w = new LectureWindow(stage, Document.of(ExprGraph.parse(SweepTest.Q8)), Duration.ZERO);
        stage.show();
        String which = getParameters().getRaw().isEmpty() ? "check" : getParameters().getRaw().get(0);
        Platform.runLater(() -> {
            w.lecture().timeline().seek(11);
            if (!which.equals("check")) {
                if (which.equals("present")) {
                    w.togglePresentation();
                }
                return;
            }
            ((javafx.scene.control.ButtonBase) stage.getScene().lookup("#lecture-check")).fire();
            CheckPanel p = w.checkPanel();
            p.field("w3").setText("-4");
            p.judge("w3");
            p.field("w2").setText("1 - 12*w2**2");
            p.judge("w2");
            p.partialField("w3", "w2").setText("3*w2**2");
            p.judgePartial("w3", "w2");
            p.partialField("w2", "w1").setText("sin(w1)");
            p.judgePartial("w2", "w1");
            p.partialField("w5", "w2").setText("w2");
            p.judgePartial("w5", "w2");
        });
    }

    public static void main(String[] args) {
        launch(args);
    }
}
