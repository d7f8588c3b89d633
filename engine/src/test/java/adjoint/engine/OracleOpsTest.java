package adjoint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import adjoint.engine.nn.Functional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every case of {@code oracle/ops.json}: the op run through our API gives PyTorch's value, dtype, shape and input
 * gradients (after {@code backward(upstream)}), view strides where PyTorch recorded them, and PyTorch's error.
 */
class OracleOpsTest {
    /** Cases with no counterpart in our API, with the reason. */
    private static final Map<String, String> SKIPPED = Map.of();

    @TestFactory
    Stream<DynamicTest> everyOpMatchesPyTorchOnEveryBackend() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Device device : Oracle.devices()) {
            for (JsonNode c : Oracle.load("ops.json").get("cases")) {
                String id = device + ": " + c.get("id").asString();
                if (!SKIPPED.containsKey(c.get("id").asString())) {
                    tests.add(DynamicTest.dynamicTest(id + ": " + c.get("code").asString(),
                            () -> named(id, () -> Oracle.on(device, () -> check(c)))));
                }
            }
        }
        return tests.stream();
    }

    /** Runs a check, naming the case in its failure (the test report numbers dynamic tests). */
    static void named(String id, Runnable check) {
        try {
            check.run();
        } catch (AssertionError e) {
            AssertionError named = new AssertionError(id + ": " + e.getMessage());
            named.setStackTrace(e.getStackTrace());
            throw named;
        }
    }

    private static void check(JsonNode c) {
        Map<String, Tensor> in = inputs(c.get("inputs"));
        JsonNode args = c.get("args");
        String op = c.get("op").asString();
        if (c.has("error")) {
            Throwable thrown = catchThrowable(() -> run(op, in, args));
            Oracle.assertSameMessage(thrown, c.get("error").asString(), c.get("code").asString());
            return;
        }
        Tensor out = run(op, in, args);
        Oracle.assertMatches(out, c.get("expect"), "value");
        if (c.has("expect_extra")) {
            Tensor x = in.get("x");
            int dim = args.get("dim").asInt();
            boolean keepdim = args.get("keepdim").asBoolean();
            Tensor indices = op.equals("min") ? x.argmin(dim, keepdim) : x.argmax(dim, keepdim);
            Oracle.assertMatches(indices, c.get("expect_extra").get("indices"), "indices");
        }
        if (c.has("probes")) {
            checkProbes(out, c.get("probes"));
        }
        JsonNode upstream = c.get("upstream");
        if (upstream == null || upstream.isNull()) {
            assertThat(out.requiresGrad()).as("requires_grad of the result").isFalse();
            return;
        }
        out.backward(Oracle.tensor(upstream));
        for (var e : c.get("grads").properties()) {
            if (e.getValue().isNull()) {
                assertThat(in.get(e.getKey()).grad()).as("grad of " + e.getKey()).isNull();
            } else {
                Oracle.assertMatches(in.get(e.getKey()).grad(), e.getValue(), "grad of " + e.getKey());
            }
        }
    }

    private static Map<String, Tensor> inputs(JsonNode inputs) {
        Map<String, Tensor> in = new LinkedHashMap<>();
        for (var e : inputs.properties()) {
            Tensor t = Oracle.tensor(e.getValue());
            in.put(e.getKey(), t.dtype().isFloating() ? t.requiresGrad(true) : t);
        }
        return in;
    }

    private static void checkProbes(Tensor out, JsonNode probes) {
        assertThat(out.base() != null).as("is a view").isEqualTo(probes.get("is_view").asBoolean());
        assertThat(out.isContiguous()).as("is contiguous").isEqualTo(probes.get("is_contiguous").asBoolean());
        assertThat(out.strides()).as("strides").containsExactly(Oracle.ints(probes.get("stride")));
        assertThat(out.storageOffset()).as("storage offset").isEqualTo(probes.get("storage_offset").asInt());
    }

    /** The case's op through our API: {@code torch.X(x, ...)} as {@code x.X(...)} or {@code Functional.X}. */
    private static Tensor run(String op, Map<String, Tensor> in, JsonNode args) {
        Tensor x = in.get("x");
        Tensor a = in.get("a");
        Tensor b = in.get("b");
        return switch (op) {
            case "argmax" -> args.get("dim").isNull() ? x.argmax() : x.argmax(dim(args), keepdim(args));
            case "argmin" -> x.argmin(dim(args), keepdim(args));
            case "where" -> Tensor.where(in.get("cond"), a, b);
            case "gt" -> b != null ? a.gt(b) : a.gt(args.get("other").asDouble());
            case "lt" -> b != null ? a.lt(b) : a.lt(args.get("other").asDouble());
            case "ge" -> b != null ? a.ge(b) : a.ge(args.get("other").asDouble());
            case "le" -> b != null ? a.le(b) : a.le(args.get("other").asDouble());
            case "eq" -> b != null ? a.eq(b) : a.eq(args.get("other").asDouble());
            case "ne" -> b != null ? a.ne(b) : a.ne(args.get("other").asDouble());
            case "cat" -> Tensor.cat(List.copyOf(in.values()), dim(args));
            case "stack" -> Tensor.stack(List.copyOf(in.values()), dim(args));
            case "var" -> x.var(dims(args), args.get("correction").asInt(), keepdim(args));
            case "log1p" -> x.log1p();
            case "exp2" -> x.exp2();
            case "tan" -> x.tan();
            case "sqrt" -> x.sqrt();
            case "relu" -> x.relu();
            case "abs" -> x.abs();
            case "sigmoid" -> x.sigmoid();
            case "tanh" -> x.tanh();
            case "log" -> x.log();
            case "exp" -> x.exp();
            case "leaky_relu" -> Functional.leakyRelu(x, args.get("negative_slope").asDouble());
            case "gelu" -> Functional.gelu(x, args.get("approximate").asString().equals("tanh"));
            case "softplus" -> Functional.softplus(x, args.get("beta").asDouble(), args.get("threshold").asDouble());
            case "dropout" -> Functional.dropout(x, args.get("p").asDouble(), args.get("training").asBoolean(),
                    new Generator(0));
            case "clamp" -> x.clamp(optional(args.get("min")), optional(args.get("max")));
            case "maximum" -> a.maximum(b);
            case "minimum" -> a.minimum(b);
            case "max" -> args.get("dim").isNull() ? x.max() : x.max(dim(args), keepdim(args));
            case "min" -> x.min(dim(args), keepdim(args));
            case "amax" -> x.amax(dims(args), keepdim(args));
            case "amin" -> x.amin(dims(args), keepdim(args));
            case "softmax" -> Functional.softmax(x, dim(args));
            case "log_softmax" -> Functional.logSoftmax(x, dim(args));
            case "sum" -> x.sum(dims(args), keepdim(args));
            case "mean" -> x.mean(dims(args), keepdim(args));
            case "norm" -> args.get("p").isString() ? x.norm() : x.norm(args.get("p").asDouble(), dims(args), false);
            case "pow" -> pow(in, args);
            case "transpose" -> x.transpose(args.get("dim0").asInt(), args.get("dim1").asInt());
            case "permute" -> x.permute(Oracle.ints(args.get("dims")));
            case "expand" -> x.expand(Oracle.ints(args.get("size")));
            case "slice" -> slice(x, args);
            case "select+slice" -> x.select(0, args.get("index").asLong()).slice(0, bound(args.get("slice").get(0)),
                    bound(args.get("slice").get(1)), args.get("slice").get(2).asLong());
            case "unsqueeze" -> x.unsqueeze(dim(args));
            case "squeeze" -> args.get("dim").isNull() ? x.squeeze() : x.squeeze(dim(args));
            case "view" -> pre(x, args).view(Oracle.ints(args.get("size")));
            case "reshape" -> pre(x, args).reshape(Oracle.ints(args.get("size")));
            case "matmul" -> a.matmul(b);
            case "embedding" -> Functional.embedding(in.get("idx"), in.get("weight"));
            case "gather" -> x.gather(dim(args), in.get("idx"));
            case "div" -> a.div(b);
            case "add" -> a.add(b);
            case "mul" -> a.mul(b);
            case "sub" -> a.sub(b.mul(args.get("alpha").asLong()));
            default -> throw new AssertionError("no mapping for op " + op + "; add one or list it in SKIPPED");
        };
    }

    private static Tensor pow(Map<String, Tensor> in, JsonNode args) {
        if (args.has("self")) {
            return Tensor.number(args.get("self").asDouble()).pow(in.get("e"));
        }
        if (args.has("exponent")) {
            JsonNode e = args.get("exponent");
            return e.isIntegralNumber() ? in.get("x").pow(e.asLong()) : in.get("x").pow(e.asDouble());
        }
        return in.get("x").pow(in.get("e"));
    }

    /** {@code x[::-1]}, {@code x[::2]} or {@code x[a:b:c, d:e:f]}. */
    private static Tensor slice(Tensor x, JsonNode args) {
        if (!args.has("slices")) {
            return x.slice(dim(args), bound(args.get("start")), bound(args.get("end")), args.get("step").asLong());
        }
        Tensor out = x;
        int d = 0;
        for (JsonNode s : args.get("slices")) {
            out = out.slice(d++, bound(s.get(0)), bound(s.get(1)), s.get(2).asLong());
        }
        return out;
    }

    private static Tensor pre(Tensor x, JsonNode args) {
        return args.has("pre") ? x.t() : x;
    }

    private static Long bound(JsonNode v) {
        return v == null || v.isNull() ? null : v.asLong();
    }

    private static Double optional(JsonNode v) {
        return v == null || v.isNull() ? null : v.asDouble();
    }

    private static int dim(JsonNode args) {
        return args.get("dim").asInt();
    }

    /** {@code dim} as a list of dimensions: null (all) for None, one for an int, several for a tuple. */
    private static int[] dims(JsonNode args) {
        JsonNode d = args.get("dim");
        if (d == null || d.isNull()) {
            return null;
        }
        return d.isArray() ? Oracle.ints(d) : new int[] {d.asInt()};
    }

    private static boolean keepdim(JsonNode args) {
        return args.has("keepdim") && args.get("keepdim").asBoolean();
    }
}
