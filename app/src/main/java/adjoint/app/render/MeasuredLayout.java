package adjoint.app.render;

import adjoint.app.document.AutoLayout;
import adjoint.app.document.Document;
import adjoint.app.document.GraphLayout;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphNode;
import java.util.List;
import java.util.function.Function;

/**
 * Auto-layout with the sizes nodes are really drawn at (a program opened or rendered is first laid out with one
 * size for every node, which the drawn boxes outgrow).
 *
 * <pre>{@code
 * Document laid = MeasuredLayout.apply(DocumentStore.open(Path.of("q8.adj")), null);
 * }</pre>
 */
public final class MeasuredLayout {
    private MeasuredLayout() {
    }

    /** Each node's size as drawn, for {@link AutoLayout} and {@code ReplaceGraphFromProgram}. */
    public static Function<GraphNode, GraphLayout.Size> sizes(Document d, GraphEvaluation ev) {
        Function<GraphNode, double[]> measure = GraphFigures.measure(d, ev, GraphFigures.FigureOptions.of(d));
        return n -> {
            double[] s = measure.apply(n);
            return new GraphLayout.Size(s[0], s[1]);
        };
    }

    /**
     * The document as it is if no two of its nodes overlap as drawn, else laid out again with their drawn sizes (a
     * document placed for smaller boxes, such as one written by another tool).
     */
    public static Document untangle(Document d, GraphEvaluation ev) {
        GraphFigures f = GraphFigures.of(d, ev, GraphFigures.FigureOptions.of(d));
        List<NodeFigure> nodes = List.copyOf(f.nodes().values());
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                NodeFigure a = nodes.get(i);
                NodeFigure b = nodes.get(j);
                if (a.intersects(b.x() - 8, b.y() - 8, b.x() + b.width() + 8, b.y() + b.height() + 8)) {
                    return apply(d, ev);
                }
            }
        }
        return d;
    }

    /** The document laid out left to right with its nodes' drawn sizes (the evaluation may be null). */
    public static Document apply(Document d, GraphEvaluation ev) {
        if (d.graph().nodes().isEmpty()) {
            return d;
        }
        return new AutoLayout(GraphLayout.Direction.LEFT_TO_RIGHT, sizes(d, ev)).apply(d);
    }
}
