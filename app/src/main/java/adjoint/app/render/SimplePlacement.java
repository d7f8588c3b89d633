package adjoint.app.render;

import adjoint.app.document.Point;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A quick left-to-right placement: each node one column right of its deepest input, columns as wide as their
 * widest node, and within a column nodes ordered by where their inputs sit, so edges cross little. Used for nodes
 * that have no position yet; the editor's auto-layout does better.
 */
public final class SimplePlacement {
    public static final double COLUMN_GAP = 110;
    public static final double ROW_GAP = 48;

    private SimplePlacement() {
    }

    /** Positions (top-left corners) for every node, given each node's {width, height}. */
    public static Map<String, Point> place(ExprGraph g, Function<String, double[]> size) {
        Map<String, Integer> layer = new HashMap<>();
        List<List<String>> columns = new ArrayList<>();
        for (GraphNode n : g.nodes()) {
            int l = n.inputIds().stream().mapToInt(in -> layer.get(in) + 1).max().orElse(0);
            layer.put(n.id(), l);
            while (columns.size() <= l) {
                columns.add(new ArrayList<>());
            }
            columns.get(l).add(n.id());
        }
        pullSourcesRight(g, layer, columns);
        Map<String, Double> centreY = new HashMap<>();
        Map<String, Point> out = new LinkedHashMap<>();
        double x = 0;
        for (List<String> column : columns) {
            column.sort(Comparator.comparingDouble(id -> barycentre(g, id, centreY)));
            double width = column.stream().mapToDouble(id -> size.apply(id)[0]).max().orElse(0);
            double total = column.stream().mapToDouble(id -> size.apply(id)[1]).sum() + ROW_GAP * (column.size() - 1);
            double y = -total / 2;
            for (String id : column) {
                double[] s = size.apply(id);
                out.put(id, new Point(x, Math.round(y)));
                centreY.put(id, y + s[1] / 2);
                y += s[1] + ROW_GAP;
            }
            x += width + COLUMN_GAP;
        }
        return out;
    }

    /** A leaf read only by nodes far to the right moves next to its first reader's column. */
    private static void pullSourcesRight(ExprGraph g, Map<String, Integer> layer, List<List<String>> columns) {
        for (GraphNode n : g.nodes()) {
            if (!n.inputIds().isEmpty()) {
                continue;
            }
            int first = g.consumers(n.id()).stream().mapToInt(layer::get).min().orElse(1);
            if (first - 1 > layer.get(n.id())) {
                columns.get(layer.get(n.id())).remove(n.id());
                layer.put(n.id(), first - 1);
                columns.get(first - 1).add(n.id());
            }
        }
        columns.removeIf(List::isEmpty);
    }

    private static double barycentre(ExprGraph g, String id, Map<String, Double> centreY) {
        return g.node(id).inputIds().stream().filter(centreY::containsKey).mapToDouble(centreY::get).average()
                .orElse(Double.MAX_VALUE / 4 + g.nodes().indexOf(g.node(id)));
    }
}
