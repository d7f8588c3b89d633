package adjoint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import adjoint.engine.backend.Backends;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The PyTorch oracle files under {@code src/test/resources/oracle}: loading them, turning their tensor objects
 * ({@code {"dtype", "shape", "data"}}) into tensors, and comparing our tensors with them.
 */
final class Oracle {
    /** float64 tolerances: the oracle's numbers are torch's float64 results. */
    static final double RTOL = 1e-9;
    static final double ATOL = 1e-12;
    /** float32 is computed in double and rounded once here, in float32 steps by torch: a few ulps apart. */
    private static final double RTOL_FLOAT32 = 1e-6;
    private static final double ATOL_FLOAT32 = 1e-7;

    private Oracle() {
    }

    /** One device per backend this machine has (a device that falls back to another's backend is left out). */
    static List<Device> devices() {
        Map<String, Device> byBackend = new LinkedHashMap<>();
        for (String kind : Backends.kinds()) {
            Device device = Device.parse(kind);
            byBackend.putIfAbsent(device.backend().name(), device);
        }
        return List.copyOf(byBackend.values());
    }

    /** Runs {@code check} with new tensors on {@code device} and PyTorch's default dtype, float32. */
    static void on(Device device, Runnable check) {
        try (var d = DefaultDevice.use(device); var t = DefaultDType.use(DType.FLOAT32)) {
            check.run();
        }
    }

    static JsonNode load(String name) {
        try (InputStream in = Oracle.class.getResourceAsStream("/oracle/" + name)) {
            if (in == null) {
                throw new IllegalStateException("oracle file missing: " + name);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    static DType dtype(JsonNode t) {
        return DType.parse(t.get("dtype").asString());
    }

    /** The tensor a tensor object describes (no gradient requested). */
    static Tensor tensor(JsonNode t) {
        DType dtype = dtype(t);
        int[] shape = ints(t.get("shape"));
        JsonNode data = t.get("data");
        if (dtype.isFloating()) {
            double[] values = new double[data.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = number(data.get(i));
            }
            return Tensor.fromDoubles(dtype, values, shape);
        }
        long[] values = new long[data.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = dtype == DType.BOOL ? (data.get(i).asBoolean() ? 1 : 0) : data.get(i).asLong();
        }
        return Tensor.fromLongs(dtype, values, shape);
    }

    /** A JSON number, or one of the strings {@code "nan"}, {@code "inf"}, {@code "-inf"}. */
    static double number(JsonNode v) {
        if (v.isString()) {
            return switch (v.asString()) {
                case "nan" -> Double.NaN;
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                default -> throw new IllegalArgumentException("not a number: " + v);
            };
        }
        return v.asDouble();
    }

    /** Asserts dtype, shape and values: float64 to 1e-9 relative + 1e-12 absolute, integers and bools exactly. */
    static void assertMatches(Tensor actual, JsonNode expected, String what) {
        assertThat(actual).as(what + " (null)").isNotNull();
        assertThat(actual.dtype()).as(what + " dtype").isEqualTo(dtype(expected));
        assertThat(actual.shape()).as(what + " shape").containsExactly(ints(expected.get("shape")));
        Tensor want = tensor(expected);
        if (!actual.dtype().isFloating()) {
            assertThat(actual.toLongs()).as(what + " values").containsExactly(want.toLongs());
            return;
        }
        boolean single = actual.dtype() == DType.FLOAT32;
        assertClose(actual.toDoubles(), want.toDoubles(), single ? RTOL_FLOAT32 : RTOL, single ? ATOL_FLOAT32 : ATOL, what);
    }

    static void assertClose(double[] actual, double[] expected, double rtol, double atol, String what) {
        assertThat(actual).as(what + " length").hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            double a = actual[i];
            double e = expected[i];
            boolean same = Double.isNaN(e) ? Double.isNaN(a)
                    : Double.isInfinite(e) ? a == e
                    : Math.abs(a - e) <= atol + rtol * Math.abs(e);
            if (!same) {
                fail("%s: element %d is %s, PyTorch has %s%n  ours:    %s%n  PyTorch: %s", what, i, a, e,
                        java.util.Arrays.toString(actual), java.util.Arrays.toString(expected));
            }
        }
    }

    /**
     * PyTorch's message, or for a long one (several sentences) its first clause: our message must equal it, or
     * start with that clause when PyTorch's goes on with hints we do not give.
     */
    static void assertSameMessage(Throwable thrown, String torchMessage, String what) {
        assertThat(thrown).as(what + ": expected PyTorch's error " + torchMessage).isInstanceOf(TensorException.class);
        String ours = thrown.getMessage();
        if (ours.equals(torchMessage)) {
            return;
        }
        String clause = firstClause(torchMessage);
        assertThat(ours).as(what + " message").startsWith(clause);
    }

    /** The text up to the first sentence end ({@code ". "}), or all of it. */
    static String firstClause(String message) {
        int end = message.indexOf(". ");
        return end < 0 ? message : message.substring(0, end + 1);
    }
}
