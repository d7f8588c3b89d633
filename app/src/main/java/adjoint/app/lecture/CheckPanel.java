package adjoint.app.lecture;

import adjoint.engine.Tensor;
import adjoint.engine.symbolic.AnswerCheck;
import adjoint.engine.symbolic.Derivatives;
import adjoint.engine.symbolic.FiniteDifference;
import adjoint.engine.symbolic.Sym;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Check my work: per node a field for the student's adjoint (a number or a formula over w1…wN), judged by the
 * engine's {@link AnswerCheck} on Enter or Check (right or wrong, with a hint that does not give the answer
 * away), a Reveal button, and for the inputs the finite-difference column that confirms the engine's gradient.
 */
final class CheckPanel extends VBox {
    private final Lecture lecture;
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Map<String, Label> verdicts = new LinkedHashMap<>();
    private AnswerCheck check;

    CheckPanel(Lecture lecture) {
        this.lecture = lecture;
        setId("check-my-work");
        setSpacing(6);
        setPadding(new Insets(8));
        Label title = new Label("Check my work: type each adjoint (a number or a formula such as 1 - 12*w2**2 + 1/w2)");
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, new Label(""), new Label("your answer"), new Label(""), new Label("verdict"),
                new Label("finite diff."));
        Map<String, FiniteDifference.LeafCheck> fd = finiteDifferences();
        int row = 1;
        for (Derivatives.NodeAdjoint a : lecture.derivatives().adjoints()) {
            TextField field = new TextField();
            field.setId("answer-" + a.label());
            field.setPromptText("grad(" + a.label() + ") = ?");
            field.setPrefColumnCount(11);
            field.setMinWidth(140);
            Label verdict = new Label();
            verdict.setId("verdict-" + a.label());
            verdict.setWrapText(true);
            verdict.setMaxWidth(320);
            verdict.setMinWidth(110);
            Button reveal = new Button("Reveal");
            reveal.setId("reveal-" + a.label());
            reveal.setOnAction(e -> reveal(a.label()));
            reveal.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            field.setOnAction(e -> judge(a.label()));
            FiniteDifference.LeafCheck c = fd.get(a.id());
            Label numeric = new Label(c == null || c.numeric() == null ? "" : Pretty.number(c.numeric())
                    + (c.agrees() ? " ✓" : " ✗"));
            numeric.setId("fd-" + a.label());
            numeric.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label name = new Label(Pretty.bar(a.label()));
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(row++, name, field, reveal, verdict, numeric);
            fields.put(a.label(), field);
            verdicts.put(a.label(), verdict);
        }
        Button all = new Button("Check all");
        all.setId("check-all");
        all.setOnAction(e -> fields.keySet().forEach(this::judge));
        getChildren().addAll(title, grid, all);
    }

    /** Judges the answer typed for {@code label}'s adjoint; blank fields are left alone. */
    void judge(String label) {
        String answer = fields.get(label).getText();
        Label out = verdicts.get(label);
        if (answer == null || answer.isBlank()) {
            out.setText("");
            return;
        }
        try {
            AnswerCheck.Verdict v = check().judge("grad(" + label + ")", answer);
            out.setText(v.correct() ? "✓ right" + (Boolean.TRUE.equals(v.equivalent()) ? " (equivalent formula)" : "")
                    : "✗ " + (v.hint() == null ? "not right" : v.hint()));
            out.setStyle(v.correct() ? "-fx-text-fill: #1a7f37" : "-fx-text-fill: #c62828");
        } catch (RuntimeException e) {
            out.setText("? " + e.getMessage());
            out.setStyle("-fx-text-fill: #c76a00");
        }
    }

    void reveal(String label) {
        Sym s = check().reveal("grad(" + label + ")");
        Derivatives.NodeAdjoint a = lecture.derivatives().adjoints().stream()
                .filter(x -> x.label().equals(label)).findFirst().orElseThrow();
        Tensor v = lecture.table().rows().stream().filter(r -> r.node().equals(a.id())).findFirst().orElseThrow().value();
        verdicts.get(label).setText(Pretty.bar(label) + " = " + (s == null ? "—" : Pretty.text(s.text())) + " = "
                + Pretty.number(v));
        verdicts.get(label).setStyle("-fx-text-fill: #1f66e0");
    }

    TextField field(String label) {
        return fields.get(label);
    }

    Label verdict(String label) {
        return verdicts.get(label);
    }

    private AnswerCheck check() {
        if (check == null) {
            var g = lecture.document().graph();
            check = AnswerCheck.of(g, g.examLabels());
        }
        return check;
    }

    private Map<String, FiniteDifference.LeafCheck> finiteDifferences() {
        Map<String, FiniteDifference.LeafCheck> out = new LinkedHashMap<>();
        try {
            List<FiniteDifference.LeafCheck> all = FiniteDifference.check(lecture.document().graph());
            all.forEach(c -> out.put(c.id(), c));
        } catch (RuntimeException e) {
            // a graph the differences cannot run on: the column stays empty
        }
        return out;
    }
}
