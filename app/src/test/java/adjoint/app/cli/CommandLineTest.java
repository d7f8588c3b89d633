package adjoint.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Runs the command line in-process, keeping what it printed on standard output and standard error. */
abstract class CommandLineTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        var commandLine = AdjointCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** Standard output read as JSON. */
    JsonNode json() {
        return new ObjectMapper().readTree(out.toString());
    }
}
