package adjoint.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads {@code oracle/nn.json} and {@code oracle/losses.json} and compares tensors with PyTorch's values. */
final class NnOracle {
    static final double RTOL = 1e-9;
    static final double ATOL = 1e-12;
    static final JsonNode NN = load("nn.json");

    private NnOracle() {
    }

    static JsonNode load(String file) {
        try (InputStream in = NnOracle.class.getResourceAsStream("/oracle/" + file)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The forward/backward case {@code id} of nn.json. */
    static JsonNode nnCase(String id) {
        for (JsonNode c : NN.get("cases")) {
            if (c.get("id").asString().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no nn.json case " + id);
    }

    static Tensor tensor(JsonNode t) {
        DType dtype = DType.parse(t.get("dtype").asString());
        JsonNode data = t.get("data");
        int[] shape = new int[t.get("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = t.get("shape").get(i).asInt();
        }
        if (dtype.isFloating()) {
            double[] values = new double[data.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = number(data.get(i));
            }
            return Tensor.fromDoubles(dtype, values, shape);
        }
        long[] values = new long[data.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = data.get(i).isBoolean() ? (data.get(i).asBoolean() ? 1 : 0) : data.get(i).asLong();
        }
        return Tensor.fromLongs(dtype, values, shape);
    }

    private static double number(JsonNode v) {
        if (v.isString()) {
            return switch (v.asString()) {
                case "nan" -> Double.NaN;
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                default -> throw new AssertionError("not a number: " + v);
            };
        }
        return v.asDouble();
    }

    /** A float64 leaf that requires grad, from a tensor object. */
    static Tensor leaf(JsonNode t) {
        return tensor(t).requiresGrad(true);
    }

    static void assertClose(String what, Tensor actual, JsonNode expected) {
        assertClose(what, actual, tensor(expected));
    }

    static void assertClose(String what, Tensor actual, Tensor expected) {
        assertThat(actual).as(what).isNotNull();
        assertThat(actual.shape()).as(what + " shape").isEqualTo(expected.shape());
        assertThat(actual.dtype()).as(what + " dtype").isEqualTo(expected.dtype());
        double[] a = actual.toDoubles();
        double[] e = expected.toDoubles();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            boolean same = Double.isNaN(e[i]) ? Double.isNaN(a[i])
                    : a[i] == e[i] || Math.abs(a[i] - e[i]) <= ATOL + RTOL * Math.abs(e[i]);
            if (!same) {
                wrong.add("[" + i + "] " + a[i] + " vs torch " + e[i]);
            }
        }
        assertThat(wrong).as(what).isEmpty();
    }

    /**
     * Runs {@code module} on the case's input, compares the output, back-propagates the case's upstream gradient
     * and compares the input's and every parameter's gradient; also the parameter names and the training flag.
     */
    static void checkForwardBackward(Module module, JsonNode c) {
        String id = c.get("id").asString();
        List<String> names = new ArrayList<>();
        c.get("param_names").forEach(n -> names.add(n.asString()));
        assertThat(module.namedParameters().keySet()).as(id + " parameter names").containsExactlyElementsOf(names);
        assertThat(module.isTraining()).as(id + " training").isEqualTo(c.get("training").asBoolean());
        Tensor x = tensor(c.get("input"));
        boolean inputGrad = !c.get("grad_input").isNull();
        if (inputGrad) {
            x.requiresGrad(true);
        }
        Tensor out = module.forward(x);
        assertClose(id + " output", out, c.get("output"));
        out.backward(tensor(c.get("upstream")));
        if (inputGrad) {
            assertClose(id + " grad_input", x.grad(), c.get("grad_input"));
        }
        for (String name : names) {
            assertClose(id + " grad " + name, module.namedParameters().get(name).grad(), c.get("grad_params").get(name));
        }
    }
}
