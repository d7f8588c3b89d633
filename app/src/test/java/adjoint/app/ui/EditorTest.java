package adjoint.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import adjoint.app.document.Document;
import adjoint.app.document.Point;
import adjoint.app.render.NodeFigure;
import adjoint.engine.graph.GraphNode;
import java.io.IOException;
import java.util.prefs.BackingStoreException;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The editor driven like a user drives it: keys, the mouse, the menus. */
@ExtendWith(ApplicationExtension.class)
class EditorTest {
    private final EditorFixture fx;

    EditorTest() throws IOException {
        fx = new EditorFixture();
    }

    @Start
    void start(Stage stage) {
        fx.open(stage);
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        fx.close();
    }

    @Test
    void typingTheMidtermExpressionBuildsTheExamsSixNodesWithTheGradientOnX(FxRobot robot) {
        fx.type(robot, EditorFixture.Q8);

        assertThat(fx.document().graph().nodes()).hasSize(6);
        assertThat(fx.document().labels().values()).containsExactly("x", "w2", "w3", "w4", "w5", "f");
        assertThat(fx.gradientOf("x")).isCloseTo(-0.70295, within(1e-5));
        assertThat(robot.lookup("#expression-field").queryAs(TextField.class).getText())
                .isEqualTo("x = 1.5; w2 = sin(x); f = w2 - 4 * w2**3 + log(w2)");
        assertThat(robot.lookup("#device-label").queryAs(Label.class).getText()).startsWith("Device: ");
    }

    @Test
    void aSyntaxErrorIsShownWithItsLineAndColumnAndBuildsNothing(FxRobot robot) {
        fx.build(robot, "x = 1.5; f = sinn(x)");

        Label error = robot.lookup("#expression-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("line 1, column 14").contains("sin");
        assertThat(fx.document().graph().nodes()).isEmpty();
    }

    @Test
    void aMoveIsUndoneAndRedoneAndTheEditMenuNamesIt(FxRobot robot) {
        fx.build(robot, EditorFixture.Q8);
        NodeFigure before = fx.node("x");

        robot.drag(fx.centreOf("x"), MouseButton.PRIMARY).moveBy(60, 30).moveBy(60, 30).drop();
        EditorFixture.until(() -> fx.node("x").x() != before.x());
        Point moved = fx.document().position(fx.id("x"));
        assertThat(moved.x()).isGreaterThan(before.x() + 60);
        assertThat(undoItem(robot).getText()).isEqualTo("Undo Move node");
        assertThat(undoItem(robot).isDisable()).isFalse();

        robot.clickOn("#graph-canvas", MouseButton.MIDDLE);
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        EditorFixture.until(() -> fx.node("x").x() == before.x());
        assertThat(redoItem(robot).getText()).isEqualTo("Redo Move node");

        robot.push(KeyCode.SHORTCUT, KeyCode.Y);
        EditorFixture.until(() -> fx.document().position(fx.id("x")).equals(moved));
    }

    @Test
    void deletingANodeRemovesItsEdgesAndUndoBringsThemBack(FxRobot robot) {
        fx.build(robot, EditorFixture.Q8);
        String sin = fx.id("w2");
        int edges = fx.figures().edges().size();

        robot.clickOn(fx.centreOf("w2"));
        assertThat(fx.model().selection()).containsExactly(sin);
        robot.push(KeyCode.DELETE);
        EditorFixture.until(() -> !fx.document().graph().contains(sin));

        assertThat(fx.document().graph().nodes()).noneMatch(n -> n.inputIds().contains(sin));
        assertThat(fx.figures().edges()).noneMatch(e -> e.from().equals(sin) || e.to().equals(sin));
        assertThat(fx.figures().edges()).hasSize(edges - 4);

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        EditorFixture.until(() -> fx.document().graph().contains(sin));
        assertThat(fx.figures().edges()).hasSize(edges);
    }

    @Test
    void aNodeWhoseShapesDoNotCombineIsMarkedAndTheRestStillComputes(FxRobot robot) {
        fx.build(robot, "a = [1.0, 2.0]; b = [1.0, 2.0, 3.0]; c = a.sum(); f = a * b");

        assertThat(fx.node("f").problem()).isEqualTo(NodeFigure.Problem.ERROR);
        assertThat(fx.node("c").problem()).isEqualTo(NodeFigure.Problem.NONE);
        assertThat(fx.node("c").value().text()).isEqualTo("3");
        assertThat(robot.lookup("#problem-label").queryAs(Label.class).getText()).startsWith("f: ");
    }

    @Test
    void aWireThatWouldCloseACycleIsRefusedInTheStatusBar(FxRobot robot) {
        fx.build(robot, EditorFixture.Q8);
        Document before = fx.document();

        robot.drag(fx.outputOf("w5"), MouseButton.PRIMARY).moveTo(fx.inputOf("w2", 0)).drop();

        EditorFixture.until(() -> fx.model().statusProperty().get().contains("cycle"));
        assertThat(fx.model().statusIsErrorProperty().get()).isTrue();
        assertThat(fx.document()).isEqualTo(before);
    }

    @Test
    void aWireBetweenPortsConnectsThem(FxRobot robot) {
        fx.build(robot, "x = 1.5; y = 2.0; f = sin(x) * y");
        String sin = fx.id("w3");

        robot.drag(fx.outputOf("y"), MouseButton.PRIMARY).moveTo(fx.inputOf("w3", 0)).drop();

        EditorFixture.until(() -> fx.document().graph().node(sin).inputIds().contains(fx.id("y")));
        assertThat(fx.model().undoTextProperty().get()).isEqualTo("Undo Connect");
    }

    @Test
    void doubleClickOnEmptyCanvasSearchesAndAddsANodeThere(FxRobot robot) {
        fx.build(robot, EditorFixture.Q8);

        robot.doubleClickOn(fx.emptySpot(), MouseButton.PRIMARY);
        robot.write("cos");
        robot.push(KeyCode.ENTER);

        EditorFixture.until(() -> fx.document().graph().nodes().stream().anyMatch(n -> n.op().equals("cos")));
        GraphNode cos = fx.document().graph().nodes().stream().filter(n -> n.op().equals("cos")).findFirst().orElseThrow();
        assertThat(fx.model().selection()).containsExactly(cos.id());
    }

    @Test
    void aWireDroppedOnEmptyCanvasAddsTheChosenNodeReadingIt(FxRobot robot) {
        fx.build(robot, "x = 1.5; f = exp(x)");

        robot.drag(fx.outputOf("x"), MouseButton.PRIMARY).moveTo(fx.emptySpot()).drop();
        robot.write("tanh");
        robot.push(KeyCode.ENTER);

        EditorFixture.until(() -> fx.document().graph().nodes().stream().anyMatch(n -> n.op().equals("tanh")));
        GraphNode tanh = fx.document().graph().nodes().stream().filter(n -> n.op().equals("tanh")).findFirst().orElseThrow();
        assertThat(tanh.inputIds()).containsExactly(fx.id("x"));
    }

    @Test
    void rubberBandSelectsTheNodesItTouchesAndSelectAllSelectsEverything(FxRobot robot) {
        fx.build(robot, EditorFixture.Q8);
        NodeFigure x = fx.node("x");
        NodeFigure w2 = fx.node("w2");

        robot.drag(fx.screen(x.x() - 30, Math.min(x.y(), w2.y()) - 30), MouseButton.PRIMARY)
                .moveTo(fx.screen(w2.x() + 20, Math.max(x.y() + x.height(), w2.y() + w2.height()) + 10)).drop();
        assertThat(fx.model().selection()).containsExactlyInAnyOrder(x.id(), w2.id());

        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        assertThat(fx.model().selection()).hasSize(6);
    }

    @Test
    void doubleClickOnALabelRenamesTheNode(FxRobot robot) {
        fx.build(robot, EditorFixture.Q8);
        String id = fx.id("w3");

        robot.doubleClickOn(fx.labelOf("w3"), MouseButton.PRIMARY);
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("cube").push(KeyCode.ENTER);

        EditorFixture.until(() -> "cube".equals(fx.document().graph().node(id).name()));
        assertThat(robot.lookup("#expression-field").queryAs(TextField.class).getText()).contains("cube = w2**3");
    }

    @Test
    void copyPasteAndDuplicateAddNodesAndCutRemovesThem(FxRobot robot) {
        fx.build(robot, EditorFixture.Q8);
        robot.clickOn(fx.centreOf("w3"));
        robot.push(KeyCode.SHORTCUT, KeyCode.C);
        robot.push(KeyCode.SHORTCUT, KeyCode.V);
        EditorFixture.until(() -> fx.document().graph().nodes().size() == 7);

        robot.push(KeyCode.SHORTCUT, KeyCode.D);
        EditorFixture.until(() -> fx.document().graph().nodes().size() == 8);

        robot.push(KeyCode.SHORTCUT, KeyCode.X);
        EditorFixture.until(() -> fx.document().graph().nodes().size() == 7);
    }

    @Test
    void theInspectorEditsAVariablesValueAndTheGradientFollows(FxRobot robot) {
        fx.build(robot, "x = 1.5; f = x * x");
        robot.clickOn(fx.centreOf("x"));

        TextField value = robot.lookup("#inspector-value-text").queryAs(TextField.class);
        assertThat(value.getText()).isEqualTo("1.5");
        robot.clickOn(value).push(KeyCode.SHORTCUT, KeyCode.A).write("2.5").push(KeyCode.ENTER);

        EditorFixture.until(() -> fx.model().evaluationProperty().get().result(fx.id("x")).grad() != null
                && fx.model().evaluationProperty().get().result(fx.id("x")).grad().item() == 5.0);
        assertThat(fx.model().undoTextProperty().get()).isEqualTo("Undo Set value");
    }

    @Test
    void aMatrixIsEditedCellByCellInTheInspector(FxRobot robot) {
        fx.build(robot, "A = [[1.0, 2.0], [3.0, 4.0]]; f = (A * A).sum()");
        robot.clickOn(fx.centreOf("A"));

        TextField cell = robot.lookup("#cell-1-0").queryAs(TextField.class);
        assertThat(cell.getText()).isEqualTo("3");
        robot.clickOn(cell).push(KeyCode.SHORTCUT, KeyCode.A).write("5").push(KeyCode.ENTER);

        EditorFixture.until(() -> fx.model().evaluationProperty().get().result(fx.id("A")).grad() != null
                && fx.model().evaluationProperty().get().result(fx.id("A")).grad().toDoubles()[2] == 10.0);
        assertThat(fx.document().graph().node(fx.id("A")).attrs().get("value").toString()).isEqualTo("[[1.0, 2.0], [5.0, 4.0]]");
        assertThat(robot.lookup("#inspector-grad").tryQuery()).isPresent();
    }

    @Test
    void useAsOutputMovesBackwardToTheChosenNode(FxRobot robot) {
        fx.build(robot, EditorFixture.Q8);

        robot.rightClickOn(fx.centreOf("w2"));
        robot.clickOn("Use as Output");

        EditorFixture.until(() -> fx.id("w2").equals(fx.document().output()));
        fx.settle();
        EditorFixture.until(() -> fx.model().evaluationProperty().get().output().equals(fx.id("w2")));
        assertThat(fx.node("w2").output()).isTrue();
        assertThat(fx.gradientOf("x")).isCloseTo(Math.cos(1.5), within(1e-9));
    }

    @Test
    void theTitleNamesTheFileAndMarksUnsavedChanges(FxRobot robot) throws IOException {
        Stage stage = (Stage) robot.lookup("#graph-canvas").query().getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("Untitled — Adjoint");

        fx.build(robot, EditorFixture.Q8);
        assertThat(stage.getTitle()).isEqualTo("*Untitled — Adjoint");

        var file = fx.folder.resolve("q8.adjoint");
        robot.interact(() -> fx.window.files().write(file));
        assertThat(stage.getTitle()).isEqualTo("q8.adjoint — Adjoint");
    }

    private static MenuItem undoItem(FxRobot robot) {
        return edit(robot).getItems().get(0);
    }

    private static MenuItem redoItem(FxRobot robot) {
        return edit(robot).getItems().get(1);
    }

    private static Menu edit(FxRobot robot) {
        return robot.lookup("#main-menu").queryAs(MenuBar.class).getMenus().get(1);
    }
}
