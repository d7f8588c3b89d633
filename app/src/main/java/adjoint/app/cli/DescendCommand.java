package adjoint.app.cli;

import adjoint.engine.DType;
import adjoint.engine.TensorException;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.lang.Evaluator;
import adjoint.engine.lang.ProgramException;
import adjoint.engine.optimize.Algorithm;
import adjoint.engine.optimize.Descent;
import adjoint.engine.optimize.Objective;
import adjoint.engine.optimize.Path;
import adjoint.engine.optimize.PathPoint;
import adjoint.engine.optimize.Settings;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code adjoint descend --json PROGRAM --vars x,y --lr A --steps N [--optimizer NAME] [--beta B]}: descends the
 * program's output from its leaf values and prints the path, N + 1 points (fewer, with {@code "stopped"}, if it
 * diverged).
 */
@Command(name = "descend", description = "Descend a program's output over some of its variables and print the path.")
final class DescendCommand implements Callable<Integer> {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the path as JSON (without it: the iteration table as CSV).")
    boolean json;

    @Option(names = "--vars", split = ",", paramLabel = "NAME",
            description = "The variables to descend over, e.g. x,y (default: every variable of the program).")
    List<String> vars;

    @Option(names = "--lr", paramLabel = "A",
            description = "Learning rate: a number or a constant expression such as e-1 (default: PyTorch's for the optimizer).")
    String lr;

    @Option(names = "--steps", defaultValue = "10", paramLabel = "N", description = "Steps to take (default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--optimizer", defaultValue = "sgd", paramLabel = "NAME",
            description = "sgd, momentum, nesterov, adagrad, rmsprop or adam (default ${DEFAULT-VALUE}).")
    String optimizer;

    @Option(names = "--beta", paramLabel = "B",
            description = "Momentum coefficient (momentum, nesterov; default 0.9), RMSProp's alpha (0.99) or Adam's beta1 (0.9).")
    String beta;

    @Option(names = "--dtype", defaultValue = "float64", description = "float64 (default) or float32.")
    String dtype;

    @Parameters(paramLabel = "PROGRAM", description = "The program, or - for standard input.")
    String file;

    @Override
    public Integer call() {
        try {
            Settings settings = settings();
            if (steps < 0 || steps > 1_000_000) {
                throw new IllegalArgumentException("--steps must be between 0 and 1000000, not " + steps);
            }
            DType type = DType.parse(dtype);
            if (!type.isFloating()) {
                throw new IllegalArgumentException("--dtype must be float32 or float64, not " + dtype);
            }
            ExprGraph graph = ExprGraph.parse(ProgramSource.read(file));
            Objective objective = Objective.of(graph, graph.output(), vars == null ? leaves(graph) : vars, type);
            Path path = new Descent(objective, settings).run(steps);
            spec.commandLine().getOut().println(json ? EvaluationJson.write(json(objective, path)) : path.toCsv().strip());
            return 0;
        } catch (ProgramException e) {
            return fail(e.getMessage(), e.line(), e.column(), 1);
        } catch (IllegalArgumentException | TensorException | ProgramSource.Unreadable e) {
            return fail(e.getMessage(), 0, 0, 2);
        } catch (StackOverflowError e) {
            return fail("the program is nested too deeply to evaluate", 0, 0, 1);
        }
    }

    private Settings settings() {
        Algorithm algorithm = Algorithm.parse(optimizer);
        Settings s = Settings.of(algorithm);
        if (lr != null) {
            s = s.withLr(constant("--lr", lr));
        }
        if (beta != null) {
            if (!algorithm.usesBeta()) {
                throw new IllegalArgumentException("--beta does not apply to " + algorithm.label()
                        + " (it is for momentum, nesterov, rmsprop and adam)");
            }
            s = s.withBeta(constant("--beta", beta));
        }
        return s;
    }

    /** A number, or a constant expression of the language ({@code e-1}, {@code 1/3}, {@code 2*pi}). */
    static double constant(String option, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            // not a plain number: an expression
        }
        String problem = option + " must be a number or a constant expression such as e-1, not '" + text + "'";
        if (text.contains("\n") || text.contains(";") || text.contains("#")) {
            throw new IllegalArgumentException(problem);
        }
        try {
            var value = Evaluator.evaluate("value = " + text, DType.FLOAT64).value("value");
            if (value == null || value.numel() != 1) {
                throw new IllegalArgumentException(problem);
            }
            return value.item();
        } catch (ProgramException | TensorException e) {
            throw new IllegalArgumentException(problem);
        }
    }

    private static List<String> leaves(ExprGraph graph) {
        return graph.nodes().stream().filter(GraphNode::isLeaf).map(n -> graph.labels().get(n.id())).toList();
    }

    private int fail(String message, int line, int column, int status) {
        spec.commandLine().getOut().println(EvaluationJson.write(EvaluationJson.error(message, line, column)));
        spec.commandLine().getErr().println("adjoint descend: " + message);
        return status;
    }

    private static ObjectNode json(Objective objective, Path path) {
        ObjectNode root = NODES.objectNode();
        Settings s = path.settings();
        root.put("optimizer", s.algorithm().label());
        root.put("lr", s.lr());
        if (s.algorithm().usesBeta()) {
            root.put("beta", s.beta());
        }
        ArrayNode names = root.putArray("variables");
        objective.variables().forEach(v -> names.add(v.name()));
        ArrayNode points = root.putArray("path");
        for (PathPoint p : path.points()) {
            ObjectNode point = points.addObject();
            point.put("step", p.step());
            point.set("values", byVariable(objective, p.values()));
            point.set("f", number(p.f()));
            point.set("grad", byVariable(objective, p.grad()));
        }
        if (path.stopped() != null) {
            root.put("stopped", path.stopped());
        }
        return root;
    }

    /** {"x": 1.0, "w": [1.0, 2.0]}: each variable's part of a flattened point, shaped as the variable. */
    private static ObjectNode byVariable(Objective objective, double[] flat) {
        ObjectNode out = NODES.objectNode();
        for (Objective.Variable v : objective.variables()) {
            out.set(v.name(), nest(flat, v.shape(), 0, new int[] {v.offset()}));
        }
        return out;
    }

    private static JsonNode nest(double[] flat, int[] shape, int dim, int[] at) {
        if (dim == shape.length) {
            return number(flat[at[0]++]);
        }
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < shape[dim]; i++) {
            array.add(nest(flat, shape, dim + 1, at));
        }
        return array;
    }

    /** A JSON number (−0 as 0), or "nan", "inf", "-inf" as eval prints them. */
    static JsonNode number(double v) {
        if (Double.isNaN(v)) {
            return NODES.stringNode("nan");
        }
        if (Double.isInfinite(v)) {
            return NODES.stringNode(v > 0 ? "inf" : "-inf");
        }
        return NODES.numberNode(v == 0 ? 0.0 : v);
    }
}
