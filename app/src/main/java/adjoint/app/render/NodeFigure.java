package adjoint.app.render;

import java.util.List;

/**
 * One node as drawn: its box, texts and ports, in canvas units. Built by {@link GraphFigures}; the painter draws it
 * and the canvas hit-tests it, so what is drawn and what is clicked agree.
 *
 * @param kind    the small tag in the header: {@code variable}, {@code sin}, {@code add}...
 * @param formula the operation over its inputs' labels, e.g. {@code w2 - w4 + w5}; for a leaf its description
 * @param value   the value as shown, or null (not computed, or values hidden)
 * @param grad    the gradient as shown, or null
 * @param message the error or warning text, wrapped, or empty
 * @param problem NONE, WARNING or ERROR
 */
public record NodeFigure(String id, double x, double y, double width, double height, NodeCategory category,
                         String label, String kind, String formula, TensorSummary value, TensorSummary grad,
                         boolean gradShown, List<String> message, Problem problem, boolean output, List<PortFigure> inputs,
                         PortFigure outputPort) {

    /** Whether a node has a problem to mark. */
    public enum Problem { NONE, WARNING, ERROR }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    /** Whether the point is on the label in the header (where a double-click renames). */
    public boolean onLabel(double px, double py) {
        return px >= x && px <= x + width * 0.7 && py >= y && py <= y + GraphFigures.HEADER;
    }

    public boolean intersects(double x1, double y1, double x2, double y2) {
        return x < Math.max(x1, x2) && x + width > Math.min(x1, x2) && y < Math.max(y1, y2) && y + height > Math.min(y1, y2);
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    /**
     * The box {x, y, width, height} of the value row, or with {@code grad} of the gradient row, in canvas units:
     * where an animation fades a newly computed number in.
     */
    public double[] rowBox(boolean grad) {
        double top = y + GraphFigures.HEADER + 6 + (formula == null ? 0 : GraphFigures.ROW);
        if (grad && value != null) {
            top += GraphFigures.ROW + (value.hasHeatMap() ? value.rows() * GraphFigures.cell(value) + 8 : 0);
        }
        double h = grad && this.grad != null && this.grad.hasHeatMap()
                ? GraphFigures.ROW + this.grad.rows() * GraphFigures.cell(this.grad) + 8 : GraphFigures.ROW;
        return new double[] {x, top, width, h};
    }

    /** Where the numbers of the value and gradient rows start (their names sit to the left). */
    public double numberX() {
        return x + GraphFigures.VALUE_X;
    }
}
