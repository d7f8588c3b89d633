package adjoint.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.app.document.Document;
import adjoint.app.render.GraphExport;
import adjoint.app.render.GraphTheme;
import adjoint.app.render.NodeFigure;
import adjoint.engine.graph.ExprGraph;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The File menu's work: recovery, asking before losing changes, opening, exporting. */
@ExtendWith(ApplicationExtension.class)
class FilesTest {
    private final EditorFixture fx;
    private final Document left;

    FilesTest() throws IOException {
        fx = new EditorFixture();
        left = Document.of(ExprGraph.parse("x = 2.0\ny = x * x"));
        fx.autosave.update(left, null, true);
        try {
            fx.autosave.writeIfDue();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
    void theDocumentAnEarlierRunLeftUnsavedIsRecoveredAtStartAsUnsavedWork(FxRobot robot) {
        EditorFixture.until(() -> fx.prompts.asked.contains("recover"));
        EditorFixture.until(() -> fx.document().graph().equals(left.graph()));

        assertThat(fx.model().isDirty()).isTrue();
        assertThat(fx.model().undoTextProperty().get()).isEqualTo("Undo Recover");
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) {
        EditorFixture.until(() -> fx.model().isDirty());
        fx.prompts.saveChoice = Prompts.SaveChoice.CANCEL;

        boolean[] closes = {true};
        robot.interact(() -> closes[0] = fx.window.files().confirmDiscard());

        assertThat(closes[0]).isFalse();
        assertThat(fx.prompts.asked).contains("save changes to Untitled");
    }

    @Test
    void saveAsAsksForAFileAndTheTitleFollows(FxRobot robot) {
        EditorFixture.until(() -> fx.model().isDirty());
        fx.prompts.saveAnswer = fx.folder.resolve("mine.adjoint");

        robot.interact(() -> fx.window.files().saveAs());

        assertThat(fx.prompts.saveAnswer).exists();
        assertThat(fx.model().isDirty()).isFalse();
        assertThat(((Stage) robot.lookup("#graph-canvas").query().getScene().getWindow()).getTitle())
                .isEqualTo("mine.adjoint — Adjoint");
    }

    @Test
    void aProgramOpensLaidOutWithoutOverlappingNodes(FxRobot robot) throws IOException {
        Path program = Files.writeString(fx.folder.resolve("q8.adj"), EditorFixture.Q8.replace("; ", "\n"));
        fx.prompts.saveChoice = Prompts.SaveChoice.DISCARD;

        robot.interact(() -> fx.window.files().openFile(program));
        fx.settle();

        List<NodeFigure> nodes = List.copyOf(fx.figures().nodes().values());
        assertThat(nodes).hasSize(6);
        for (NodeFigure a : nodes) {
            for (NodeFigure b : nodes) {
                assertThat(a == b || !a.intersects(b.x(), b.y(), b.x() + b.width(), b.y() + b.height())).isTrue();
            }
        }
    }

    @Test
    void aProgramIsNamedInTheTitleAndSaveAsSuggestsItsNameWithoutOverwritingIt(FxRobot robot) throws IOException {
        String text = EditorFixture.Q8.replace("; ", "\n");
        Path program = Files.writeString(fx.folder.resolve("q8.adj"), text);
        fx.prompts.saveChoice = Prompts.SaveChoice.DISCARD;

        robot.interact(() -> fx.window.files().openFile(program));
        fx.settle();

        Stage stage = (Stage) robot.lookup("#graph-canvas").query().getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("q8 (from q8.adj) — Adjoint");
        fx.prompts.saveAnswer = fx.folder.resolve("q8.adjoint");
        robot.interact(() -> fx.window.files().save());

        assertThat(fx.prompts.suggestedNames).endsWith("q8");
        assertThat(Files.readString(program)).isEqualTo(text);
        assertThat(stage.getTitle()).isEqualTo("q8.adjoint — Adjoint");
    }

    @Test
    void everySampleDocumentIsStoredWithNoTwoNodesOverlappingAsDrawn() throws Exception {
        var catalog = adjoint.app.document.SampleCatalog.bundled();
        for (var sample : catalog.samples()) {
            if (sample.file().endsWith("." + adjoint.app.document.DocumentStore.EXTENSION)) {
                var d = catalog.open(sample);
                assertThat(adjoint.app.render.MeasuredLayout.untangle(d, BriefEvaluation.of(d)))
                        .as("%s as stored", sample.file()).isSameAs(d);
            }
        }
    }

    @Test
    void everySampleOpensFromTheSamplesMenuWithoutOverlappingNodes(FxRobot robot) {
        fx.prompts.saveChoice = Prompts.SaveChoice.DISCARD;
        var samples = adjoint.app.document.SampleCatalog.bundled().samples();
        assertThat(samples).isNotEmpty();
        javafx.scene.control.Menu menu = robot.lookup("#main-menu").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().stream().filter(m -> "samples-menu".equals(m.getId())).findFirst().orElseThrow();
        assertThat(menu.getItems()).hasSameSizeAs(samples);

        for (int i = 0; i < samples.size(); i++) {
            var item = menu.getItems().get(i);
            robot.interact(item::fire);
            fx.settle();
            List<NodeFigure> nodes = List.copyOf(fx.figures().nodes().values());
            for (NodeFigure a : nodes) {
                for (NodeFigure b : nodes) {
                    assertThat(a == b || !a.intersects(b.x(), b.y(), b.x() + b.width(), b.y() + b.height()))
                            .as("%s: %s overlaps %s", item.getText(), a.label(), b.label()).isTrue();
                }
            }
        }
    }

    @Test
    void theMidtermSampleShowsTheExamsGradientOnX(FxRobot robot) {
        fx.prompts.saveChoice = Prompts.SaveChoice.DISCARD;
        var q8 = adjoint.app.document.SampleCatalog.bundled().samples().stream()
                .filter(s -> s.file().equals("midterm-q8.adjoint")).findFirst().orElseThrow();

        robot.interact(() -> fx.window.files().openSample(q8));
        fx.settle();

        assertThat(fx.node("w1").grad().text()).isEqualTo("-0.70295");
        assertThat(fx.model().isDirty()).isFalse();
    }

    @Test
    void aDamagedFileIsRefusedWithAMessageAndChangesNothing(FxRobot robot) throws IOException {
        EditorFixture.until(() -> fx.model().isDirty());
        Document before = fx.document();
        Path bad = Files.writeString(fx.folder.resolve("bad.adjoint"), "{ not json");

        robot.interact(() -> fx.window.files().openFile(bad));

        assertThat(fx.prompts.errors).hasSize(1);
        assertThat(fx.document()).isEqualTo(before);
        assertThat(Files.readString(bad)).isEqualTo("{ not json");
    }

    @Test
    void exportsWriteWhatTheCanvasShowsAsPngAndSvg(FxRobot robot) throws IOException {
        EditorFixture.until(() -> fx.model().isDirty());
        fx.settle();
        Path png = fx.folder.resolve("g.png");
        Path svg = fx.folder.resolve("g.svg");
        var options = new GraphExport.ExportOptions(2, true, true, true, null, GraphTheme.DARK);

        robot.interact(() -> {
            fx.window.files().writeExport(png, options, "png");
            fx.window.files().writeExport(svg, new GraphExport.ExportOptions(1, false, true, false,
                    Set.of(fx.id("x")), GraphTheme.LIGHT), "svg");
        });

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getRGB(0, 0) >>> 24).isZero();
        assertThat(Files.readString(svg)).contains(">x</text>").doesNotContain(">y</text>").doesNotContain(">grad</text>");
    }
}
