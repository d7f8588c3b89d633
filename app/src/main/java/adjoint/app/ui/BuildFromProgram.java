package adjoint.app.ui;

import adjoint.app.document.Command;
import adjoint.app.document.Document;
import adjoint.app.document.ReplaceGraphFromProgram;
import adjoint.app.render.MeasuredLayout;
import adjoint.engine.graph.GraphEvaluation;

/**
 * The expression bar's edit: {@link ReplaceGraphFromProgram}, then the layout again with the sizes the nodes are
 * really drawn at (values included, when they come quickly), so that no two overlap: the whole graph when it was
 * laid out afresh, else only if new nodes landed on others. One undo step.
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
        Document after = new ReplaceGraphFromProgram(program, MeasuredLayout.sizes(before, evaluation)).apply(before);
        if (after.equals(before) || after.graph().nodes().isEmpty()) {
            return after;
        }
        GraphEvaluation ev = BriefEvaluation.of(after);
        boolean fresh = after.graph().nodes().stream().noneMatch(n -> before.positions().containsKey(n.id()));
        return fresh ? MeasuredLayout.apply(after, ev) : MeasuredLayout.untangle(after, ev);
    }
}
