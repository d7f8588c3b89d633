package adjoint.app.cli;

import adjoint.engine.optimize.LabeledPoint;
import adjoint.engine.optimize.LinearModel;
import adjoint.engine.optimize.PointSet;
import adjoint.engine.optimize.PointsCsv;
import adjoint.engine.optimize.SvmDual;
import adjoint.engine.optimize.SvmLoss;
import adjoint.engine.optimize.SvmSolution;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
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
 * {@code adjoint svm --json POINTS.csv [--C C] [--loss hinge|squared-hinge]}: the exact linear soft-margin SVM of
 * the points (CSV columns x1,x2,label with labels ±1), from the dual. Numbers are rounded to 12 significant digits
 * of the solution's scale, so an exact answer prints exactly ({@code -1.0}, not {@code -0.9999999999999716}).
 */
@Command(name = "svm", description = "Fit the exact linear soft-margin SVM of labelled points from a CSV file.")
final class SvmCommand implements Callable<Integer> {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the solution as JSON (without it: a short summary).")
    boolean json;

    @Option(names = "--C", defaultValue = "1", paramLabel = "C",
            description = "Penalty weight C > 0; inf gives the hard margin (default ${DEFAULT-VALUE}).")
    String c;

    @Option(names = "--loss", defaultValue = "hinge", paramLabel = "LOSS",
            description = "hinge or squared-hinge (the exam's form) (default ${DEFAULT-VALUE}).")
    String loss;

    @Parameters(paramLabel = "POINTS.csv", description = "Columns x1,x2,label with labels +1/-1, or - for standard input.")
    String file;

    @Override
    public Integer call() {
        try {
            double weight = penalty(c);
            SvmLoss kind = SvmLoss.parse(loss);
            PointSet points = PointsCsv.read(ProgramSource.read(file));
            SvmSolution s = SvmDual.solve(points, weight, kind);
            ObjectNode out = json(points, s);
            spec.commandLine().getOut().println(json ? EvaluationJson.write(out) : summary(out));
            return 0;
        } catch (PointsCsv.Malformed e) {
            return fail(e.getMessage(), e.line(), 1);
        } catch (IllegalArgumentException | ProgramSource.Unreadable e) {
            return fail(e.getMessage(), 0, 2);
        }
    }

    private static double penalty(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        double v = t.equals("inf") || t.equals("infinity") ? Double.POSITIVE_INFINITY : DescendCommand.constant("--C", text);
        if (!(v > 0)) {
            throw new IllegalArgumentException("--C must be a number > 0 (or inf for a hard margin), not " + text);
        }
        return v;
    }

    private int fail(String message, int line, int status) {
        ObjectNode root = NODES.objectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        if (line > 0) {
            error.put("line", line);
        }
        spec.commandLine().getOut().println(EvaluationJson.write(root));
        spec.commandLine().getErr().println("adjoint svm: " + message);
        return status;
    }

    private static ObjectNode json(PointSet points, SvmSolution s) {
        LinearModel exact = s.model();
        double scale = Math.max(1, Math.max(Math.abs(exact.b()), exact.norm()));
        LinearModel m = new LinearModel(round(exact.w1(), scale), round(exact.w2(), scale), round(exact.b(), scale));
        ObjectNode root = NODES.objectNode();
        root.putArray("w").add(number(m.w1())).add(number(m.w2()));
        root.set("b", number(m.b()));
        root.set("margin", number(m.margin()));
        ArrayNode support = root.putArray("support_vectors");
        for (int i : s.supportVectors()) {
            LabeledPoint p = points.get(i);
            support.addArray().add(p.x1()).add(p.x2());
        }
        root.set("objective", number(m.svmObjective(points, s.c(), s.loss())));
        root.put("accuracy", s.accuracy());
        root.set("C", number(s.c()));
        root.put("loss", s.loss().label());
        root.put("points", points.size());
        return root;
    }

    private static JsonNode number(double v) {
        return DescendCommand.number(v);
    }

    /** {@code v} to 12 significant digits of {@code scale} (so 1e-14 noise on a unit-size answer becomes 0). */
    private static double round(double v, double scale) {
        double quantum = Math.pow(10, Math.floor(Math.log10(scale)) - 11);
        return new BigDecimal(Math.rint(v / quantum)).multiply(new BigDecimal(Double.toString(quantum)))
                .round(MathContext.DECIMAL64).doubleValue();
    }

    private static String summary(JsonNode s) {
        StringBuilder out = new StringBuilder();
        out.append("w = ").append(s.get("w")).append(", b = ").append(s.get("b")).append('\n');
        out.append("margin 2/|w| = ").append(s.get("margin")).append('\n');
        out.append("support vectors: ").append(s.get("support_vectors")).append('\n');
        out.append("objective = ").append(s.get("objective")).append(", accuracy = ").append(s.get("accuracy"));
        return out.toString();
    }
}
