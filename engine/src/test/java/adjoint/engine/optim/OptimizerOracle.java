package adjoint.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Replays the trajectories of {@code oracle/optimizers.json}: injected gradients, 5 steps, params and state. */
final class OptimizerOracle {
    static final double RTOL = 1e-9;
    static final double ATOL = 1e-12;
    private static final JsonNode ROOT = load();

    private OptimizerOracle() {
    }

    private static JsonNode load() {
        try (InputStream in = OptimizerOracle.class.getResourceAsStream("/oracle/optimizers.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cases recorded for torch class {@code optimizer}. */
    static Stream<Arguments> cases(String optimizer) {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : ROOT.get("cases")) {
            if (c.get("optimizer").asString().equals(optimizer)) {
                out.add(Arguments.of(c.get("id").asString(), c));
            }
        }
        assertThat(out).isNotEmpty();
        return out.stream();
    }

    static Tensor tensor(JsonNode t) {
        JsonNode data = t.get("data");
        double[] values = new double[data.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = data.get(i).asDouble();
        }
        int[] shape = new int[t.get("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = t.get("shape").get(i).asInt();
        }
        assertThat(t.get("dtype").asString()).isEqualTo("float64");
        return Tensor.fromDoubles(DType.FLOAT64, values, shape);
    }

    static void assertClose(String what, Tensor actual, JsonNode expected) {
        Tensor e = tensor(expected);
        assertThat(actual.shape()).as(what + " shape").isEqualTo(e.shape());
        assertThat(actual.dtype()).as(what + " dtype").isEqualTo(DType.FLOAT64);
        double[] a = actual.toDoubles();
        double[] x = e.toDoubles();
        for (int i = 0; i < a.length; i++) {
            assertThat(Math.abs(a[i] - x[i])).as("%s[%d]: %s vs torch %s", what, i, a[i], x[i])
                    .isLessThanOrEqualTo(ATOL + RTOL * Math.abs(x[i]));
        }
    }

    /**
     * Builds the optimizer for {@code c} over fresh float64 leaves, steps it {@code n_steps} times with the recorded
     * gradients, and compares every parameter and every state entry after every step.
     */
    static <O extends Optimizer> void replay(JsonNode c, Function<List<Tensor>, O> make,
                                             BiFunction<O, Tensor, Map<String, Tensor>> state) {
        List<Tensor> params = new ArrayList<>();
        for (JsonNode p : c.get("params_init")) {
            params.add(tensor(p).requiresGrad(true));
        }
        O opt = make.apply(params);
        int steps = ROOT.get("n_steps").asInt();
        for (int k = 0; k < steps; k++) {
            opt.zeroGrad();
            for (int i = 0; i < params.size(); i++) {
                params.get(i).setGrad(tensor(c.get("grads").get(k).get(i)));
            }
            opt.step();
            for (int i = 0; i < params.size(); i++) {
                String where = c.get("id").asString() + " step " + (k + 1) + " param " + i;
                assertClose(where, params.get(i), c.get("params_after_step").get(k).get(i));
                assertState(where, state.apply(opt, params.get(i)), c.get("state_after_step").get(k).get(i));
            }
        }
    }

    private static void assertState(String where, Map<String, Tensor> actual, JsonNode expected) {
        Set<String> keys = new TreeSet<>();
        expected.propertyNames().forEach(name -> {
            if (!expected.get(name).isNull()) {
                keys.add(name);
            }
        });
        assertThat(new TreeSet<>(actual.keySet())).as(where + " state keys").isEqualTo(keys);
        for (String key : keys) {
            if (key.equals("step")) {
                assertThat(actual.get(key).item()).as(where + " step").isEqualTo(expected.get(key).asDouble());
            } else {
                assertClose(where + " " + key, actual.get(key), expected.get(key));
            }
        }
    }

    static double number(JsonNode kwargs, String name, double fallback) {
        return kwargs.has(name) ? kwargs.get(name).asDouble() : fallback;
    }

    static boolean flag(JsonNode kwargs, String name) {
        return kwargs.has(name) && kwargs.get(name).asBoolean();
    }
}
