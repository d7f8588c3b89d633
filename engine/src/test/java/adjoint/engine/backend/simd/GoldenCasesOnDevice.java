package adjoint.engine.backend.simd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import adjoint.engine.DType;
import adjoint.engine.DefaultDevice;
import adjoint.engine.Device;
import adjoint.engine.Tensor;
import adjoint.engine.lang.Evaluation;
import adjoint.engine.lang.Evaluator;
import adjoint.engine.lang.ProgramException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The golden cases of {@code shared/golden/autograd-cases.json} (computed by PyTorch) evaluated with a given
 * default device, so that every value and gradient is computed by that device's backend.
 */
public final class GoldenCasesOnDevice {
    private GoldenCasesOnDevice() {
    }

    static Path casesFile() {
        List<Path> candidates = new ArrayList<>();
        String shared = System.getProperty("adjoint.shared");
        if (shared != null) {
            candidates.add(Path.of(shared).resolve("golden/autograd-cases.json"));
        }
        Path here = Path.of(System.getProperty("user.dir"));
        candidates.add(here.resolve("../../shared/golden/autograd-cases.json"));
        candidates.add(here.resolve("../shared/golden/autograd-cases.json"));
        Path found = candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
        if (found == null && System.getenv("CI") != null) {
            fail("CI must have the golden cases beside the repository (../shared/golden)");
        }
        return found;
    }

    /** One dynamic test per golden case, each evaluated on {@code device}. */
    public static Stream<DynamicTest> on(Device device) {
        Path file = casesFile();
        assumeTrue(file != null, "the golden cases are not beside the repository");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : new ObjectMapper().readTree(file).get("cases")) {
            tests.add(DynamicTest.dynamicTest(c.get("id").asString() + " on " + device, () -> {
                try (var d = DefaultDevice.use(device)) {
                    check(c, device);
                }
            }));
        }
        return tests.stream();
    }

    private static void check(JsonNode c, Device device) {
        String program = c.get("program").asString();
        DType dtype = DType.parse(c.path("dtype").asString("float64"));
        if (c.path("error").asBoolean(false)) {
            try {
                Evaluator.evaluate(program, dtype);
                fail("expected an error for " + c.get("id").asString());
            } catch (ProgramException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
            return;
        }
        Evaluation ev = Evaluator.evaluate(program, dtype);
        JsonNode expect = c.get("expect");
        double rtol = c.get("rtol").asDouble();
        double atol = c.get("atol").asDouble();
        assertThat(ev.output()).isEqualTo(expect.get("output").asString());
        for (String kind : List.of("values", "grads")) {
            for (var entry : expect.get(kind).properties()) {
                String name = entry.getKey();
                Tensor got = kind.equals("values") ? ev.value(name) : ev.grad(name);
                String where = kind + "." + name;
                if (entry.getValue().isNull()) {
                    assertThat(got).as(where + " should get no gradient").isNull();
                    continue;
                }
                assertThat(got).as(where).isNotNull();
                if (got.dim() > 0 || !got.dtype().isFloating()) {
                    assertThat(got.device().kind()).as(where + " computed on").isIn(device.kind(), "cpu");
                }
                compare(entry.getValue(), got, rtol, atol, where);
            }
        }
    }

    private static void compare(JsonNode expected, Tensor got, double rtol, double atol, String where) {
        List<JsonNode> flat = new ArrayList<>();
        List<Integer> shape = new ArrayList<>();
        flatten(expected, flat, shape, 0);
        assertThat(got.shape()).as(where + " shape").containsExactly(shape.stream().mapToInt(Integer::intValue).toArray());
        double[] values = got.toDoubles();
        for (int i = 0; i < flat.size(); i++) {
            JsonNode e = flat.get(i);
            double g = values[i];
            if (e.isString()) {
                String text = Double.isNaN(g) ? "nan" : g == Double.POSITIVE_INFINITY ? "inf" : g == Double.NEGATIVE_INFINITY ? "-inf" : "" + g;
                assertThat(text).as(where + "[" + i + "]").isEqualTo(e.asString());
            } else {
                double x = e.asDouble();
                assertThat(Math.abs(g - x)).as(where + "[" + i + "]: expected " + x + ", got " + g)
                        .isLessThanOrEqualTo(atol + rtol * Math.abs(x));
            }
        }
    }

    private static void flatten(JsonNode node, List<JsonNode> out, List<Integer> shape, int depth) {
        if (!node.isArray()) {
            out.add(node);
            return;
        }
        if (shape.size() == depth) {
            shape.add(node.size());
        }
        for (JsonNode child : node) {
            flatten(child, out, shape, depth + 1);
        }
    }
}
