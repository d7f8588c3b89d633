package adjoint.app.cli;

import adjoint.engine.DType;
import adjoint.engine.TensorException;
import adjoint.engine.lang.Evaluation;
import adjoint.engine.lang.Evaluator;
import adjoint.engine.lang.ProgramException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ObjectNode;

/** {@code adjoint eval --json [--dtype float32|float64] FILE}: evaluates a program; see shared/golden/README.md. */
@Command(name = "eval", description = "Evaluate a program and print every named node's value and gradient.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print the result as JSON (the only format so far).")
    boolean json;

    @Option(names = "--dtype", defaultValue = "float32", description = "Default floating dtype: float32 or float64.")
    String dtype;

    @Parameters(paramLabel = "FILE", description = "The program, or - for standard input.")
    String file;

    @Override
    public Integer call() {
        ObjectNode result;
        int status = 0;
        try {
            DType type = DType.parse(dtype);
            if (!type.isFloating()) {
                throw new TensorException("--dtype must be float32 or float64, not " + dtype);
            }
            Evaluation evaluation = Evaluator.evaluate(ProgramSource.read(file), type);
            result = EvaluationJson.of(evaluation);
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
        System.out.println(EvaluationJson.write(result));
        return status;
    }
}
