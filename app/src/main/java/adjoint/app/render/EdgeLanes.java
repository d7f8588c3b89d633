package adjoint.app.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Keeps edges from running under nodes: an edge whose curve would cross a node box other than its own ends gets a
 * horizontal lane through the gap nearest to its ends (above or below the nodes in the way).
 */
final class EdgeLanes {
    private static final double MARGIN = 14;
    private static final double RUN = 46;

    private EdgeLanes() {
    }

    static EdgeFigure route(EdgeFigure e, Collection<NodeFigure> nodes) {
        List<NodeFigure> inWay = blocking(e, nodes);
        if (inWay.isEmpty()) {
            return e;
        }
        double left = Math.min(e.x1(), e.x2());
        double right = Math.max(e.x1(), e.x2());
        List<NodeFigure> between = new ArrayList<>();
        for (NodeFigure n : nodes) {
            if (!n.id().equals(e.from()) && !n.id().equals(e.to()) && n.x() + n.width() > left + RUN / 2
                    && n.x() < right - RUN / 2) {
                between.add(n);
            }
        }
        double laneX1 = between.stream().mapToDouble(NodeFigure::x).min().orElse(left) - RUN;
        double laneX2 = between.stream().mapToDouble(n -> n.x() + n.width()).max().orElse(right) + RUN;
        laneX1 = Math.max(laneX1, left + RUN);
        laneX2 = Math.min(laneX2, right - RUN);
        if (laneX2 <= laneX1 || e.x2() < e.x1()) {
            return e;
        }
        List<Double> candidates = new ArrayList<>(List.of(e.y1(), e.y2()));
        for (NodeFigure n : between) {
            candidates.add(n.y() - MARGIN);
            candidates.add(n.y() + n.height() + MARGIN);
        }
        double best = Double.NaN;
        double cost = Double.MAX_VALUE;
        for (double y : candidates) {
            double c = Math.abs(y - e.y1()) + Math.abs(y - e.y2());
            if (c < cost && free(y, laneX1, laneX2, between)) {
                EdgeFigure tried = new EdgeFigure(e.from(), e.to(), e.slot(), e.x1(), e.y1(), e.x2(), e.y2(), laneX1, laneX2, y);
                if (blocking(tried, nodes).isEmpty()) {
                    best = y;
                    cost = c;
                }
            }
        }
        return Double.isNaN(best) ? e
                : new EdgeFigure(e.from(), e.to(), e.slot(), e.x1(), e.y1(), e.x2(), e.y2(), laneX1, laneX2, best);
    }

    private static boolean free(double y, double x1, double x2, List<NodeFigure> between) {
        for (NodeFigure n : between) {
            if (n.x() - 4 < x2 && n.x() + n.width() + 4 > x1 && y > n.y() - MARGIN + 1 && y < n.y() + n.height() + MARGIN - 1) {
                return false;
            }
        }
        return true;
    }

    private static List<NodeFigure> blocking(EdgeFigure e, Collection<NodeFigure> nodes) {
        double[][] s = e.samples(20);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] p : s) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        List<NodeFigure> hit = new ArrayList<>();
        for (NodeFigure n : nodes) {
            if (n.id().equals(e.from()) || n.id().equals(e.to()) || !n.intersects(minX - 4, minY - 4, maxX + 4, maxY + 4)) {
                continue;
            }
            for (double[] p : s) {
                if (p[0] > n.x() - 4 && p[0] < n.x() + n.width() + 4 && p[1] > n.y() - 4 && p[1] < n.y() + n.height() + 4) {
                    hit.add(n);
                    break;
                }
            }
        }
        return hit;
    }
}
