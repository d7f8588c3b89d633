package adjoint.app.document;

import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphEvaluator;
import adjoint.engine.graph.NodeResult;

/** Evaluating documents in tests, as the app does. */
final class Graphs {
    private Graphs() {
    }

    static GraphEvaluation evaluate(Document d) {
        return GraphEvaluator.evaluate(d.graph(), d.view().dtype(), d.output(), java.util.Map.of());
    }

    static NodeResult result(Document d, String id) {
        return evaluate(d).result(id);
    }

    static double value(Document d, String id) {
        return result(d, id).value().item();
    }

    static double grad(Document d, String id) {
        return result(d, id).grad().item();
    }

    /** The id of the node with this label. */
    static String id(Document d, String label) {
        return d.labels().entrySet().stream().filter(e -> e.getValue().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no node labelled " + label)).getKey();
    }
}
