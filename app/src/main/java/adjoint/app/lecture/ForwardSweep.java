package adjoint.app.lecture;

import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.NodeResult;
import adjoint.engine.symbolic.Derivatives;
import adjoint.engine.symbolic.Sym;
import java.util.ArrayList;
import java.util.List;

/**
 * The forward sweep: every node in topological order, its formula over its inputs' labels and its value.
 *
 * <pre>{@code
 * ForwardSweep.steps(d, ev).get(1).caption();   // "w2 = sin(w1) = 0.99749499"
 * }</pre>
 */
public final class ForwardSweep {
    private ForwardSweep() {
    }

    public static List<SweepStep> steps(Derivatives d, GraphEvaluation ev) {
        ExprGraph g = d.graph();
        List<SweepStep> out = new ArrayList<>();
        for (GraphNode n : g.nodes()) {
            Sym f = n.isLeaf() ? null : d.forward(n.id());
            NodeResult r = ev.result(n.id());
            out.add(new SweepStep(SweepStep.Kind.VALUE, n.id(), d.labels().get(n.id()), null, null,
                    f == null ? null : f.text(), null, r == null ? null : r.value(), null, null, null, 0, 0));
        }
        return List.copyOf(out);
    }
}
