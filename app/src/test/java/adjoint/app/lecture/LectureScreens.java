package adjoint.app.lecture;

import adjoint.app.document.Document;
import adjoint.engine.graph.ExprGraph;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Opens the midterm Q8 lecture set up as in docs/screenshots/lecture-check-my-work.png, for taking the screenshot
 * by hand: step 11 of the backward sweep, check my work open, right and wrong answers judged.
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
        Platform.runLater(() -> {
            w.lecture().timeline().seek(11);
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
