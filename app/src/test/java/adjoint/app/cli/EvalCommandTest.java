package adjoint.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class EvalCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();

    private JsonNode eval(String program, String... options) throws IOException {
        Path p = dir.resolve("p.txt");
        Files.writeString(p, program);
        List<String> args = new ArrayList<>(List.of("eval", "--json"));
        args.addAll(List.of(options));
        args.add(p.toString());
        CommandLine commandLine = AdjointCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(commandLine.execute(args.toArray(String[]::new))).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void withoutSymbolicTheOutputHasOnlyValuesAndGradients() throws IOException {
        JsonNode root = eval(CheckCommandTest.MIDTERM);
        assertThat(root.has("partials")).isFalse();
        assertThat(root.has("adjoints")).isFalse();
        assertThat(root.get("grads").get("w2").asDouble()).isCloseTo(-9.93744, within(1e-4));
    }

    @Test
    void symbolicAddsEveryEdgesLocalPartial() throws IOException {
        JsonNode partials = eval(CheckCommandTest.MIDTERM, "--dtype", "float64", "--symbolic").get("partials");
        assertThat(partials).hasSize(7);
        JsonNode p = null;
        for (JsonNode e : partials) {
            if (e.get("of").asString().equals("w3")) {
                p = e;
            }
        }
        assertThat(p.get("wrt").asString()).isEqualTo("w2");
        assertThat(p.get("formula").asString()).isEqualTo("3*w2**2");
        assertThat(p.get("value").asDouble()).isCloseTo(2.98499, within(1e-5));
        assertThat(p.get("latex").asString()).isEqualTo("3 w_{2}^{2}");
        assertThat(p.get("vjp").asString()).isEqualTo("3*grad(w3)*w2**2");
    }

    @Test
    void symbolicAddsEveryNamedNodesAdjointWithTheEnginesValue() throws IOException {
        JsonNode root = eval(CheckCommandTest.MIDTERM, "--dtype", "float64", "--symbolic");
        JsonNode adjoints = root.get("adjoints");
        assertThat(adjoints.get("w2").get("formula").asString()).isEqualTo("1 - 12*w2**2 + 1/w2");
        assertThat(adjoints.get("w2").get("latex").asString()).isEqualTo("1 - 12 w_{2}^{2} + \\frac{1}{w_{2}}");
        assertThat(adjoints.get("w2").get("chain").asString())
                .isEqualTo("grad(w3)*d(w3)/d(w2) + grad(w5)*d(w5)/d(w2) + grad(w6)*d(w6)/d(w2)");
        assertThat(adjoints.get("w1").get("formula").asString()).isEqualTo("cos(w1)*(1 - 12*w2**2 + 1/w2)");
        assertThat(adjoints.get("x").get("formula").asString()).isEqualTo("cos(w1)*(1 - 12*w2**2 + 1/w2)");
        for (var entry : adjoints.properties()) {
            assertThat(entry.getValue().get("value").asDouble()).as(entry.getKey())
                    .isCloseTo(root.get("grads").get(entry.getKey()).asDouble(), within(1e-12));
        }
    }

    @Test
    void symbolicFormulasUseTheProgramsNames() throws IOException {
        JsonNode adjoints = eval("x = 1.5\nf = sin(x)**2\n", "--symbolic").get("adjoints");
        assertThat(adjoints.get("x").get("formula").asString()).isEqualTo("2*cos(x)*sin(x)");
        assertThat(adjoints.has("w2")).isFalse();
    }

    @Test
    void tensorOperationsGiveTheirVectorJacobianProduct() throws IOException {
        JsonNode root = eval("X = [[1.0, 2.0], [3.0, 4.0]]\nw = [0.5, -1.0]\ny = X @ w\nf = sum(y)\n", "--symbolic");
        JsonNode edge = null;
        for (JsonNode e : root.get("partials")) {
            if (e.get("of").asString().equals("y") && e.get("wrt").asString().equals("w")) {
                edge = e;
            }
        }
        assertThat(edge.get("formula").isNull()).isTrue();
        assertThat(edge.get("vjp").asString()).isEqualTo("X.T @ grad(y)");
        assertThat(root.get("adjoints").get("w").get("value").get(0).asDouble()).isEqualTo(4.0);
    }

    @Test
    void aProgramThatIsNoGraphStillPrintsItsValuesWithASymbolicError() throws IOException {
        JsonNode root = eval("d = arange(10.0).view(2, 5)\ne = d[0:2, 1:3]\nf = e.add_(1)\nh = sum(f)\n", "--symbolic");
        assertThat(root.get("values").get("h").asDouble()).isEqualTo(20.0);
        assertThat(root.get("symbolic_error").asString()).contains("in-place");
        assertThat(root.has("partials")).isFalse();
    }

    @Test
    void aFormulaTooLongToShowIsNullWithTheReasonAndTheEnginesValue() throws IOException {
        StringBuilder program = new StringBuilder("x = 0.5\nw1 = x\nw2 = sin(w1)\n");
        for (int k = 3; k <= 50; k++) {
            program.append("w").append(k).append(" = sin(w").append(k - 1).append(" + w").append(k - 2).append(")\n");
        }
        JsonNode root = eval(program.toString(), "--dtype", "float64", "--symbolic");
        JsonNode w2 = root.get("adjoints").get("w2");
        assertThat(w2.get("formula").isNull()).isTrue();
        assertThat(w2.get("reason").asString()).startsWith("too long to show: about ");
        assertThat(w2.get("chain").asString()).contains("/d(w2) + grad(");
        assertThat(w2.get("value").asDouble()).isEqualTo(root.get("grads").get("w2").asDouble());
        assertThat(w2.has("error")).isFalse();
        assertThat(root.get("adjoints").get("w50").get("formula").asString()).isEqualTo("1");
        assertThat(root.get("adjoints").get("w50").has("reason")).isFalse();
    }

    @Test
    void midtermQ3sTransposeOfAVectorIsTheVector() throws IOException {
        JsonNode x = eval("x = [1.0, -2.0, 0.5]\nf = x.T @ x\n", "--symbolic").get("adjoints").get("x");
        assertThat(x.get("formula").asString()).isEqualTo("2*x");
        assertThat(x.get("value").get(1).asDouble()).isEqualTo(-4.0);
    }
}
