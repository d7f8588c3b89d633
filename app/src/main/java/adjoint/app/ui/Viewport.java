package adjoint.app.ui;

/**
 * The canvas's view onto the graph: zoom and pan, and the conversions between screen pixels and canvas units.
 * screen = canvas * zoom + pan.
 */
final class Viewport {
    static final double MIN_ZOOM = 0.2;
    static final double MAX_ZOOM = 4;
    private static final double STEP = 1.2;

    private double zoom = 1;
    private double panX;
    private double panY;

    double zoom() {
        return zoom;
    }

    double panX() {
        return panX;
    }

    double panY() {
        return panY;
    }

    void set(double zoom, double panX, double panY) {
        this.zoom = clamp(zoom);
        this.panX = panX;
        this.panY = panY;
    }

    double toCanvasX(double screenX) {
        return (screenX - panX) / zoom;
    }

    double toCanvasY(double screenY) {
        return (screenY - panY) / zoom;
    }

    double toScreenX(double canvasX) {
        return canvasX * zoom + panX;
    }

    double toScreenY(double canvasY) {
        return canvasY * zoom + panY;
    }

    void panBy(double dx, double dy) {
        panX += dx;
        panY += dy;
    }

    /** Zooms by {@code factor} keeping the canvas point under (screenX, screenY) where it is. */
    void zoomAt(double factor, double screenX, double screenY) {
        double cx = toCanvasX(screenX);
        double cy = toCanvasY(screenY);
        zoom = clamp(zoom * factor);
        panX = screenX - cx * zoom;
        panY = screenY - cy * zoom;
    }

    void zoomIn(double width, double height) {
        zoomAt(STEP, width / 2, height / 2);
    }

    void zoomOut(double width, double height) {
        zoomAt(1 / STEP, width / 2, height / 2);
    }

    /** 100%, keeping the centre of the view where it is. */
    void actualSize(double width, double height) {
        zoomAt(1 / zoom, width / 2, height / 2);
    }

    /** Fits canvas bounds {minX, minY, maxX, maxY} into a view of the given size, never above 150%. */
    void frame(double[] bounds, double width, double height, double margin) {
        if (bounds == null || width <= 0 || height <= 0) {
            return;
        }
        double w = bounds[2] - bounds[0] + 2 * margin;
        double h = bounds[3] - bounds[1] + 2 * margin;
        zoom = clamp(Math.min(1.5, Math.min(width / w, height / h)));
        panX = width / 2 - (bounds[0] + bounds[2]) / 2 * zoom;
        panY = height / 2 - (bounds[1] + bounds[3]) / 2 * zoom;
    }

    private static double clamp(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }
}
