package adjoint.app.lecture;

import adjoint.app.document.Document;
import adjoint.engine.DType;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphEvaluator;
import adjoint.engine.graph.NodeResult;
import adjoint.engine.symbolic.Derivatives;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a lecture about one graph shows, with no JavaFX: the float64 evaluation, the symbolic derivatives over
 * the exam's labels w1…wN, the sweeps as one {@link SweepTimeline} and the {@link AdjointTable} in step with it.
 *
 * <pre>{@code
 * Lecture q8 = Lecture.of(ExprGraph.parse("x = 1.5\nf = sin(x) - 4*sin(x)**3 + log(sin(x))"));
 * q8.timeline().forward().size();   // 6
 * q8.timeline().backward().size();  // 8
 * }</pre>
 */
public final class Lecture {
    private final Document document;
    private final GraphEvaluation evaluation;
    private final Derivatives derivatives;
    private final SweepTimeline timeline;
    private final AdjointTable table;

    private Lecture(Document document) {
        this.document = document.withView(document.view().withExamLabels(true));
        ExprGraph g = document.graph();
        this.evaluation = GraphEvaluator.evaluate(g, DType.FLOAT64);
        this.derivatives = Derivatives.of(g, g.examLabels(), evaluation);
        this.timeline = new SweepTimeline(ForwardSweep.steps(derivatives, evaluation),
                BackwardSweep.steps(derivatives, evaluation));
        this.table = new AdjointTable(derivatives, timeline);
    }

    /** A lecture about a document: its graph and layout, labelled w1…wN. */
    public static Lecture of(Document document) {
        return new Lecture(document);
    }

    public static Lecture of(ExprGraph graph) {
        return new Lecture(Document.of(graph));
    }

    /** The document as drawn in the lecture (exam labels on). */
    public Document document() {
        return document;
    }

    public GraphEvaluation evaluation() {
        return evaluation;
    }

    public Derivatives derivatives() {
        return derivatives;
    }

    public SweepTimeline timeline() {
        return timeline;
    }

    public AdjointTable table() {
        return table;
    }

    /**
     * The evaluation as far as the timeline has got, for the painter: values of the nodes the forward sweep has
     * reached, and adjoints as far as the backward sweep has summed them (a running sum where a node is half done).
     */
    public GraphEvaluation shownEvaluation() {
        return shownEvaluation(timeline.position());
    }

    /** The evaluation as shown with the first {@code position} steps done (0 to the timeline's size). */
    public GraphEvaluation shownEvaluation(int position) {
        Map<String, NodeResult> shown = new LinkedHashMap<>();
        evaluation.results().forEach((id, r) -> shown.put(id, new NodeResult(null, null, null, null)));
        for (SweepStep s : timeline.steps().subList(0, position)) {
            NodeResult r = evaluation.result(s.node());
            NodeResult was = shown.get(s.node());
            if (r == null || was == null) {
                continue;
            }
            shown.put(s.node(), s.isForward() ? new NodeResult(r.value(), null, r.error(), r.warning())
                    : new NodeResult(was.value(), s.kind() == SweepStep.Kind.UNREACHED ? null : s.runningSum(),
                    was.error(), was.warning()));
        }
        return new GraphEvaluation(evaluation.output(), shown, evaluation.dtype(),
                position > timeline.forward().size());
    }
}
