package adjoint.app.document;

import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places the nodes of a graph in layers (ELK's layered algorithm), inputs before the nodes that read them, so
 * that edges run one way and cross as little as possible. The only class that knows ELK.
 *
 * <pre>{@code
 * Map<String, Point> at = GraphLayout.layout(ExprGraph.parse("x = 1.5\nf = sin(x) * x"));
 * at.get("n1").x() < at.get("n2").x()   // true: x sits left of sin(x)
 * }</pre>
 *
 * Positions are the top-left corners of the nodes, in canvas units. Each node is given one output port on its
 * trailing side and its ports (see {@link Port#of}) evenly spaced on its leading side, in order, which is how
 * edges leave and enter nodes on the canvas.
 *
 * <p>ELK's cost grows with the points where edges cross layers (one per layer an edge passes), and its best node
 * placement (network simplex) grows fastest: a 130-node program whose two inputs feed every line took 50 s, and at
 * 250 nodes its recursion overflowed the stack. So the {@link Strategy} follows the size: network simplex for small
 * graphs, Brandes–Köpf for larger ones, and beyond that a plain layering of our own that takes milliseconds
 * ({@link #sketch}); a layout ELK cannot finish falls back to the same.
 */
public final class GraphLayout {
    /** A node's size on the canvas. */
    public record Size(double width, double height) {
    }

    /** Which way edges run. */
    public enum Direction {
        LEFT_TO_RIGHT, TOP_TO_BOTTOM
    }

    /** The size assumed for a node when the canvas has not measured it. */
    public static final Size DEFAULT_SIZE = new Size(210, 130);

    /** Space between nodes of one layer, and between layers. */
    static final double NODE_GAP = 40;
    static final double LAYER_GAP = 70;
    private static final double EDGE_GAP = 30;
    private static final int LONG_EDGE_PRIORITY = 100;

    /** Nodes plus layer crossings up to which network simplex places the nodes (about 1 s at the limit). */
    static final long SIMPLEX_WORK = 1_500;
    /** Up to which Brandes–Köpf places them (about 1 s); beyond, {@link #sketch}. */
    static final long LAYERED_WORK = 6_000;

    /** How a graph is laid out, chosen by its size. */
    enum Strategy {
        NETWORK_SIMPLEX, BRANDES_KOEPF, SKETCH
    }

    static {
        // Registers ELK's own option types (padding, ...) and the layered algorithm, once per class loader.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private GraphLayout() {
    }

    /** Left to right, every node of {@link #DEFAULT_SIZE}. */
    public static Map<String, Point> layout(ExprGraph graph) {
        return layout(graph, n -> DEFAULT_SIZE, Direction.LEFT_TO_RIGHT);
    }

    /**
     * The position of every node of the graph. ELK runs twice: the first run finds the layers, the second asks
     * that edges spanning several layers run straight, so an edge drawn straight from port to port passes no
     * node (as the midterm's w2 → w6 does).
     */
    public static Map<String, Point> layout(ExprGraph graph, Function<GraphNode, Size> sizes, Direction direction) {
        if (graph.nodes().isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> layer = layers(graph);
        Strategy strategy = strategy(graph, layer);
        if (strategy == Strategy.SKETCH) {
            return sketch(graph, layer, sizes, direction);
        }
        try {
            return elk(graph, sizes, direction, strategy == Strategy.NETWORK_SIMPLEX
                    ? NodePlacementStrategy.NETWORK_SIMPLEX : NodePlacementStrategy.BRANDES_KOEPF);
        } catch (RuntimeException | StackOverflowError e) {
            return sketch(graph, layer, sizes, direction); // ELK failed on this graph: still give every node a place
        }
    }

    /** The strategy for this graph: by its nodes plus the layers its edges cross (longest-path layering). */
    static Strategy strategy(ExprGraph graph) {
        return strategy(graph, layers(graph));
    }

    private static Strategy strategy(ExprGraph graph, Map<String, Integer> layer) {
        long work = graph.nodes().size();
        for (GraphNode n : graph.nodes()) {
            for (String in : n.inputIds()) {
                work += Math.max(0, layer.get(n.id()) - layer.get(in) - 1);
            }
        }
        return work <= SIMPLEX_WORK ? Strategy.NETWORK_SIMPLEX : work <= LAYERED_WORK ? Strategy.BRANDES_KOEPF : Strategy.SKETCH;
    }

    /** Each node's layer: one after its latest input; a node without inputs just before its first reader. */
    private static Map<String, Integer> layers(ExprGraph graph) {
        Map<String, Integer> layer = new HashMap<>();
        for (GraphNode n : graph.nodes()) { // the graph lists inputs before their readers
            int l = 0;
            for (String in : n.inputIds()) {
                l = Math.max(l, layer.get(in) + 1);
            }
            layer.put(n.id(), l);
        }
        Map<String, Integer> firstReader = new HashMap<>();
        for (GraphNode n : graph.nodes()) {
            n.inputIds().forEach(in -> firstReader.merge(in, layer.get(n.id()), Math::min));
        }
        for (GraphNode n : graph.nodes()) {
            if (n.inputIds().isEmpty() && firstReader.containsKey(n.id())) {
                layer.put(n.id(), Math.max(0, firstReader.get(n.id()) - 1));
            }
        }
        return layer;
    }

    /**
     * A layered layout without ELK, in time linear in the graph: columns by {@link #layers}, nodes stacked in each
     * column in the graph's order, columns centred on one another. Edges may cross nodes; for graphs too large for
     * ELK to place in about a second.
     */
    static Map<String, Point> sketch(ExprGraph graph, Function<GraphNode, Size> sizes, Direction direction) {
        return sketch(graph, layers(graph), sizes, direction);
    }

    private static Map<String, Point> sketch(ExprGraph graph, Map<String, Integer> layer, Function<GraphNode, Size> sizes,
                                             Direction direction) {
        boolean across = direction == Direction.LEFT_TO_RIGHT;
        int count = layer.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        double[] depth = new double[count];   // a column's extent across the flow (width, or height going down)
        double[] extent = new double[count];  // its extent along the stacking
        for (GraphNode n : graph.nodes()) {
            Size size = sizes.apply(n);
            int l = layer.get(n.id());
            depth[l] = Math.max(depth[l], across ? size.width() : size.height());
            extent[l] += (extent[l] > 0 ? NODE_GAP : 0) + (across ? size.height() : size.width());
        }
        double tallest = java.util.Arrays.stream(extent).max().orElse(0);
        double[] start = new double[count];
        double[] next = new double[count];
        for (int l = 0; l < count; l++) {
            start[l] = l == 0 ? 0 : start[l - 1] + depth[l - 1] + LAYER_GAP;
            next[l] = Math.round((tallest - extent[l]) / 2);
        }
        Map<String, Point> at = new LinkedHashMap<>();
        for (GraphNode n : graph.nodes()) {
            Size size = sizes.apply(n);
            int l = layer.get(n.id());
            at.put(n.id(), across ? new Point(start[l], next[l]) : new Point(next[l], start[l]));
            next[l] += (across ? size.height() : size.width()) + NODE_GAP;
        }
        return at;
    }

    private static Map<String, Point> elk(ExprGraph graph, Function<GraphNode, Size> sizes, Direction direction,
                                          NodePlacementStrategy placement) {
        Map<String, Point> first = run(graph, sizes, direction, Map.of(), placement);
        Map<String, Integer> layers = new HashMap<>();
        List<Double> columns = first.values().stream()
                .map(p -> direction == Direction.LEFT_TO_RIGHT ? p.x() : p.y()).distinct().sorted().toList();
        first.forEach((id, p) -> layers.put(id, columns.indexOf(direction == Direction.LEFT_TO_RIGHT ? p.x() : p.y())));
        return run(graph, sizes, direction, layers, placement);
    }

    private static Map<String, Point> run(ExprGraph graph, Function<GraphNode, Size> sizes, Direction direction,
                                          Map<String, Integer> layers, NodePlacementStrategy placement) {
        boolean across = direction == Direction.LEFT_TO_RIGHT;
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION,
                across ? org.eclipse.elk.core.options.Direction.RIGHT : org.eclipse.elk.core.options.Direction.DOWN);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_GAP);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_GAP);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, EDGE_GAP);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, placement);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(0));

        Map<String, ElkNode> boxes = new LinkedHashMap<>();
        Map<String, ElkPort> outputs = new HashMap<>();
        for (GraphNode n : graph.nodes()) {
            Size size = sizes.apply(n);
            ElkNode box = ElkGraphUtil.createNode(root);
            box.setIdentifier(n.id());
            box.setDimensions(size.width(), size.height());
            box.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
            ElkPort out = ElkGraphUtil.createPort(box);
            out.setDimensions(1, 1);
            out.setProperty(CoreOptions.PORT_SIDE, across ? PortSide.EAST : PortSide.SOUTH);
            out.setLocation(across ? size.width() : size.width() / 2, across ? size.height() / 2 : size.height());
            boxes.put(n.id(), box);
            outputs.put(n.id(), out);
        }
        for (GraphNode n : graph.nodes()) {
            ElkNode box = boxes.get(n.id());
            List<Port> ports = Port.of(n);
            for (int i = 0; i < ports.size(); i++) {
                List<String> sources = sources(ports.get(i).operand(n));
                if (sources.isEmpty()) {
                    continue;
                }
                double along = (i + 1) / (ports.size() + 1.0);
                ElkPort in = ElkGraphUtil.createPort(box);
                in.setDimensions(1, 1);
                in.setProperty(CoreOptions.PORT_SIDE, across ? PortSide.WEST : PortSide.NORTH);
                in.setLocation(across ? 0 : box.getWidth() * along, across ? box.getHeight() * along : 0);
                for (String source : sources) {
                    ElkEdge edge = ElkGraphUtil.createSimpleEdge(outputs.get(source), in);
                    if (layers.getOrDefault(n.id(), 0) - layers.getOrDefault(source, 0) > 1) {
                        edge.setProperty(LayeredOptions.PRIORITY_STRAIGHTNESS, LONG_EDGE_PRIORITY);
                    }
                }
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, Point> at = new LinkedHashMap<>();
        boxes.forEach((id, box) -> at.put(id, new Point(Math.round(box.getX()), Math.round(box.getY()))));
        return at;
    }

    private static List<String> sources(Operand o) {
        List<String> ids = new ArrayList<>();
        switch (o) {
            case Operand.Ref r -> ids.add(r.id());
            case Operand.Group g -> g.items().forEach(i -> ids.addAll(sources(i)));
            case Operand.Const c -> { }
        }
        return ids;
    }
}
