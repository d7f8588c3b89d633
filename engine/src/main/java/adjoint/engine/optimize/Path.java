package adjoint.engine.optimize;

import java.util.List;
import java.util.Locale;

/**
 * A descent's iterates so far, and why it stopped, if it did. Immutable: a snapshot a view can draw.
 *
 * @param coordinates the name of each coordinate ({@code x}, {@code y}, or {@code w[0]}, {@code w[1]} for a vector)
 * @param settings    the optimizer that made it
 * @param points      step 0 (the start) to the last step taken
 * @param stopped     why it stopped early ({@code "f became nan at step 7: ..."}), else null
 */
public record Path(List<String> coordinates, Settings settings, List<PathPoint> points, String stopped) {
    public Path {
        coordinates = List.copyOf(coordinates);
        points = List.copyOf(points);
    }

    public PathPoint last() {
        return points.getLast();
    }

    /** The path as it stood after step {@code k}: itself when it has no more steps than that. */
    public Path upTo(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("step " + k + " is before the start");
        }
        return k >= steps() ? this : new Path(coordinates, settings, points.subList(0, k + 1), null);
    }

    /** The number of steps taken (points minus one). */
    public int steps() {
        return points.size() - 1;
    }

    /** The iteration table: {@code k,x,y,f,df/dx,df/dy}, one row per point, numbers in full precision. */
    public String toCsv() {
        StringBuilder out = new StringBuilder("k");
        coordinates.forEach(c -> out.append(',').append(c));
        out.append(",f");
        coordinates.forEach(c -> out.append(",df/d").append(c));
        out.append('\n');
        for (PathPoint p : points) {
            out.append(p.step());
            for (double v : p.values()) {
                out.append(',').append(number(v));
            }
            out.append(',').append(number(p.f()));
            for (double g : p.grad()) {
                out.append(',').append(number(g));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "nan" : Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : v == 0 ? "0.0" : String.format(Locale.ROOT, "%s", v);
    }
}
