package adjoint.app.cli;

import adjoint.engine.TensorException;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.lang.ProgramException;
import adjoint.engine.symbolic.AnswerCheck;
import java.io.PrintWriter;
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
 * {@code adjoint check --json PROGRAM ANSWERS}: judges hand-derived adjoints ({@code grad(w3) = -4}) and local
 * partials ({@code d(w3)/d(w2) = 3*w2^2}), one a line, with {@link AnswerCheck}. Prints
 * {@code {"answers": [{"line", "target", "correct", "equivalent", "expected", "got", "hint"}, ...], "correct": N,
 * "total": M}} and exits 0 whenever it could judge; an unreadable program or answer gives
 * {@code {"error": {"message", "line", "column", "file"}}} and a non-zero status (1 bad text, 2 unreadable file).
 */
@Command(name = "check", description = "Check hand-derived adjoints and local partials against a program.")
final class CheckCommand implements Callable<Integer> {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Option(names = "--json", description = "Print the verdicts as JSON (otherwise one line per answer).")
    boolean json;

    @Option(names = "--exam-labels", description = "Call the nodes w1 ... wN in topological order, as an exam does.")
    boolean examLabels;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "The program, or - for standard input.")
    String program;

    @Parameters(index = "1", paramLabel = "ANSWERS",
            description = "One answer a line: grad(w3) = -4 or d(w3)/d(w2) = 3*w2^2; # starts a comment.")
    String answers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String file = "program";
        try {
            ExprGraph graph = ExprGraph.parse(ProgramSource.read(program));
            AnswerCheck check = examLabels ? AnswerCheck.of(graph, graph.examLabels()) : AnswerCheck.of(graph);
            file = "answers";
            List<AnswerCheck.Verdict> verdicts = check.judgeAll(ProgramSource.read(answers));
            if (json) {
                out.println(EvaluationJson.write(verdicts(verdicts)));
            } else {
                verdicts.forEach(v -> out.println(line(v)));
                out.println(verdicts.stream().filter(AnswerCheck.Verdict::correct).count() + " of " + verdicts.size() + " right");
            }
            out.flush();
            return 0;
        } catch (ProgramException e) {
            return fail(out, e.getMessage(), e.line(), e.column(), file, 1);
        } catch (TensorException | IllegalArgumentException | ProgramSource.Unreadable e) {
            return fail(out, e.getMessage(), 0, 0, file, 2);
        } catch (StackOverflowError e) {
            return fail(out, "the " + file + " is nested too deeply to read", 0, 0, file, 1);
        }
    }

    private int fail(PrintWriter out, String message, int line, int column, String file, int status) {
        ObjectNode error = EvaluationJson.error(message, line, column);
        ((ObjectNode) error.get("error")).put("file", file);
        if (json) {
            out.println(EvaluationJson.write(error));
        } else {
            String where = line > 0 ? " line " + line + (column > 0 ? ", column " + column : "") : "";
            spec.commandLine().getErr().println("adjoint check: " + file + where + ": " + message);
        }
        out.flush();
        return status;
    }

    static JsonNode verdicts(List<AnswerCheck.Verdict> verdicts) {
        ObjectNode root = NODES.objectNode();
        ArrayNode list = root.putArray("answers");
        int right = 0;
        for (AnswerCheck.Verdict v : verdicts) {
            ObjectNode o = list.addObject();
            o.put("line", v.line());
            o.put("target", v.target());
            o.put("answer", v.answer());
            o.put("correct", v.correct());
            if (v.equivalent() == null) {
                o.putNull("equivalent");
            } else {
                o.put("equivalent", v.equivalent());
            }
            o.set("expected", v.expected() == null ? NODES.nullNode() : EvaluationJson.tensor(v.expected()));
            o.set("got", v.got() == null ? NODES.nullNode() : EvaluationJson.tensor(v.got()));
            if (v.hint() == null) {
                o.putNull("hint");
            } else {
                o.put("hint", v.hint());
            }
            right += v.correct() ? 1 : 0;
        }
        root.put("correct", right);
        root.put("total", verdicts.size());
        return root;
    }

    private static String line(AnswerCheck.Verdict v) {
        return "line " + v.line() + ": " + v.target() + " = " + v.answer() + "  "
                + (v.correct() ? "right" : "wrong" + (v.hint() == null ? "" : " (" + v.hint() + ")"));
    }
}
