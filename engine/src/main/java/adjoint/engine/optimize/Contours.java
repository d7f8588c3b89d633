package adjoint.engine.optimize;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contour lines by marching squares: each grid cell whose corners straddle the level gets one segment (two in a
 * saddle, resolved by the cell's mean) between points interpolated linearly on its edges; segments that share an
 * edge point are joined into polylines. Cells with an undefined corner are skipped, so lines stop at holes.
 *
 * <pre>{@code
 * List<Polyline> lines = Contours.trace(surface, 0.5);
 * double[] levels = Contours.levels(surface, 12); // then trace each
 * }</pre>
 */
public final class Contours {
    private Contours() {
    }

    /** The contour lines of {@code surface} at {@code level}. */
    public static List<Polyline> trace(Surface surface, double level) {
        return trace(surface.xs().values(), surface.ys().values(), surface.values(), level);
    }

    /** The contour lines at {@code level} of values {@code f[row][column]} at {@code (xs[column], ys[row])}. */
    public static List<Polyline> trace(double[] xs, double[] ys, double[][] f, double level) {
        return new Tracer(xs, ys, f, level).polylines();
    }

    /** {@code count} levels at evenly spaced quantiles of the finite values, so steep and flat regions both get lines. */
    public static double[] levels(Surface surface, int count) {
        double[] finite = Arrays.stream(surface.values()).flatMapToDouble(Arrays::stream).filter(Double::isFinite)
                .sorted().toArray();
        if (finite.length == 0 || count < 1) {
            return new double[0];
        }
        return Arrays.stream(quantiles(finite, count)).distinct().toArray();
    }

    private static double[] quantiles(double[] sorted, int count) {
        double[] out = new double[count];
        for (int k = 0; k < count; k++) {
            double q = (k + 0.5) / count * (sorted.length - 1);
            int i = (int) Math.floor(q);
            double t = q - i;
            out[k] = i + 1 < sorted.length ? sorted[i] * (1 - t) + sorted[i + 1] * t : sorted[i];
        }
        return out;
    }

    private static final class Tracer {
        private final double[] xs;
        private final double[] ys;
        private final double[][] f;
        private final double level;
        private final Map<Long, double[]> points = new HashMap<>();
        private final Map<Long, List<Integer>> touching = new HashMap<>();
        private final List<long[]> segments = new ArrayList<>();

        Tracer(double[] xs, double[] ys, double[][] f, double level) {
            this.xs = xs;
            this.ys = ys;
            this.f = f;
            this.level = level;
        }

        List<Polyline> polylines() {
            for (int r = 0; r + 1 < ys.length; r++) {
                for (int c = 0; c + 1 < xs.length; c++) {
                    cell(r, c);
                }
            }
            boolean[] used = new boolean[segments.size()];
            List<Polyline> out = new ArrayList<>();
            for (int pass = 0; pass < 2; pass++) {
                for (int s = 0; s < segments.size(); s++) {
                    long start = segments.get(s)[0];
                    boolean open = touching.get(start).size() == 1 || touching.get(segments.get(s)[1]).size() == 1;
                    if (!used[s] && (pass == 1 || open)) {
                        out.add(walk(s, used));
                    }
                }
            }
            return out;
        }

        /** Follows segments from {@code first} both ways until the line ends or closes. */
        private Polyline walk(int first, boolean[] used) {
            Deque<Long> line = new ArrayDeque<>();
            used[first] = true;
            line.add(segments.get(first)[0]);
            line.add(segments.get(first)[1]);
            extend(line, used, true);
            extend(line, used, false);
            boolean closed = line.size() > 2 && line.getFirst().equals(line.getLast());
            if (closed) {
                line.removeLast();
            }
            double[] px = new double[line.size()];
            double[] py = new double[line.size()];
            int i = 0;
            for (long key : line) {
                px[i] = points.get(key)[0];
                py[i++] = points.get(key)[1];
            }
            return new Polyline(level, px, py, closed);
        }

        private void extend(Deque<Long> line, boolean[] used, boolean forward) {
            while (true) {
                long end = forward ? line.getLast() : line.getFirst();
                Integer next = touching.get(end).stream().filter(s -> !used[s]).findFirst().orElse(null);
                if (next == null) {
                    return;
                }
                used[next] = true;
                long[] seg = segments.get(next);
                long other = seg[0] == end ? seg[1] : seg[0];
                if (forward) {
                    line.addLast(other);
                } else {
                    line.addFirst(other);
                }
            }
        }

        private void cell(int r, int c) {
            double bl = f[r][c];
            double br = f[r][c + 1];
            double tr = f[r + 1][c + 1];
            double tl = f[r + 1][c];
            if (!(Double.isFinite(bl) && Double.isFinite(br) && Double.isFinite(tr) && Double.isFinite(tl))) {
                return;
            }
            boolean[] above = {bl > level, br > level, tr > level, tl > level};
            // edges: 0 bottom (bl-br), 1 right (br-tr), 2 top (tl-tr), 3 left (bl-tl)
            List<Integer> crossed = new ArrayList<>();
            for (int e = 0; e < 4; e++) {
                int[] ends = corners(e);
                if (above[ends[0]] != above[ends[1]]) {
                    crossed.add(e);
                }
            }
            if (crossed.size() == 2) {
                segment(r, c, crossed.get(0), crossed.get(1));
            } else if (crossed.size() == 4) {
                boolean centre = (bl + br + tr + tl) / 4 > level;
                if (above[0] != centre) {      // bl and tr are cut off: each corner's two edges
                    segment(r, c, 0, 3);
                    segment(r, c, 1, 2);
                } else {                        // br and tl are cut off
                    segment(r, c, 0, 1);
                    segment(r, c, 2, 3);
                }
            }
        }

        /** The corners (0 bl, 1 br, 2 tr, 3 tl) at the ends of edge {@code e}. */
        private static int[] corners(int e) {
            return switch (e) {
                case 0 -> new int[] {0, 1};
                case 1 -> new int[] {1, 2};
                case 2 -> new int[] {3, 2};
                default -> new int[] {0, 3};
            };
        }

        private void segment(int r, int c, int e1, int e2) {
            long a = point(r, c, e1);
            long b = point(r, c, e2);
            int index = segments.size();
            segments.add(new long[] {a, b});
            touching.computeIfAbsent(a, k -> new ArrayList<>()).add(index);
            touching.computeIfAbsent(b, k -> new ArrayList<>()).add(index);
        }

        /** The key of the crossing on edge {@code e} of cell (r, c), computing its position once. */
        private long point(int r, int c, int e) {
            int r0 = e == 2 ? r + 1 : r;
            int c0 = e == 1 ? c + 1 : c;
            boolean horizontal = e == 0 || e == 2;
            int r1 = horizontal ? r0 : r0 + 1;
            int c1 = horizontal ? c0 + 1 : c0;
            long key = ((long) r0 * xs.length + c0) * 2 + (horizontal ? 0 : 1);
            points.computeIfAbsent(key, k -> {
                double v0 = f[r0][c0];
                double v1 = f[r1][c1];
                double t = v1 == v0 ? 0.5 : (level - v0) / (v1 - v0);
                return new double[] {xs[c0] + t * (xs[c1] - xs[c0]), ys[r0] + t * (ys[r1] - ys[r0])};
            });
            return key;
        }
    }
}
