package adjoint.engine.graph;

import adjoint.engine.DType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value object every view draws: per node value, gradient and error, for one graph, dtype and output.
 *
 * @param output   the id of the node backward ran from
 * @param results  per node id, in topological order
 * @param dtype    the default floating dtype
 * @param backward whether backward ran (the output was a floating scalar requiring a gradient)
 */
public record GraphEvaluation(String output, Map<String, NodeResult> results, DType dtype, boolean backward) {
    public GraphEvaluation {
        results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
    }

    public NodeResult result(String id) {
        return results.get(id);
    }
}
