package adjoint.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class SvmCommandTest extends CommandLineTest {
    private static final String Q4 = "../samples/midterm-q4.csv";
    private static final String Q5 = "../samples/midterm-q5.csv";

    @TempDir
    Path dir;

    private String csv(String text) throws IOException {
        Path file = dir.resolve("points.csv");
        Files.writeString(file, text);
        return file.toString();
    }

    @Test
    void midtermQ4IsYEqualsXWithMarginRootTwoAndSixSupportVectors() {
        assertThat(run("svm", "--json", Q4)).isZero();

        JsonNode root = json();
        assertThat(root.get("w").toString()).isEqualTo("[-1.0,1.0]");
        assertThat(root.get("b").asDouble()).isEqualTo(0.0);
        assertThat(root.get("margin").asDouble()).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(root.get("support_vectors").toString())
                .isEqualTo("[[2.0,3.0],[3.0,4.0],[6.0,7.0],[3.0,2.0],[4.0,3.0],[8.0,7.0]]");
        assertThat(root.get("objective").asDouble()).isEqualTo(1.0);
        assertThat(root.get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(root.get("loss").asString()).isEqualTo("hinge");
    }

    @Test
    void theHardMarginAndALargeCAgree() {
        assertThat(run("svm", "--json", Q4, "--C", "inf")).isZero();
        assertThat(json().get("w").toString()).isEqualTo("[-1.0,1.0]");
        assertThat(json().get("C").asString()).isEqualTo("inf");
    }

    @Test
    void midtermQ5GivesTheExamsLine() {
        assertThat(run("svm", "--json", Q5)).isZero();

        assertThat(json().get("w").toString()).isEqualTo("[-1.0,1.0]");
        assertThat(json().get("b").asDouble()).isEqualTo(1.0);
        assertThat(json().get("accuracy").asDouble()).isEqualTo(1.0);
    }

    @Test
    void theSquaredHingeShrinksW() {
        assertThat(run("svm", "--json", Q4, "--loss", "squared-hinge", "--C", "1")).isZero();

        JsonNode root = json();
        assertThat(root.get("loss").asString()).isEqualTo("squared-hinge");
        assertThat(root.get("margin").asDouble()).isGreaterThan(Math.sqrt(2));
        assertThat(root.get("objective").asDouble()).isLessThan(1);
    }

    @Test
    void withoutJsonItPrintsASummary() {
        assertThat(run("svm", Q4)).isZero();

        assertThat(out.toString()).startsWith("w = [-1.0,1.0], b = 0.0\nmargin 2/|w| = 1.41421356237309");
    }

    @Test
    void badCsvNamesTheLine() throws IOException {
        assertThat(run("svm", "--json", csv("x1,x2,label\n1,2,1\n3,4,2\n"))).isNotZero();

        assertThat(json().get("error").get("message").asString()).isEqualTo("line 3: the label must be +1 or -1, not 2");
        assertThat(json().get("error").get("line").asInt()).isEqualTo(3);
        assertThat(err.toString()).contains("line 3").doesNotContain("\tat ");
    }

    @Test
    void badInputExitsNonZeroWithAMessageAndNoTrace() throws IOException {
        String[][] bad = {
            {"svm", "--json", Q4, "--C", "0"},
            {"svm", "--json", Q4, "--C", "-2"},
            {"svm", "--json", Q4, "--C", "lots"},
            {"svm", "--json", Q4, "--loss", "log"},
            {"svm", "--json", dir.resolve("missing.csv").toString()},
            {"svm", "--json", csv("x1,x2,label\n1,2,1\n3,4,1\n")},
            {"svm", "--json", csv("x1,x2,label\n0,0,1\n1,1,-1\n1,0,1\n0,1,-1\n")},
            {"svm", "--json", csv("")},
        };
        for (int i = 0; i < bad.length; i++) {
            String[] args = bad[i];
            if (i == 6) {
                args = new String[] {"svm", "--json", args[2], "--C", "inf"};
            }
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertThat(run(args)).as(String.join(" ", args)).isNotZero();
            assertThat(err.toString()).as(String.join(" ", args)).isNotBlank().doesNotContain("\tat ").doesNotContain("Exception");
        }
    }
}
