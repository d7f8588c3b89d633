package adjoint.app.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one main window. */
public final class AdjointApp extends Application {

    /** Starts JavaFX and opens the main window; returns when the app quits. */
    public static void openWindow() {
        Application.launch(AdjointApp.class);
    }

    @Override
    public void start(Stage stage) {
        new MainWindow(stage, MainWindow.Services.forUser()).show();
    }
}
