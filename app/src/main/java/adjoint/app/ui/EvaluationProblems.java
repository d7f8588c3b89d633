package adjoint.app.ui;

import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.NodeResult;
import java.util.Map;

/** The status bar's one line about an evaluation's errors and warnings. */
final class EvaluationProblems {
    private EvaluationProblems() {
    }

    /** "w5: log of a negative number is not defined (nan)", "+ 2 more" when there are more; empty when none. */
    static String summary(ExprGraph graph, GraphEvaluation ev) {
        Map<String, String> labels = graph.labels();
        String first = null;
        int count = 0;
        for (Map.Entry<String, NodeResult> e : ev.results().entrySet()) {
            NodeResult r = e.getValue();
            String message = r.error() != null && !r.error().endsWith("which has an error") ? r.error() : r.warning();
            if (message != null) {
                count++;
                if (first == null) {
                    first = labels.getOrDefault(e.getKey(), e.getKey()) + ": " + message;
                }
            }
        }
        return first == null ? "" : count == 1 ? first : first + "  (+" + (count - 1) + " more)";
    }
}
