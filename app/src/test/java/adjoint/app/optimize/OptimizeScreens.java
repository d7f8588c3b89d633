package adjoint.app.optimize;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;

/**
 * Opens the landscape or the SVM window set up as in docs/screenshots, for taking the screenshots by hand:
 * {@code OptimizeScreens landscape|landscape1d|svm}.
 */
public final class OptimizeScreens extends Application {
    @Override
    public void start(Stage ignored) {
        String which = getParameters().getRaw().isEmpty() ? "landscape" : getParameters().getRaw().get(0);
        if (which.equals("svm")) {
            SvmWindow w = SvmWindow.open(null);
            ((CheckBox) w.stage().getScene().lookup("#svm-logistic")).setSelected(true);
            w.stage().setX(0);
            w.stage().setY(0);
            return;
        }
        LandscapeWindow w = LandscapeWindow.open(null);
        w.stage().setX(0);
        w.stage().setY(0);
        if (which.equals("landscape1d")) {
            w.show(LandscapeWindow.sample(LandscapeWindow.DEFAULT_1D, LandscapeWindow.Q2), "x");
        }
        var scene = w.stage().getScene();
        ((CheckBox) scene.lookup("#opt-adam")).setSelected(true);
        ((CheckBox) scene.lookup("#landscape-arrows")).setSelected(!which.equals("landscape1d"));
        ((LogSlider) scene.lookup("#landscape-lr")).slider().setValue(Math.log10(which.equals("landscape1d") ? 0.3 : 0.5));
        if (!which.equals("landscape1d")) {
            var adamRate = (javafx.scene.control.TextField) scene.lookup("#landscape-lr-adam");
            adamRate.setText("0.3");
            adamRate.fireEvent(new javafx.event.ActionEvent());
            w.model().placeStart(0.6, 2.0);
        }
        new Thread(() -> {
            for (int i = 0; i < 12; i++) {
                sleep(250);
                Platform.runLater(() -> w.model().step());
            }
        }).start();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
