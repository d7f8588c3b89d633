package adjoint.app.ui;

import adjoint.app.document.Document;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.lang.ProgramException;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The program line under the canvas. Enter (or Build) replaces the graph by the program's graph, through the
 * history; a syntax error is shown under the line with its line and column, and the caret goes there. After any
 * edit of the graph the line shows the graph's program again (statements joined by {@code ;}).
 */
final class ExpressionBar extends VBox {
    private final EditorModel model;
    private final GraphCanvasView canvas;
    private final TextField program = new ProgramField();
    private final Label error = new Label();
    private boolean edited;

    ExpressionBar(EditorModel model, GraphCanvasView canvas) {
        this.model = model;
        this.canvas = canvas;
        createView();
        initListeners();
    }

    private void createView() {
        setId("expression-bar");
        getStyleClass().add("expression-bar");
        setSpacing(4);
        FontIcon icon = new FontIcon("mdi2f-function-variant");
        program.setId("expression-field");
        program.setPromptText("x = 1.5; f = sin(x) - 4*sin(x)**3 + log(sin(x))");
        HBox.setHgrow(program, Priority.ALWAYS);
        Button build = new Button("Build graph", new FontIcon("mdi2p-play"));
        build.setId("build-button");
        build.setTooltip(new Tooltip("Builds the graph of the program (Enter)"));
        build.setOnAction(e -> build());
        HBox line = new HBox(8, icon, program, build);
        line.setAlignment(Pos.CENTER_LEFT);
        error.setId("expression-error");
        error.getStyleClass().add("expression-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        getChildren().addAll(line, error);
    }

    private void initListeners() {
        program.setOnAction(e -> build());
        program.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                show(model.current());
                canvas.requestFocus();
                e.consume();
            }
        });
        program.textProperty().addListener((o, was, now) -> {
            if (program.isFocused()) {
                edited = true;
            }
        });
        model.documentProperty().addListener((o, was, d) -> {
            if (!edited || !program.isFocused()) {
                show(d);
            }
        });
    }

    /** Builds the graph of the program in the line; returns whether it was built. */
    boolean build() {
        String text = program.getText().strip();
        if (text.isEmpty()) {
            return false;
        }
        try {
            ExprGraph.parse(text);
        } catch (ProgramException e) {
            showError(e.describe(), e.line() == 1 ? e.column() : -1);
            return false;
        } catch (IllegalArgumentException | StackOverflowError e) {
            showError(String.valueOf(e.getMessage()), -1);
            return false;
        }
        boolean wasEmpty = model.current().graph().nodes().isEmpty();
        if (model.execute(new BuildFromProgram(text, model.evaluationProperty().get()))) {
            edited = false;
            error.setVisible(false);
            show(model.current());
            if (wasEmpty) {
                canvas.frameSoon();
            }
            return true;
        }
        showError(model.statusProperty().get(), -1);
        return false;
    }

    void focusProgram() {
        program.requestFocus();
    }

    TextField field() {
        return program;
    }

    private void show(Document d) {
        program.setText(d.graph().toProgram().strip().replace("\n", "; "));
        edited = false;
        error.setVisible(false);
    }

    private void showError(String message, int column) {
        error.setText(message);
        error.setVisible(true);
        model.error(message);
        if (column > 0) {
            program.positionCaret(Math.min(program.getLength(), column - 1));
        }
        program.requestFocus();
    }

    /** A one-line field that keeps a pasted multi-line program as statements separated by {@code ;}. */
    private static final class ProgramField extends TextField {
        @Override
        public void paste() {
            Clipboard clip = Clipboard.getSystemClipboard();
            if (clip.hasString()) {
                replaceSelection(oneLine(clip.getString()));
            }
        }

        static String oneLine(String text) {
            return text.strip().replaceAll("\\s*(\\r?\\n)+\\s*", "; ");
        }
    }

    static String oneLine(String text) {
        return ProgramField.oneLine(text);
    }
}
