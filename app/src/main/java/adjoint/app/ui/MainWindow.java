package adjoint.app.ui;

import adjoint.app.AppVersion;
import adjoint.app.settings.Settings;
import adjoint.app.settings.WindowBounds;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: menu and toolbar, palette, canvas, inspector, expression bar and status bar. */
final class MainWindow {
    static final String TITLE = "Adjoint";
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;

    private final Stage stage;
    private final Settings settings;
    private final Scene scene;
    private final ThemeControl theme;

    MainWindow(Stage stage, Settings settings) {
        this.stage = stage;
        this.settings = settings;
        this.scene = new Scene(new BorderPane());
        this.theme = new ThemeControl(scene, settings);
        scene.setRoot(createView());
        stage.setScene(scene);
        stage.setTitle(TITLE);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setOnCloseRequest(event -> rememberBounds());
    }

    void show() {
        restoreBounds();
        stage.show();
    }

    private Parent createView() {
        MainActions actions = new MainActions(this::quit, this::showAbout);
        SplitPane centre = new SplitPane(new NodePaletteView(), new GraphCanvasView(), new InspectorView());
        centre.setDividerPositions(0.17, 0.78);
        centre.getItems().forEach(item -> SplitPane.setResizableWithParent(item, item instanceof GraphCanvasView));
        BorderPane root = new BorderPane(centre);
        root.setTop(new VBox(MainMenuBar.create(actions, theme), MainToolBar.create(actions, theme)));
        root.setBottom(new VBox(new ExpressionBar(), statusBar()));
        return root;
    }

    private static StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.setText("Ready");
        Label device = new Label("Device: CPU (reference)", new FontIcon("mdi2c-chip"));
        device.setId("device-label");
        bar.getRightItems().add(device);
        return bar;
    }

    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(stage);
        about.setTitle("About Adjoint");
        about.setHeaderText("Adjoint " + AppVersion.current());
        about.setContentText("A node-graph autograd explorer: build expressions and small networks as graphs, "
                + "and see their values and gradients.\n\nJava " + Runtime.version()
                + ", JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        about.showAndWait();
    }

    private void quit() {
        rememberBounds();
        Platform.exit();
    }

    private void restoreBounds() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        WindowBounds bounds = settings.windowBounds()
                .filter(b -> !Screen.getScreensForRectangle(b.x(), b.y(), b.width(), b.height()).isEmpty())
                .orElseGet(() -> centred(screen));
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(Math.min(bounds.width(), screen.getWidth()));
        stage.setHeight(Math.min(bounds.height(), screen.getHeight()));
        stage.setMaximized(bounds.maximized());
    }

    private static WindowBounds centred(Rectangle2D screen) {
        double width = Math.min(DEFAULT_WIDTH, screen.getWidth());
        double height = Math.min(DEFAULT_HEIGHT, screen.getHeight());
        return new WindowBounds(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height, false);
    }

    /** Remembers where the window is; while maximized, keeps the size it had before, to restore to. */
    private void rememberBounds() {
        if (stage.isIconified() || !(stage.getWidth() > 0 && stage.getHeight() > 0)) {
            return;
        }
        WindowBounds normal = stage.isMaximized()
                ? settings.windowBounds().orElseGet(() -> centred(Screen.getPrimary().getVisualBounds()))
                : new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        settings.setWindowBounds(new WindowBounds(
                normal.x(), normal.y(), normal.width(), normal.height(), stage.isMaximized()));
    }
}
