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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Check my work: per node a field for the student's adjoint (a number or a formula over w1…wN) and, under it, one
 * field per edge into a child for the local partial ∂w_j/∂w_i, each judged by the engine's {@link AnswerCheck} on
 * Enter or Check all (right or wrong, with a hint that does not give the answer away), each with a Reveal button;
 * for the inputs the finite-difference column confirms the engine's gradient.
 */
final class CheckPanel extends VBox {
    private static final String RIGHT = "-fx-text-fill: #1a7f37";
    private static final String WRONG = "-fx-text-fill: #c62828";
    private final Lecture lecture;
    /** By target, as AnswerCheck reads it: {@code grad(w2)}, {@code d(w3)/d(w2)}. */
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Map<String, Label> verdicts = new LinkedHashMap<>();
    private AnswerCheck check;

    CheckPanel(Lecture lecture) {
        this.lecture = lecture;
        setId("check-my-work");
        setSpacing(6);
        setPadding(new Insets(8));
        Label title = new Label("Check my work: type each adjoint and each local partial "
                + "(a number or a formula such as 1 - 12*w2**2 + 1/w2)");
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, new Label(""), new Label("your answer"), new Label(""), new Label("verdict"),
                new Label("finite diff."));
        Map<String, FiniteDifference.LeafCheck> fd = finiteDifferences();
        Derivatives d = lecture.derivatives();
        int row = 1;
        for (Derivatives.NodeAdjoint a : d.adjoints()) {
            FiniteDifference.LeafCheck c = fd.get(a.id());
            Label numeric = new Label(c == null || c.numeric() == null ? "" : Pretty.number(c.numeric())
                    + (c.agrees() ? " ✓" : " ✗"));
            numeric.setId("fd-" + a.label());
            numeric.setMinWidth(Region.USE_PREF_SIZE);
            addRow(grid, row++, "grad(" + a.label() + ")", a.label(), Pretty.bar(a.label()), numeric);
            for (Derivatives.Edge e : d.edges()) {
                if (e.wrt().equals(a.id()) && d.labels().containsKey(e.of())) {
                    String of = d.labels().get(e.of());
                    addRow(grid, row++, partial(of, a.label()), "d-" + of + "-" + a.label(),
                            "   ∂" + of + "/∂" + a.label(), new Label(""));
                }
            }
        }
        Button all = new Button("Check all");
        all.setId("check-all");
        all.setOnAction(e -> fields.keySet().forEach(this::judgeTarget));
        getChildren().addAll(title, grid, all);
    }

    /** The target AnswerCheck reads for the local partial ∂of/∂wrt: {@code d(w3)/d(w2)}. */
    static String partial(String of, String wrt) {
        return "d(" + of + ")/d(" + wrt + ")";
    }

    private void addRow(GridPane grid, int row, String target, String id, String name, Label numeric) {
        TextField field = new TextField();
        field.setId("answer-" + id);
        field.setPromptText(target + " = ?");
        field.setPrefColumnCount(11);
        field.setMinWidth(140);
        Label verdict = new Label();
        verdict.setId("verdict-" + id);
        verdict.setWrapText(true);
        verdict.setMaxWidth(320);
        verdict.setMinWidth(110);
        Button reveal = new Button("Reveal");
        reveal.setId("reveal-" + id);
        reveal.setOnAction(e -> revealTarget(target));
        reveal.setMinWidth(Region.USE_PREF_SIZE);
        field.setOnAction(e -> judgeTarget(target));
        Label label = new Label(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row, label, field, reveal, verdict, numeric);
        fields.put(target, field);
        verdicts.put(target, verdict);
    }

    /** Judges the answer typed for {@code label}'s adjoint; a blank field is left alone. */
    void judge(String label) {
        judgeTarget("grad(" + label + ")");
    }

    /** Judges the answer typed for the local partial ∂of/∂wrt. */
    void judgePartial(String of, String wrt) {
        judgeTarget(partial(of, wrt));
    }

    private void judgeTarget(String target) {
        String answer = fields.get(target).getText();
        Label out = verdicts.get(target);
        if (answer == null || answer.isBlank()) {
            out.setText("");
            return;
        }
        try {
            AnswerCheck.Verdict v = check().judge(target, answer);
            out.setText(v.correct() ? "✓ right" + (Boolean.TRUE.equals(v.equivalent()) ? " (equivalent formula)" : "")
                    : "✗ " + (v.hint() == null ? "not right" : v.hint()));
            out.setStyle(v.correct() ? RIGHT : WRONG);
        } catch (RuntimeException e) {
            out.setText("? " + e.getMessage());
            out.setStyle("-fx-text-fill: #c76a00");
        }
    }

    void reveal(String label) {
        revealTarget("grad(" + label + ")");
    }

    void revealPartial(String of, String wrt) {
        revealTarget(partial(of, wrt));
    }

    private void revealTarget(String target) {
        Sym s;
        try {
            s = check().reveal(target);
        } catch (RuntimeException e) {
            s = null;
        }
        Tensor v = null;
        if (s != null) {
            try {
                v = lecture.derivatives().evaluate(s, lecture.evaluation());
            } catch (RuntimeException e) {
                v = null;
            }
        }
        boolean adjoint = target.startsWith("grad(");
        String label = adjoint ? target.substring(5, target.length() - 1) : null;
        String name = adjoint ? Pretty.bar(label) : Pretty.text(target);
        verdicts.get(target).setText(name + " = " + (s == null ? "—" : Pretty.text(s.text()))
                + (v == null ? "" : " = " + Pretty.number(v)) + (adjoint ? tooLong(label) : ""));
        verdicts.get(target).setStyle("-fx-text-fill: #1f66e0");
    }

    /** Why a revealed adjoint is over its children's adjoints: its formula over node values is too long to show. */
    private String tooLong(String label) {
        String id = lecture.derivatives().resolve(label);
        String why = id == null ? null : lecture.derivatives().adjoint(id).tooLong();
        return why == null ? "" : "  (over the children's adjoints: the formula over node values is " + why + ")";
    }

    TextField field(String label) {
        return fields.get("grad(" + label + ")");
    }

    Label verdict(String label) {
        return verdicts.get("grad(" + label + ")");
    }

    TextField partialField(String of, String wrt) {
        return fields.get(partial(of, wrt));
    }

    Label partialVerdict(String of, String wrt) {
        return verdicts.get(partial(of, wrt));
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
