package adjoint.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.app.document.Autosave;
import adjoint.app.document.Document;
import adjoint.app.document.RecentFiles;
import adjoint.app.document.SampleCatalog;
import adjoint.app.render.GraphFigures;
import adjoint.app.render.NodeFigure;
import adjoint.app.render.PortFigure;
import adjoint.app.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A main window for tests: settings, autosave and recent files in a temporary folder, prompts answered by
 * {@link FakePrompts}, and helpers that find nodes and ports on the screen.
 */
final class EditorFixture {
    static final String Q8 = "x = 1.5; f = sin(x) - 4*sin(x)**3 + log(sin(x))";

    final Path folder;
    final Preferences preferences;
    final FakePrompts prompts = new FakePrompts();
    final Autosave autosave;
    MainWindow window;

    EditorFixture() throws IOException {
        folder = Files.createTempDirectory("adjoint-ui-test");
        preferences = Preferences.userRoot().node("dev/adjoint-test/" + System.nanoTime());
        autosave = new Autosave(folder, Duration.ZERO, Clock.systemUTC());
    }

    void open(Stage stage) {
        window = new MainWindow(stage, new MainWindow.Services(new Settings(preferences), autosave,
                new RecentFiles(folder), SampleCatalog.bundled(), s -> prompts));
        window.show();
        window.model().statusProperty().addListener((o, was, now) -> lastStatus = now);
    }

    void close() throws BackingStoreException {
        preferences.removeNode();
    }

    EditorModel model() {
        return window.model();
    }

    Document document() {
        return window.model().current();
    }

    GraphFigures figures() {
        return window.canvas().figures();
    }

    /** The node labelled {@code label} (x, w2, f...). */
    NodeFigure node(String label) {
        return figures().nodes().values().stream().filter(n -> n.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + label + " in " + document().labels()));
    }

    String id(String label) {
        return node(label).id();
    }

    /** A point on the canvas (canvas units) in screen coordinates. */
    Point2D screen(double canvasX, double canvasY) {
        Viewport vp = window.canvas().viewport();
        return window.canvas().canvas().localToScreen(vp.toScreenX(canvasX), vp.toScreenY(canvasY));
    }

    NodeFigure byId(String id) {
        return figures().node(id);
    }

    Point2D outputOfId(String id) {
        PortFigure p = byId(id).outputPort();
        return screen(p.x(), p.y());
    }

    Point2D inputOfId(String id, int index) {
        PortFigure p = byId(id).inputs().get(index);
        return screen(p.x(), p.y());
    }

    Point2D centreOfId(String id) {
        NodeFigure n = byId(id);
        return screen(n.centerX(), n.y() + n.height() - 12);
    }

    Point2D centreOf(String label) {
        NodeFigure n = node(label);
        return screen(n.centerX(), n.y() + n.height() - 12);
    }

    Point2D labelOf(String label) {
        NodeFigure n = node(label);
        return screen(n.x() + 24, n.y() + 20);
    }

    Point2D outputOf(String label) {
        PortFigure p = node(label).outputPort();
        return screen(p.x(), p.y());
    }

    Point2D inputOf(String label, int index) {
        PortFigure p = node(label).inputs().get(index);
        return screen(p.x(), p.y());
    }

    /** A point of the canvas with no node near it. */
    Point2D emptySpot() {
        double[] b = figures().bounds(null);
        return b == null ? screen(0, 0) : screen(b[0] + 20, b[3] + 90);
    }

    /** Types a program into the expression bar, key by key, and presses Enter. */
    void type(FxRobot robot, String program) {
        robot.clickOn("#expression-field");
        robot.push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.A);
        robot.write(program);
        robot.push(javafx.scene.input.KeyCode.ENTER);
        settle();
    }

    /** Puts a program into the expression bar (as a paste would) and presses Enter. */
    void build(FxRobot robot, String program) {
        robot.clickOn("#expression-field");
        robot.interact(() -> window.expressionBar().field().setText(program));
        robot.push(javafx.scene.input.KeyCode.ENTER);
        settle();
    }

    /** Waits until the evaluation of the current document has arrived and the canvas shows it. */
    void settle() {
        until(() -> model().evaluationProperty().get() != null
                && model().evaluationProperty().get().results().keySet().equals(
                        document().graph().nodes().stream().map(n -> n.id()).collect(java.util.stream.Collectors.toCollection(
                                java.util.LinkedHashSet::new))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static volatile String lastStatus = "";

    static void until(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting; status: " + lastStatus, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    double gradientOf(String label) {
        var r = model().evaluationProperty().get().result(id(label));
        assertThat(r.grad()).as("gradient of " + label).isNotNull();
        return r.grad().item();
    }
}
