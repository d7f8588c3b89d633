package adjoint.app.document;

/** A position on the canvas, in canvas units (not screen pixels). */
public record Point(double x, double y) {
    public Point translate(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }
}
