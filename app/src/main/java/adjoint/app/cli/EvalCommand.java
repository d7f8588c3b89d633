package adjoint.app.cli;

import adjoint.engine.DType;
import adjoint.engine.TensorException;
import adjoint.engine.lang.Evaluation;
import adjoint.engine.lang.Evaluator;
import adjoint.engine.lang.ProgramException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code adjoint eval --json [--dtype float32|float64] [--symbolic] FILE}: evaluates a program; see
 * shared/golden/README.md. {@code --symbolic} adds every edge's local partial and every named node's adjoint as
 * formulas ({@code "partials"}, {@code "adjoints"}; see {@link EvaluationJson#addSymbolic}).
 */
@Command(name = "eval", description = "Evaluate a program and print every named node's value and gradient.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print the result as JSON (the only format so far).")
    boolean json;

    @Option(names = "--dtype", defaultValue = "float32", description = "Default floating dtype: float32 or float64.")
    String dtype;

    @Option(names = "--symbolic", description = "Add each edge's local partial and each named node's adjoint as formulas.")
    boolean symbolic;

    @Parameters(paramLabel = "FILE", description = "The program, or - for standard input.")
    String file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ObjectNode result;
        int status = 0;
        try {
            DType type = DType.parse(dtype);
            if (!type.isFloating()) {
                throw new TensorException("--dtype must be float32 or float64, not " + dtype);
            }
            String source = ProgramSource.read(file);
            Evaluation evaluation = Evaluator.evaluate(source, type);
            result = EvaluationJson.of(evaluation);
            if (symbolic) {
                EvaluationJson.addSymbolic(result, source, type);
            }
        } catch (ProgramException e) {
            result = EvaluationJson.error(e.getMessage(), e.line(), e.column());
            status = 1;
        } catch (TensorException | ProgramSource.Unreadable e) {
            result = EvaluationJson.error(e.getMessage(), 0, 0);
            status = 2;
        } catch (StackOverflowError e) {
            result = EvaluationJson.error("the program is nested too deeply to evaluate", 0, 0);
            status = 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(EvaluationJson.write(result));
        out.flush();
        return status;
    }
}
