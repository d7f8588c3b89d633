package adjoint.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class CheckCommandTest extends CommandLineTest {
    static final String MIDTERM = "x = 1.5\nw1 = x\nw2 = sin(w1)\nw3 = w2 ** 3\nw4 = 4 * w3\nw5 = log(w2)\nw6 = w2 - w4 + w5\n";

    @TempDir
    Path dir;

    private String file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    @Test
    void checkJudgesEveryAnswerAndExitsZeroWhateverTheVerdicts() throws IOException {
        String answers = file("answers.txt", """
                # midterm Q8 (c)
                grad(w6) = 1
                grad(w3) = -4

                grad(w2) = grad(w3)*d(w3)/d(w2) + grad(w6)*d(w6)/d(w2)
                grad(w2) = -9.94
                grad(w1) = cos(w1) - 12*sin(w1)**2*cos(w1) + 1/sin(w1)*cos(w1)
                d(w3)/d(w2) = 6*w2^2
                """);
        int status = run("check", "--json", file("q8.txt", MIDTERM), answers);

        assertThat(status).isZero();
        JsonNode root = json();
        assertThat(root.get("total").asInt()).isEqualTo(6);
        assertThat(root.get("correct").asInt()).isEqualTo(4);
        JsonNode first = root.get("answers").get(0);
        assertThat(first.get("line").asInt()).isEqualTo(2);
        assertThat(first.get("target").asString()).isEqualTo("grad(w6)");
        assertThat(first.get("correct").asBoolean()).isTrue();
        assertThat(first.get("equivalent").isNull()).isTrue();
        assertThat(first.get("expected").asDouble()).isEqualTo(1.0);
        assertThat(first.get("got").asDouble()).isEqualTo(1.0);
        assertThat(first.get("hint").isNull()).isTrue();

        JsonNode missing = root.get("answers").get(2);
        assertThat(missing.get("line").asInt()).isEqualTo(5);
        assertThat(missing.get("correct").asBoolean()).isFalse();
        assertThat(missing.get("equivalent").asBoolean()).isFalse();
        assertThat(missing.get("hint").asString()).isEqualTo("w2 has three children; your sum has two terms");

        assertThat(root.get("answers").get(3).get("correct").asBoolean()).isTrue();
        assertThat(root.get("answers").get(4).get("equivalent").asBoolean()).isTrue();
        assertThat(root.get("answers").get(5).get("hint").asString())
                .isEqualTo("your value is off by a factor of 2 — check the power rule");
    }

    @Test
    void aGraphDocumentTheAppSavedIsJudgedLikeItsProgram() throws IOException {
        int status = run("check", "--json", "../samples/midterm-q8.adjoint",
                file("a.txt", "grad(w1) = -0.70295\ngrad(w2) = 1 - 12*w2**2\n"));

        assertThat(status).isZero();
        assertThat(json().get("answers").get(0).get("correct").asBoolean()).isTrue();
        assertThat(json().get("answers").get(1).get("correct").asBoolean()).isFalse();
    }

    @Test
    void anUnknownNodeIsAVerdictNotAnError() throws IOException {
        assertThat(run("check", "--json", file("q8.txt", MIDTERM), file("a.txt", "grad(w7) = 2\n"))).isZero();
        JsonNode answer = json().get("answers").get(0);
        assertThat(answer.get("correct").asBoolean()).isFalse();
        assertThat(answer.get("expected").isNull()).isTrue();
        assertThat(answer.get("hint").asString()).isEqualTo("no node named w7 (nodes are w1 … w6)");
    }

    @Test
    void anUnreadableAnswerExitsNonZeroWithItsLineAndColumn() throws IOException {
        int status = run("check", "--json", file("q8.txt", MIDTERM), file("a.txt", "grad(w3) = -4\ngrad(w2) = 1 +* w2\n"));

        assertThat(status).isEqualTo(1);
        JsonNode error = json().get("error");
        assertThat(error.get("message").asString()).isNotBlank();
        assertThat(error.get("line").asInt()).isEqualTo(2);
        assertThat(error.get("column").asInt()).isEqualTo(15);
        assertThat(error.get("file").asString()).isEqualTo("answers");
    }

    @Test
    void aLineThatIsNoAnswerIsAnError() throws IOException {
        assertThat(run("check", "--json", file("q8.txt", MIDTERM), file("a.txt", "w3 bar is -4\n"))).isEqualTo(1);
        assertThat(json().get("error").get("message").asString()).contains("grad(w3) = -4");
    }

    @Test
    void aBadProgramIsAnErrorAboutTheProgram() throws IOException {
        assertThat(run("check", "--json", file("p.txt", "x = 1.5\ny = sin(x\n"), file("a.txt", "grad(x) = 1\n"))).isEqualTo(1);
        JsonNode error = json().get("error");
        assertThat(error.get("file").asString()).isEqualTo("program");
        assertThat(error.get("line").asInt()).isPositive();
    }

    @Test
    void aMissingFileExitsTwo() throws IOException {
        assertThat(run("check", "--json", dir.resolve("none.txt").toString(), file("a.txt", "grad(x) = 1\n"))).isEqualTo(2);
        assertThat(json().get("error").get("message").asString()).contains("no such file");
    }

    @Test
    void withoutJsonEachVerdictIsALine() throws IOException {
        assertThat(run("check", file("q8.txt", MIDTERM), file("a.txt", "grad(w3) = -4\ngrad(w4) = 1\n"))).isZero();
        assertThat(out.toString()).contains("line 1: grad(w3) = -4  right", "line 2: grad(w4) = 1  wrong (check the sign)",
                "1 of 2 right");
    }

    @Test
    void examLabelsNameTheNodesAsTheExamDoes() throws IOException {
        String program = file("f.txt", "x = 1.5\nf = sin(x) - 4*sin(x)**3 + log(sin(x))\n");
        assertThat(run("check", "--json", "--exam-labels", program, file("a.txt", "grad(w2) = 1 - 12*w2**2 + 1/w2\n")))
                .isZero();
        assertThat(json().get("correct").asInt()).isEqualTo(1);
    }

    @Test
    void helpListsTheCheckCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("check");
    }
}
