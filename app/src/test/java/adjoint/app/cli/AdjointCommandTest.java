package adjoint.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AdjointCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = AdjointCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void versionPrintsTheReleaseVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString().strip()).isEqualTo("adjoint 0.1.0");
    }

    @Test
    void helpListsTheEvalCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("eval");
    }

    @Test
    void unknownCommandExitsNonZeroWithAMessageAndNoStackTrace() {
        int status = run("frobnicate");

        assertThat(status).isNotZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("'frobnicate'").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unknownOptionExitsNonZeroWithAMessage() {
        assertThat(run("--frobnicate")).isNotZero();
        assertThat(err.toString()).contains("--frobnicate").doesNotContain("\tat ");
    }
}
