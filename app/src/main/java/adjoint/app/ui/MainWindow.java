package adjoint.app.ui;

import adjoint.app.AppVersion;
import adjoint.app.document.Autosave;
import adjoint.app.document.AutoLayout;
import adjoint.app.document.GraphLayout;
import adjoint.app.document.RecentFiles;
import adjoint.app.document.SampleCatalog;
import adjoint.app.render.MeasuredLayout;
import adjoint.app.settings.Settings;
import adjoint.app.settings.WindowBounds;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
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

    /** What the window works with beyond its own controls: settings, files, and how it asks the user. */
    record Services(Settings settings, Autosave autosave, RecentFiles recent, SampleCatalog samples,
                    Function<Stage, Prompts> prompts) {
        static Services forUser() {
            return new Services(Settings.forUser(), Autosave.forUser(), RecentFiles.forUser(), SampleCatalog.bundled(),
                    DialogPrompts::new);
        }
    }

    private final Stage stage;
    private final Settings settings;
    private final Scene scene;
    private final ThemeControl theme;
    private final EditorModel model = new EditorModel(Platform::runLater);
    private final GraphCanvasView canvas;
    private final EditActions edits;
    private final FileActions files;
    private final ExpressionBar expressionBar;
    private final InspectorView inspector;

    MainWindow(Stage stage, Services services) {
        this.stage = stage;
        this.settings = services.settings();
        this.scene = new Scene(new BorderPane());
        this.theme = new ThemeControl(scene, settings);
        canvas = new GraphCanvasView(model, theme.graphTheme());
        edits = new EditActions(model, canvas);
        files = new FileActions(model, canvas, services.prompts().apply(stage), services.recent(), services.autosave(),
                services.samples(), () -> theme.graphTheme().getValue());
        expressionBar = new ExpressionBar(model, canvas);
        inspector = new InspectorView(model);
        scene.setRoot(createView());
        extraZoomKeys();
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> (model.isDirty() ? "*" : "") + files.documentName() + " — " + TITLE,
                model.dirtyProperty(), model.fileProperty(), model.programProperty()));
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setOnCloseRequest(event -> {
            if (!files.confirmDiscard()) {
                event.consume();
                return;
            }
            shutDown();
        });
    }

    void show() {
        restoreBounds();
        stage.show();
        expressionBar.focusProgram();
        Platform.runLater(files::offerRecovery);
    }

    // ---- for the actions

    EditorModel model() {
        return model;
    }

    FileActions files() {
        return files;
    }

    EditActions edits() {
        return edits;
    }

    GraphCanvasView canvas() {
        return canvas;
    }

    ExpressionBar expressionBar() {
        return expressionBar;
    }

    void autoLayout(boolean down) {
        var sizes = MeasuredLayout.sizes(model.current(), model.evaluationProperty().get());
        if (model.execute(new AutoLayout(down ? GraphLayout.Direction.TOP_TO_BOTTOM : GraphLayout.Direction.LEFT_TO_RIGHT,
                sizes))) {
            canvas.frameSoon();
        }
    }

    void showValues(boolean show) {
        model.execute(new ChangeView(show ? "Show values" : "Hide values", v -> v.withShowValues(show)));
    }

    void showGrads(boolean show) {
        model.execute(new ChangeView(show ? "Show gradients" : "Hide gradients", v -> v.withShowGrads(show)));
    }

    void examLabels(boolean exam) {
        model.execute(new ChangeView(exam ? "Exam labels" : "Names as labels", v -> v.withExamLabels(exam)));
    }

    void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(stage);
        about.setTitle("About Adjoint");
        about.setHeaderText("Adjoint " + AppVersion.current());
        about.setContentText("A node-graph autograd explorer: build expressions and small networks as graphs, "
                + "and see their values and gradients.\n\nJava " + Runtime.version()
                + ", JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        about.showAndWait();
    }

    void quit() {
        if (files.confirmDiscard()) {
            shutDown();
            Platform.exit();
        }
    }

    private void shutDown() {
        rememberBounds();
        files.close();
        model.close();
    }

    private Parent createView() {
        MainActions actions = new MainActions(this, scene);
        canvas.gestures().menus().setCanvasItems(List.of(actions.paste.menuItem(), actions.selectAll.menuItem(),
                actions.layoutAcross.menuItem(), actions.frameAll.menuItem()));
        NodePaletteView palette = new NodePaletteView(
                entry -> canvas.gestures().addAt(entry, canvas.freeSpot(canvas.centre())));
        SplitPane centre = new SplitPane(palette, canvas, inspector);
        centre.setDividerPositions(0.15, 0.79);
        centre.getItems().forEach(item -> SplitPane.setResizableWithParent(item, item instanceof GraphCanvasView));
        BorderPane root = new BorderPane(centre);
        root.setTop(new VBox(MainMenuBar.create(this, actions, theme), MainToolBar.create(actions, theme)));
        root.setBottom(new VBox(expressionBar, statusBar()));
        return root;
    }

    /** Ctrl+= (the key under +) and the keypad's + and − zoom too. */
    private void extraZoomKeys() {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), canvas::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), canvas::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), canvas::zoomOut);
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(model.statusProperty());
        model.statusIsErrorProperty().addListener((o, was, error) -> {
            bar.getStyleClass().remove("status-error");
            if (error) {
                bar.getStyleClass().add("status-error");
            }
        });
        Label problem = new Label();
        problem.setId("problem-label");
        problem.getStyleClass().add("problem-label");
        problem.textProperty().bind(model.problemProperty());
        problem.graphicProperty().bind(Bindings.createObjectBinding(
                () -> model.problemProperty().get().isEmpty() ? null : new FontIcon("mdi2a-alert-circle-outline"),
                model.problemProperty()));
        Label device = new Label(null, new FontIcon("mdi2c-chip"));
        device.setId("device-label");
        device.textProperty().bind(model.deviceProperty());
        bar.getRightItems().addAll(problem, device);
        return bar;
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
