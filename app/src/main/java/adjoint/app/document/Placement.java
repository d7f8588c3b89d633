package adjoint.app.document;

import adjoint.app.document.GraphLayout.Size;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Places nodes that have no position among nodes that do, without moving those: a node goes one layer right of
 * its rightmost input, at their mean height (a node without placed inputs goes one layer left of its first
 * placed reader, or at the left edge), then down until it overlaps nothing. With nothing placed yet, the whole
 * graph is laid out.
 */
final class Placement {
    private Placement() {
    }

    static Map<String, Point> complete(ExprGraph g, Map<String, Point> given, Function<GraphNode, Size> sizes) {
        Map<String, Point> at = new LinkedHashMap<>();
        given.forEach((id, p) -> {
            if (g.contains(id)) {
                at.put(id, p);
            }
        });
        if (at.isEmpty()) {
            return GraphLayout.layout(g, sizes, GraphLayout.Direction.LEFT_TO_RIGHT);
        }
        double step = GraphLayout.DEFAULT_SIZE.width() + GraphLayout.LAYER_GAP;
        double left = at.values().stream().mapToDouble(Point::x).min().orElse(0);
        double top = at.values().stream().mapToDouble(Point::y).min().orElse(0);
        for (GraphNode n : g.nodes()) {
            if (at.containsKey(n.id())) {
                continue;
            }
            List<Point> inputs = n.inputIds().stream().map(at::get).filter(p -> p != null).toList();
            Point p;
            if (!inputs.isEmpty()) {
                double x = inputs.stream().mapToDouble(Point::x).max().orElse(left) + step;
                double y = inputs.stream().mapToDouble(Point::y).average().orElse(top);
                p = new Point(x, y);
            } else {
                Point reader = g.consumers(n.id()).stream().map(at::get).filter(q -> q != null).findFirst().orElse(null);
                p = reader != null ? new Point(reader.x() - step, reader.y()) : new Point(left, top);
            }
            at.put(n.id(), free(p, n, at, g, sizes));
        }
        return at;
    }

    /** {@code p}, moved down until the node there overlaps no placed node. */
    private static Point free(Point p, GraphNode n, Map<String, Point> at, ExprGraph g, Function<GraphNode, Size> sizes) {
        Size size = sizes.apply(n);
        Point q = p;
        for (int tries = 0; tries < 1000; tries++) {
            Point here = q;
            boolean clash = at.entrySet().stream().anyMatch(e -> overlaps(here, size, e.getValue(),
                    sizes.apply(g.node(e.getKey()))));
            if (!clash) {
                return q;
            }
            q = q.translate(0, size.height() + GraphLayout.NODE_GAP / 2);
        }
        return q;
    }

    static boolean overlaps(Point a, Size sa, Point b, Size sb) {
        return a.x() < b.x() + sb.width() && b.x() < a.x() + sa.width()
                && a.y() < b.y() + sb.height() && b.y() < a.y() + sa.height();
    }
}
