package adjoint.app.ui;

import adjoint.app.render.NumberText;
import adjoint.engine.Tensor;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/**
 * A tensor as a table: a scalar as one cell, a vector as one row, a matrix as rows and columns with their indices,
 * anything with more dimensions as its last dimension against all the others. Cells are editable when
 * {@code onEdit} is given (a variable's value): Enter or leaving a cell hands over the index and the number.
 */
final class TensorGrid extends GridPane {
    static final int MAX_ROWS = 200;
    static final int MAX_COLS = 50;

    TensorGrid(Tensor t, BiConsumer<int[], Double> onEdit) {
        getStyleClass().add("tensor-grid");
        setHgap(2);
        setVgap(2);
        int[] shape = t.shape();
        int cols = shape.length == 0 ? 1 : shape[shape.length - 1];
        int rows = cols == 0 ? 0 : t.numel() / cols;
        double[] data = t.numel() > MAX_ROWS * MAX_COLS * 4 ? new double[0] : t.toDoubles();
        boolean integral = !t.dtype().isFloating();
        boolean headers = shape.length >= 1;
        for (int c = 0; c < Math.min(cols, MAX_COLS) && headers; c++) {
            add(header(Integer.toString(c)), c + 1, 0);
        }
        for (int r = 0; r < Math.min(rows, MAX_ROWS); r++) {
            if (headers && shape.length >= 2) {
                add(header(rowName(r, shape)), 0, r + 1);
            }
            for (int c = 0; c < Math.min(cols, MAX_COLS); c++) {
                int i = r * cols + c;
                if (i >= data.length) {
                    continue;
                }
                boolean edit = onEdit != null && shape.length <= 2;
                String text = integral ? Long.toString((long) data[i])
                        : edit ? NumberText.exact(data[i]) : NumberText.precise(data[i]);
                Node shown = edit ? editable(text, index(shape, r, c), onEdit) : cell(text, NumberText.exact(data[i]));
                add(shown, c + 1, r + (headers ? 1 : 0));
            }
        }
        if (rows > MAX_ROWS || cols > MAX_COLS || data.length == 0) {
            add(header("… " + t.numel() + " elements in all"), 1, Math.min(rows, MAX_ROWS) + 2, Math.min(cols, MAX_COLS), 1);
        }
    }

    private static int[] index(int[] shape, int r, int c) {
        return switch (shape.length) {
            case 0 -> new int[0];
            case 1 -> new int[] {c};
            default -> new int[] {r, c};
        };
    }

    private static String rowName(int r, int[] shape) {
        if (shape.length <= 2) {
            return Integer.toString(r);
        }
        StringBuilder s = new StringBuilder();
        for (int d = shape.length - 2; d >= 0; d--) {
            s.insert(0, (d == shape.length - 2 ? "" : ",") + (r % shape[d]));
            r /= shape[d];
        }
        return s.toString();
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("tensor-index");
        GridPane.setHalignment(l, HPos.CENTER);
        return l;
    }

    private static Label cell(String text, String exact) {
        Label l = new Label(text);
        if (!exact.equals(text)) {
            l.setTooltip(new Tooltip(exact));
        }
        l.getStyleClass().add("tensor-cell");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static TextField editable(String text, int[] index, BiConsumer<int[], Double> onEdit) {
        TextField f = InspectorView.shown(new TextField(text));
        f.setId("cell-" + Arrays.stream(index).mapToObj(Integer::toString)
                .collect(Collectors.joining("-")));
        f.getStyleClass().addAll("tensor-cell", "tensor-cell-editable");
        f.setPrefColumnCount(Math.max(4, Math.min(10, text.length())));
        Runnable commit = () -> {
            if (f.getText().equals(text)) {
                return;
            }
            try {
                InspectorView.shown(f);
                onEdit.accept(index, Double.parseDouble(f.getText().strip()));
            } catch (NumberFormatException e) {
                f.setText(text);
            }
        };
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        return f;
    }
}
