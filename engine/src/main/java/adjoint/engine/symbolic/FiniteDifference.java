package adjoint.engine.symbolic;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The finite-difference column: for each leaf, the central difference (f(x+h) − f(x−h)) / 2h of the output in
 * float64, element by element, beside the engine's gradient, so a lecture can show that backprop agrees with
 * "wiggle the input and watch the output".
 *
 * <pre>{@code
 * FiniteDifference.check(ExprGraph.parse("x = 2.0\nf = x**3")).getFirst().numeric().item();  // 12.000000000...
 * }</pre>
 */
public final class FiniteDifference {
    /** Leaves with more elements than this are not differenced (each element costs two evaluations). */
    public static final int MAX_ELEMENTS = 4096;

    /**
     * One leaf's check.
     *
     * @param id       the leaf's node id
     * @param label    its label
     * @param engine   the engine's gradient (float64), null where none flowed
     * @param numeric  the central differences, of the leaf's shape; null when not computed (too large, no scalar output)
     * @param maxError the largest |engine − numeric| over the elements (NaN when either is missing)
     * @param agrees   whether every element agrees to within 1e-5 relative (absolute near zero)
     */
    public record LeafCheck(String id, String label, Tensor engine, Tensor numeric, double maxError, boolean agrees) {
    }

    private FiniteDifference() {
    }

    /** Checks every floating leaf of {@code graph} (labels from {@link ExprGraph#labels()}). */
    public static List<LeafCheck> check(ExprGraph graph) {
        GraphEvaluation first = GraphEvaluator.evaluate(graph, DType.FLOAT64);
        ExprGraph g = SamplePoints.withLeaves(graph, first);
        GraphEvaluation here = GraphEvaluator.evaluate(g, DType.FLOAT64);
        Map<String, String> labels = graph.labels();
        List<LeafCheck> out = new ArrayList<>();
        for (String id : SamplePoints.variableLeaves(g, here)) {
            Tensor value = here.result(id).value();
            Tensor engine = here.result(id).grad();
            Tensor numeric = here.backward() && value.numel() <= MAX_ELEMENTS ? differences(g, here, id, value) : null;
            double maxError = Double.NaN;
            boolean agrees = false;
            if (engine != null && numeric != null) {
                double[] a = engine.toDoubles();
                double[] b = numeric.toDoubles();
                maxError = 0;
                agrees = true;
                for (int i = 0; i < a.length; i++) {
                    double err = Math.abs(a[i] - b[i]);
                    maxError = Math.max(maxError, err);
                    agrees &= err <= 1e-5 * Math.max(1, Math.abs(a[i]));
                }
            }
            out.add(new LeafCheck(id, labels.get(id), engine, numeric, maxError, agrees));
        }
        return out;
    }

    private static Tensor differences(ExprGraph g, GraphEvaluation here, String id, Tensor value) {
        double[] x = value.toDoubles();
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double h = 1e-6 * Math.max(1, Math.abs(x[i]));
            d[i] = (output(g, here, id, value, i, x[i] + h) - output(g, here, id, value, i, x[i] - h)) / (2 * h);
        }
        return Tensor.fromDoubles(DType.FLOAT64, d, value.shape());
    }

    private static double output(ExprGraph g, GraphEvaluation here, String id, Tensor value, int i, double xi) {
        double[] data = value.toDoubles();
        data[i] = xi;
        Tensor moved = Tensor.fromDoubles(DType.FLOAT64, data, value.shape());
        GraphEvaluation ev = GraphEvaluator.evaluate(g, DType.FLOAT64, here.output(), Map.of(id, moved));
        Tensor out = ev.result(here.output()).value();
        return out == null ? Double.NaN : out.item();
    }
}
