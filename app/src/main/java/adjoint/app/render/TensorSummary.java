package adjoint.app.render;

import adjoint.engine.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * A tensor as a node shows it: a number for a single element, a short list for a short vector, otherwise its shape
 * and a small heat map of (the start of) its last two dimensions.
 *
 * @param text  what is written: {@code -0.70295}, {@code [1, 2, 3]}, or the shape as Python writes it, {@code (4, 3)}
 * @param rows  heat-map rows (0: no heat map)
 * @param cols  heat-map columns
 * @param cells row-major values of the heat map
 * @param scale the largest finite magnitude in the heat map
 * @param more  whether the tensor holds more than the heat map shows
 */
public record TensorSummary(String text, int rows, int cols, double[] cells, double scale, boolean more) {
    public static final int MAX_ROWS = 8;
    public static final int MAX_COLS = 10;

    public static TensorSummary of(Tensor t) {
        if (t == null) {
            return null;
        }
        int[] shape = t.shape();
        double[] data = t.numel() > 1_000_000 ? new double[0] : t.toDoubles();
        boolean integral = !t.dtype().isFloating();
        if (t.numel() == 1 && data.length == 1) {
            String n = number(data[0], integral);
            return new TensorSummary("[".repeat(shape.length) + n + "]".repeat(shape.length), 0, 0, new double[0], 0, false);
        }
        if (shape.length == 1 && shape[0] <= 4) {
            List<String> items = new ArrayList<>();
            for (double d : data) {
                items.add(number(d, integral));
            }
            return new TensorSummary("[" + String.join(", ", items) + "]", 0, 0, new double[0], 0, false);
        }
        return heatMap(shape, data);
    }

    public boolean hasHeatMap() {
        return rows > 0;
    }

    public static String shapeText(int[] shape) {
        if (shape.length == 0) {
            return "scalar";
        }
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            s.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return s.append(shape.length == 1 ? ",)" : ")").toString();
    }

    private static TensorSummary heatMap(int[] shape, double[] data) {
        int fullRows = shape.length >= 2 ? shape[shape.length - 2] : 1;
        int fullCols = shape.length >= 1 ? shape[shape.length - 1] : 1;
        int rows = Math.min(MAX_ROWS, fullRows);
        int cols = Math.min(MAX_COLS, fullCols);
        if (data.length == 0 || rows == 0 || cols == 0) {
            return new TensorSummary(shapeText(shape), 0, 0, new double[0], 0, data.length > 0);
        }
        double[] cells = new double[rows * cols];
        double scale = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = data[r * fullCols + c];
                cells[r * cols + c] = v;
                if (Double.isFinite(v)) {
                    scale = Math.max(scale, Math.abs(v));
                }
            }
        }
        boolean more = rows * cols < data.length;
        return new TensorSummary(shapeText(shape), rows, cols, cells, scale, more);
    }

    private static String number(double v, boolean integral) {
        return integral && Double.isFinite(v) ? Long.toString((long) v) : NumberText.format(v);
    }
}
