package adjoint.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class DescendCommandTest extends CommandLineTest {
    private static final String Q6 = "../samples/midterm-q6.adj";

    @TempDir
    Path dir;

    private String program(String text) throws IOException {
        Path file = dir.resolve("p.adj");
        Files.writeString(file, text);
        return file.toString();
    }

    @Test
    void midtermQ6PrintsTheExamsIterates() {
        assertThat(run("descend", "--json", Q6, "--vars", "x,y", "--lr", "e-1", "--steps", "2")).isZero();

        JsonNode root = json();
        assertThat(root.get("optimizer").asString()).isEqualTo("sgd");
        assertThat(root.get("lr").asDouble()).isEqualTo(Math.E - 1);
        JsonNode path = root.get("path");
        assertThat(path.size()).isEqualTo(3);
        assertThat(path.get(0).get("step").asInt()).isZero();
        assertThat(path.get(0).get("values").get("x").asDouble()).isEqualTo(1.0);
        assertThat(path.get(0).get("f").asDouble()).isEqualTo(0.0);
        assertThat(path.get(0).get("grad").get("y").asDouble()).isEqualTo(-1.0);
        assertThat(path.get(1).get("values").get("x").asDouble()).isEqualTo(Math.E);
        assertThat(path.get(1).get("values").get("y").asDouble()).isEqualTo(Math.E);
        assertThat(path.get(2).get("values").get("x").asDouble()).isCloseTo(3 * Math.E - 2, within(1e-14));
        assertThat(root.has("stopped")).isFalse();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void everyOptimizerGivesStepsPlusOnePoints() {
        for (String name : new String[] {"sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"}) {
            out.getBuffer().setLength(0);
            assertThat(run("descend", "--json", Q6, "--vars", "x,y", "--steps", "7", "--optimizer", name)).as(name).isZero();
            assertThat(json().get("optimizer").asString()).isEqualTo(name);
            assertThat(json().get("path").size()).as(name).isEqualTo(8);
        }
    }

    @Test
    void adamMatchesTorchOptimAdam() {
        // torch.optim.Adam([x, y], lr=0.1), 25 steps on Q6 in float64 (engine/src/test/resources/optimize/paths.json)
        assertThat(run("descend", "--json", Q6, "--optimizer", "adam", "--lr", "0.1", "--steps", "25")).isZero();

        JsonNode last = json().get("path").get(25);
        assertThat(last.get("values").get("x").asDouble()).isCloseTo(3.6249964435184663, within(1e-12));
        assertThat(last.get("f").asDouble()).isCloseTo(-9.336927316803559, within(1e-12));
        assertThat(last.get("grad").get("y").asDouble()).isCloseTo(-2.2878533072078024, within(1e-12));
    }

    @Test
    void defaultsAreTorchsAndBetaIsReported() {
        assertThat(run("descend", "--json", Q6, "--optimizer", "adam")).isZero();

        assertThat(json().get("lr").asDouble()).isEqualTo(1e-3);
        assertThat(json().get("beta").asDouble()).isEqualTo(0.9);
        assertThat(json().get("path").size()).isEqualTo(11);
        assertThat(json().get("variables").toString()).isEqualTo("[\"x\",\"y\"]");
    }

    @Test
    void aNanStopsThePathWithAMessage() throws IOException {
        String file = program("x = 0.1\ny = 0.5\nf = -x*log(x) - y*log(y)\n");

        assertThat(run("descend", "--json", file, "--vars", "x,y", "--lr", "1", "--steps", "10")).isZero();

        JsonNode root = json();
        assertThat(root.get("path").size()).isEqualTo(2);
        assertThat(root.get("path").get(1).get("f").asString()).isEqualTo("nan");
        assertThat(root.get("stopped").asString()).startsWith("f became nan at step 1: log of a negative number");
    }

    @Test
    void vectorVariablesPrintAsLists() throws IOException {
        String file = program("w = [1.0, 2.0]\nf = sum(w**2)\n");

        assertThat(run("descend", "--json", file, "--vars", "w", "--lr", "0.25", "--steps", "1")).isZero();

        assertThat(json().get("path").get(1).get("values").get("w").toString()).isEqualTo("[0.5,1.0]");
    }

    @Test
    void withoutJsonItPrintsTheIterationTable() {
        assertThat(run("descend", Q6, "--vars", "x,y", "--lr", "e-1", "--steps", "1")).isZero();

        assertThat(out.toString()).startsWith("k,x,y,f,df/dx,df/dy\n0,1.0,1.0,");
    }

    @Test
    void badInputExitsNonZeroWithAMessageAndNoTrace() throws IOException {
        String[][] bad = {
            {"descend", "--json", Q6, "--vars", "z"},
            {"descend", "--json", Q6, "--vars", "f"},
            {"descend", "--json", Q6, "--optimizer", "lbfgs"},
            {"descend", "--json", Q6, "--optimizer", "sgd", "--beta", "0.9"},
            {"descend", "--json", Q6, "--lr", "fast"},
            {"descend", "--json", Q6, "--lr", "-1"},
            {"descend", "--json", Q6, "--steps", "-3"},
            {"descend", "--json", Q6, "--steps", "many"},
            {"descend", "--json", dir.resolve("missing.adj").toString()},
            {"descend", "--json", program("x = 1.0\nf = x *")},
            {"descend", "--json", program("x = 1.0\nf = x * tensor([1.0, 2.0])")},
        };
        for (String[] args : bad) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertThat(run(args)).as(String.join(" ", args)).isNotZero();
            assertThat(err.toString()).as(String.join(" ", args)).isNotBlank().doesNotContain("\tat ").doesNotContain("Exception");
        }
    }

    @Test
    void aBadVariableNamesTheProgramsVariables() {
        assertThat(run("descend", "--json", Q6, "--vars", "z")).isNotZero();

        assertThat(json().get("error").get("message").asString()).isEqualTo("no variable 'z'; the program's variables are x, y");
    }
}
