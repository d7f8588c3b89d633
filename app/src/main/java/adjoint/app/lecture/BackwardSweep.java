package adjoint.app.lecture;

import adjoint.engine.Tensor;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.NodeResult;
import adjoint.engine.symbolic.Derivatives;
import adjoint.engine.symbolic.Sym;
import java.util.ArrayList;
import java.util.List;

/**
 * The backward sweep in the exam's order: the output's seed w̄ = 1, then every node in reverse topological order,
 * one step per child edge: w̄child × ∂child/∂node, the contribution's value and the running sum of w̄node.
 *
 * <pre>{@code
 * // Q8: w̄6 = 1; w̄5 ← w6; w̄4 ← w6; w̄3 ← w4; w̄2 ← w3, w5, w6 (running sum); w̄1 ← w2
 * BackwardSweep.steps(d, ev).size();   // 8
 * }</pre>
 */
public final class BackwardSweep {
    private BackwardSweep() {
    }

    public static List<SweepStep> steps(Derivatives d, GraphEvaluation ev) {
        ExprGraph g = d.graph();
        List<SweepStep> out = new ArrayList<>();
        for (Derivatives.NodeAdjoint a : d.adjoints()) {
            String id = a.id();
            String label = a.label();
            List<String> children = g.consumers(id);
            if (a.isOutput()) {
                out.add(new SweepStep(SweepStep.Kind.SEED, id, label, null, null, "1", null, grad(ev, id), null, null,
                        grad(ev, id), 0, 0));
                continue;
            }
            if (children.isEmpty() || !g.dependsOn(g.output(), id)) {
                out.add(new SweepStep(SweepStep.Kind.UNREACHED, id, label, null, null, "0", null, null, null, null,
                        null, 0, 0));
                continue;
            }
            Tensor sum = null;
            int term = 0;
            for (String c : children) {
                term++;
                Derivatives.Edge e = d.edge(c, id);
                Tensor childAdjoint = grad(ev, c);
                Tensor contribution = value(d, e.contribution(), ev);
                if (contribution == null && childAdjoint != null && childAdjoint.numel() == 1 && allZero(childAdjoint)) {
                    contribution = Tensor.scalar(0.0);
                }
                sum = sum == null ? contribution : contribution == null ? sum : sum.add(contribution);
                String formula = e.chainTerm() == null ? null : e.chainTerm().text();
                out.add(new SweepStep(SweepStep.Kind.EDGE, id, label, c, d.labels().get(c), formula,
                        e.partial() == null ? null : e.partial().text(), contribution, value(d, e.partial(), ev),
                        childAdjoint, sum, term, children.size()));
            }
        }
        return List.copyOf(out);
    }

    private static Tensor grad(GraphEvaluation ev, String id) {
        NodeResult r = ev.result(id);
        return r == null ? null : r.grad();
    }

    private static boolean allZero(Tensor t) {
        for (double v : t.toDoubles()) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    private static Tensor value(Derivatives d, Sym s, GraphEvaluation ev) {
        if (s == null) {
            return null;
        }
        try {
            return d.evaluate(s, ev);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
