package adjoint.engine.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Every program of {@code shared/golden/autograd-cases.json} parses, checks and prints back to itself. */
class GoldenProgramsTest {

    private static final String CASES = "golden/autograd-cases.json";

    /** The golden file: {@code -Dadjoint.shared}, else {@code ../../shared} or {@code ../shared} from here. */
    private static Path casesFile() {
        List<Path> candidates = new ArrayList<>();
        String shared = System.getProperty("adjoint.shared");
        if (shared != null) {
            candidates.add(Path.of(shared).resolve(CASES));
        }
        Path here = Path.of(System.getProperty("user.dir"));
        candidates.add(here.resolve("../../shared").resolve(CASES));
        candidates.add(here.resolve("../shared").resolve(CASES));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }

    private static Stream<Arguments> cases(boolean errors) {
        Path file = casesFile();
        if (file == null) {
            return Stream.of(Arguments.of("golden file not found", null));
        }
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode node : new ObjectMapper().readTree(file).get("cases")) {
            if (node.path("error").asBoolean(false) == errors) {
                cases.add(Arguments.of(node.get("id").asString(), node.get("program").asString()));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> programs() {
        return cases(false);
    }

    static Stream<Arguments> errorPrograms() {
        return cases(true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void everyGoldenProgramParsesAndItsNamesResolve(String id, String program) {
        assumeTrue(program != null, "the golden cases are not beside the repository");
        Program parsed = Parser.parse(program).check();
        assertThat(parsed.assignments()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void everyGoldenProgramPrintsBackToTheSameTree(String id, String program) {
        assumeTrue(program != null, "the golden cases are not beside the repository");
        Program parsed = Parser.parse(program);
        String printed = ProgramPrinter.print(parsed);
        Program reparsed = Parser.parse(printed);
        assertThat(WithoutPositions.program(reparsed)).isEqualTo(WithoutPositions.program(parsed));
        assertThat(ProgramPrinter.print(reparsed)).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorPrograms")
    void everyGoldenErrorProgramThatIsNotAboutShapesIsRejectedBeforeEvaluation(String id, String program) {
        assumeTrue(program != null, "the golden cases are not beside the repository");
        assumeTrue(!id.contains("shape"), "shape errors are found by the evaluator");
        assertThatThrownBy(() -> Parser.parse(program).check()).isInstanceOf(ProgramException.class);
    }

    @Test
    void theGoldenErrorsReadClearly() {
        Map<String, String> expected = Map.of(
                "x = 1.0\nf = (x + 2\n", "line 2, column 11: expected ')' to close '(' opened at line 2, column 5",
                "x = 1.0\nf = sinn(x)\n", "line 2, column 5: no function 'sinn' (did you mean 'sin'?)",
                "f = x * 2\n", "line 1, column 5: name 'x' is not defined",
                "\n", "line 1, column 1: nothing to evaluate: the program has no assignments");
        expected.forEach((program, message) -> assertThatThrownBy(() -> Parser.parse(program).check())
                .isInstanceOfSatisfying(ProgramException.class, e -> assertThat(e.describe()).isEqualTo(message)));
    }

    @Test
    void theShapeErrorProgramIsValidSyntax() {
        assertThat(Parser.parse("A = [[1.0, 2.0], [3.0, 4.0]]\nB = [[1.0, 2.0, 3.0]]\nC = A @ B\n").check()
                .output().name()).isEqualTo("C");
    }
}
