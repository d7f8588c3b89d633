package adjoint.app.render;

/**
 * Something a picture can be drawn on: the screen's canvas, an SVG document, a PNG image. Coordinates are canvas
 * units; a surface applies its own zoom and offset. Text is drawn at its baseline.
 */
public interface Surface {
    void fillRect(double x, double y, double w, double h, Rgba fill);

    void fillRoundRect(double x, double y, double w, double h, double radius, Rgba fill);

    void strokeRoundRect(double x, double y, double w, double h, double radius, Rgba stroke, double width);

    void fillCircle(double cx, double cy, double r, Rgba fill);

    void strokeCircle(double cx, double cy, double r, Rgba stroke, double width);

    void line(double x1, double y1, double x2, double y2, Rgba stroke, double width, boolean dashed);

    /** A cubic Bézier curve from (x1, y1) to (x2, y2). */
    void curve(double x1, double y1, double cx1, double cy1, double cx2, double cy2, double x2, double y2,
               Rgba stroke, double width);

    void fillPolygon(double[] xs, double[] ys, Rgba fill);

    void text(String text, double x, double y, TextStyle style, Rgba fill);
}
