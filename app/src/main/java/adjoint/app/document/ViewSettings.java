package adjoint.app.document;

import adjoint.engine.DType;

/**
 * How a document is shown and computed: zoom and pan, what nodes display, the dtype, the output node (null: the
 * graph's own), exam numbering (w1..wN) instead of names.
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
}
