package adjoint.engine.optimize;

import adjoint.engine.DType;
import adjoint.engine.DefaultDType;
import adjoint.engine.Tensor;
import adjoint.engine.graph.ElementwiseGradient;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphEvaluator;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.NodeResult;
import adjoint.engine.lang.Operations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A function to minimise: a graph's output as a function of some of its leaves (the free variables), every other
 * leaf held at its value. The one object the landscape, {@link Descent} and {@code adjoint descend} share.
 * A point is the variables' values, flattened in order ({@code x} then {@code y}; a vector leaf gives several).
 *
 * <pre>{@code
 * Objective f = Objective.parse("x = 1.0\ny = 1.0\nf = -x*log(x) - y*log(y)", "x", "y");
 * f.start();                        // [1.0, 1.0]
 * f.at(new double[] {Math.E, 1}).f();    // -e
 * f.at(new double[] {Math.E, 1}).grad(); // [-2.0, -1.0]
 * }</pre>
 */
public final class Objective {
    private final ExprGraph graph;
    private final String output;
    private final List<Variable> variables;
    private final DType dtype;
    private final double[] start;
    /** The fused f and ∇f, compiled on first use; empty if the graph is not elementwise in the variables. */
    private volatile Optional<ElementwiseGradient> fused;

    private Objective(ExprGraph graph, String output, List<Variable> variables, DType dtype) {
        this.graph = graph;
        this.output = output;
        this.variables = List.copyOf(variables);
        this.dtype = dtype;
        this.start = startValues();
        Sample first = at(start);
        if (first.error() != null) {
            throw new IllegalArgumentException(first.error());
        }
    }

    /** One free variable: a leaf of the graph, its name and shape, and where its values sit in a point. */
    public record Variable(String name, String id, int[] shape, int offset) {
        public Variable {
            shape = shape.clone();
        }

        @Override
        public int[] shape() {
            return shape.clone();
        }

        /** How many numbers the variable holds (1 for a scalar). */
        public int size() {
            return Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        }
    }

    /**
     * What the function gives at one point.
     *
     * @param f     the value, NaN or infinite where undefined
     * @param grad  ∂f/∂ each coordinate (0 where no gradient flows)
     * @param error why the function could not be evaluated (a shape error, ...), else null
     * @param note  where a NaN or infinity first arose ({@code "log of a negative number is not defined (nan), at w2 = log(x)"}),
     *              else null
     */
    public record Sample(double f, double[] grad, String error, String note) {
        public Sample {
            grad = grad.clone();
        }

        @Override
        public double[] grad() {
            return grad.clone();
        }
    }

    /** The graph's output as a function of the named leaves, in float64. */
    public static Objective of(ExprGraph graph, List<String> variableNames) {
        return of(graph, graph.output(), variableNames, DType.FLOAT64);
    }

    /** The node {@code output} as a function of the named leaves; refuses names that are not leaves, with the reason. */
    public static Objective of(ExprGraph graph, String output, List<String> variableNames, DType dtype) {
        if (output == null) {
            throw new IllegalArgumentException("the program is empty");
        }
        if (variableNames.isEmpty()) {
            throw new IllegalArgumentException("choose at least one variable");
        }
        List<Variable> vars = new ArrayList<>();
        int offset = 0;
        for (String name : variableNames) {
            GraphNode leaf = leaf(graph, name.strip());
            if (vars.stream().anyMatch(v -> v.id().equals(leaf.id()))) {
                throw new IllegalArgumentException("the variable " + name + " is given twice");
            }
            int[] shape;
            try (var scope = DefaultDType.use(dtype)) {
                shape = Operations.leaf(leaf.attrs().get("value")).shape();
            }
            Variable v = new Variable(name.strip(), leaf.id(), shape, offset);
            offset += v.size();
            vars.add(v);
        }
        return new Objective(graph, output, vars, dtype);
    }

    /** Parses a program and takes its last assignment as a function of the named leaves, in float64. */
    public static Objective parse(String program, String... variableNames) {
        return of(ExprGraph.parse(program), List.of(variableNames));
    }

    /** The same function evaluated in another floating dtype. */
    public Objective withDtype(DType type) {
        return new Objective(graph, output, variables, type);
    }

    public ExprGraph graph() {
        return graph;
    }

    /** The id of the node minimised. */
    public String output() {
        return output;
    }

    public List<Variable> variables() {
        return variables;
    }

    public DType dtype() {
        return dtype;
    }

    /** Each coordinate's name: {@code x}, or {@code w[0]}, {@code w[1]} for a vector, {@code W[0,1]} for a matrix. */
    public List<String> coordinates() {
        List<String> out = new ArrayList<>();
        for (Variable v : variables) {
            int[] shape = v.shape();
            for (int i = 0; i < v.size(); i++) {
                if (shape.length == 0) {
                    out.add(v.name());
                    continue;
                }
                int[] index = new int[shape.length];
                for (int d = shape.length - 1, rest = i; d >= 0; d--) {
                    index[d] = rest % shape[d];
                    rest /= shape[d];
                }
                out.add(v.name() + Arrays.toString(index).replace(" ", ""));
            }
        }
        return out;
    }

    /** The number of coordinates of a point. */
    public int dimension() {
        return variables.stream().mapToInt(Variable::size).sum();
    }

    /** The variables' values in the program, flattened: where descent starts by default. */
    public double[] start() {
        return start.clone();
    }

    /** f and ∇f at one point, in one forward and one backward pass. */
    public Sample at(double[] point) {
        if (point.length != dimension()) {
            throw new IllegalArgumentException("a point has " + dimension() + " coordinates, not " + point.length);
        }
        Map<String, Tensor> overrides = new LinkedHashMap<>();
        for (Variable v : variables) {
            overrides.put(v.id(), Tensor.fromDoubles(dtype, Arrays.copyOfRange(point, v.offset(), v.offset() + v.size()),
                    v.shape()).requiresGrad(true));
        }
        return sample(evaluate(overrides), overrides);
    }

    /** Evaluates with these tensors in place of leaves (by id), running backward only from a scalar output. */
    GraphEvaluation evaluate(Map<String, Tensor> overrides) {
        return GraphEvaluator.evaluate(graph, dtype, output, overrides);
    }

    /** The value, gradient and any problem of an evaluation whose variables were {@code params} (by id). */
    Sample sample(GraphEvaluation ev, Map<String, Tensor> params) {
        double[] grad = new double[dimension()];
        NodeResult r = ev.result(output);
        if (r.failed()) {
            return new Sample(Double.NaN, grad, r.error(), null);
        }
        if (!r.value().dtype().isFloating() || r.value().numel() != 1) {
            return new Sample(Double.NaN, grad, "the output " + label(output) + " is not a number but a tensor of shape "
                    + Arrays.toString(r.value().shape()) + "; descent needs a scalar", null);
        }
        for (Variable v : variables) {
            Tensor g = params.get(v.id()).grad();
            if (g != null) {
                System.arraycopy(g.toDoubles(), 0, grad, v.offset(), v.size());
            }
        }
        double f = r.value().item();
        boolean finite = Double.isFinite(f) && Arrays.stream(grad).allMatch(Double::isFinite);
        return new Sample(f, grad, null, finite ? null : firstProblem(ev));
    }

    /**
     * f and ∇f as one elementwise program, or null where some node between the variables and the output is not
     * elementwise (a reduction, a vector variable, {@code maximum}...). Compiled once, from an evaluation at the start.
     */
    ElementwiseGradient elementwiseGradient() {
        Optional<ElementwiseGradient> f = fused;
        if (f == null) {
            Map<String, Tensor> point = new LinkedHashMap<>();
            for (Variable v : variables) {
                point.put(v.id(), Tensor.fromDoubles(dtype, Arrays.copyOfRange(start, v.offset(), v.offset() + v.size()),
                        v.shape()));
            }
            boolean scalars = variables.stream().allMatch(v -> v.shape().length == 0);
            f = Optional.ofNullable(scalars ? ElementwiseGradient.compile(graph, output,
                    variables.stream().map(Variable::id).toList(), evaluate(point)) : null);
            fused = f;
        }
        return f.orElse(null);
    }

    /** Where a NaN or infinity first arose, with the node's formula, or null. */
    String firstProblem(GraphEvaluation ev) {
        for (GraphNode n : graph.nodes()) {
            NodeResult r = ev.result(n.id());
            if (r != null && r.warning() != null) {
                return describe(new ElementwiseGradient.Problem(n.id(), r.warning()));
            }
        }
        return null;
    }

    /** {@code "log of a negative number is not defined (nan), at w2 = log(x)"}, or null for no problem. */
    String describe(ElementwiseGradient.Problem p) {
        Map<String, String> labels = graph.labels();
        return p == null ? null : p.warning() + ", at " + labels.get(p.id()) + " = " + graph.formula(p.id(), labels);
    }

    String label(String id) {
        return graph.labels().get(id);
    }

    private double[] startValues() {
        double[] point = new double[dimension()];
        try (var scope = DefaultDType.use(dtype)) {
            for (Variable v : variables) {
                double[] values = Operations.leaf(graph.node(v.id()).attrs().get("value")).toDoubles();
                System.arraycopy(values, 0, point, v.offset(), v.size());
            }
        }
        return point;
    }

    private static GraphNode leaf(ExprGraph graph, String name) {
        GraphNode found = null;
        for (GraphNode n : graph.nodes()) {
            if (n.names().contains(name) || n.id().equals(name)) {
                found = n;
            }
        }
        if (found == null) {
            found = graph.nodes().stream().filter(n -> name.equals(graph.labels().get(n.id()))).findFirst().orElse(null);
        }
        List<String> leaves = graph.nodes().stream().filter(GraphNode::isLeaf).map(n -> graph.labels().get(n.id())).toList();
        if (found == null) {
            throw new IllegalArgumentException("no variable '" + name + "'; the program's variables are "
                    + String.join(", ", leaves));
        }
        if (!found.isLeaf()) {
            throw new IllegalArgumentException("'" + name + "' is computed, not a variable; choose one of "
                    + String.join(", ", leaves));
        }
        return found;
    }
}
