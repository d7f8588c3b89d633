package adjoint.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdjointCommandTest extends CommandLineTest {

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
