package adjoint.app.render;

/**
 * An edge as drawn: from the output port of {@code from} to input {@code slot} of {@code to}. An edge that would
 * pass under other nodes runs along a free horizontal lane between them instead: a curve down (or up) to the lane
 * at {@code laneX1}, straight to {@code laneX2}, and a curve to its port. Without a lane, {@code laneY} is NaN.
 */
public record EdgeFigure(String from, String to, int slot, double x1, double y1, double x2, double y2,
                         double laneX1, double laneX2, double laneY) {

    /** An edge drawn as one curve. */
    public EdgeFigure(String from, String to, int slot, double x1, double y1, double x2, double y2) {
        this(from, to, slot, x1, y1, x2, y2, Double.NaN, Double.NaN, Double.NaN);
    }

    public boolean hasLane() {
        return !Double.isNaN(laneY);
    }

    /** How far a curve's control points reach out horizontally between (ax, ay) and (bx, by). */
    static double reach(double ax, double bx) {
        return Math.max(40, Math.min(160, Math.abs(bx - ax) / 2 + (bx < ax ? 80 : 0)));
    }

    /** The curve pieces of the edge, each {x1, y1, cx1, cy1, cx2, cy2, x2, y2}; straight pieces have aligned controls. */
    public double[][] pieces() {
        if (!hasLane()) {
            return new double[][] {curve(x1, y1, x2, y2)};
        }
        return new double[][] {curve(x1, y1, laneX1, laneY), {laneX1, laneY, laneX1, laneY, laneX2, laneY, laneX2, laneY},
            curve(laneX2, laneY, x2, y2)};
    }

    private static double[] curve(double ax, double ay, double bx, double by) {
        double r = reach(ax, bx);
        return new double[] {ax, ay, ax + r, ay, bx - r, by, bx, by};
    }

    /** Points along the drawn edge, for hit tests and for finding what it passes under. */
    double[][] samples(int perPiece) {
        double[][] pieces = pieces();
        double[][] out = new double[pieces.length * perPiece + 1][];
        int k = 0;
        out[k++] = new double[] {pieces[0][0], pieces[0][1]};
        for (double[] p : pieces) {
            for (int i = 1; i <= perPiece; i++) {
                double t = i / (double) perPiece;
                double u = 1 - t;
                out[k++] = new double[] {
                    u * u * u * p[0] + 3 * u * u * t * p[2] + 3 * u * t * t * p[4] + t * t * t * p[6],
                    u * u * u * p[1] + 3 * u * u * t * p[3] + 3 * u * t * t * p[5] + t * t * t * p[7]};
            }
        }
        return out;
    }

    /** Whether the point is within {@code tolerance} of the drawn edge. */
    public boolean near(double px, double py, double tolerance) {
        double[][] s = samples(24);
        for (int i = 1; i < s.length; i++) {
            if (segmentDistance(px, py, s[i - 1][0], s[i - 1][1], s[i][0], s[i][1]) <= tolerance) {
                return true;
            }
        }
        return false;
    }

    private static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
