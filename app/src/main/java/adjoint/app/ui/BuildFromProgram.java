package adjoint.app.ui;

import adjoint.app.document.AutoLayout;
import adjoint.app.document.Command;
import adjoint.app.document.Document;
import adjoint.app.document.GraphLayout;
import adjoint.app.document.ReplaceGraphFromProgram;
import adjoint.app.render.GraphFigures;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphNode;
import java.util.function.Function;

/**
 * The expression bar's edit: {@link ReplaceGraphFromProgram}, and when that laid the whole graph out afresh, the
 * layout again with the sizes the nodes are really drawn at, so no two overlap. One undo step.
 *
 * @param evaluation the latest evaluation, for the sizes of nodes that stay
 */
record BuildFromProgram(String program, GraphEvaluation evaluation) implements Command {
    @Override
    public String description() {
        return "Edit program";
    }

    @Override
    public Document apply(Document before) {
        Document after = new ReplaceGraphFromProgram(program, sizes(before)).apply(before);
        boolean fresh = after.graph().nodes().stream().noneMatch(n -> before.positions().containsKey(n.id()));
        if (!fresh || after.graph().nodes().isEmpty()) {
            return after;
        }
        return new AutoLayout(GraphLayout.Direction.LEFT_TO_RIGHT, sizes(after)).apply(after);
    }

    /** Each node's size as the canvas draws it. */
    Function<GraphNode, GraphLayout.Size> sizes(Document d) {
        return sizes(d, evaluation);
    }

    static Function<GraphNode, GraphLayout.Size> sizes(Document d, GraphEvaluation ev) {
        Function<GraphNode, double[]> measure = GraphFigures.measure(d, ev, GraphFigures.FigureOptions.of(d));
        return n -> {
            double[] s = measure.apply(n);
            return new GraphLayout.Size(s[0], s[1]);
        };
    }
}
