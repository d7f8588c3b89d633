package adjoint.app.document;

import adjoint.engine.DType;

/**
 * How a document is shown and computed: zoom and pan, what nodes display, the dtype, the output node the user
 * chose (null: the graph's own, which follows edits; see {@link SetOutput}), exam numbering (w1..wN) instead of
 * names.
 */
public record ViewSettings(double zoom, double panX, double panY, boolean showValues, boolean showGrads,
                           DType dtype, String output, boolean examLabels) {
    public static final ViewSettings DEFAULT = new ViewSettings(1, 0, 0, true, true, DType.FLOAT64, null, false);

    public ViewSettings withZoom(double z) {
        return new ViewSettings(z, panX, panY, showValues, showGrads, dtype, output, examLabels);
    }

    public ViewSettings withPan(double x, double y) {
        return new ViewSettings(zoom, x, y, showValues, showGrads, dtype, output, examLabels);
    }

    public ViewSettings withOutput(String id) {
        return new ViewSettings(zoom, panX, panY, showValues, showGrads, dtype, id, examLabels);
    }

    public ViewSettings withShowValues(boolean show) {
        return new ViewSettings(zoom, panX, panY, show, showGrads, dtype, output, examLabels);
    }

    public ViewSettings withShowGrads(boolean show) {
        return new ViewSettings(zoom, panX, panY, showValues, show, dtype, output, examLabels);
    }

    public ViewSettings withDtype(DType type) {
        return new ViewSettings(zoom, panX, panY, showValues, showGrads, type, output, examLabels);
    }

    public ViewSettings withExamLabels(boolean exam) {
        return new ViewSettings(zoom, panX, panY, showValues, showGrads, dtype, output, exam);
    }
}
