package adjoint.engine.optimize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The torch.optim paths of {@code optimize/paths.json} (made by {@code gen_paths.py} beside it). */
final class PathOracle {
    private static final JsonNode ROOT = load();

    private PathOracle() {
    }

    private static JsonNode load() {
        try (InputStream in = PathOracle.class.getResourceAsStream("/optimize/paths.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        ROOT.get("cases").forEach(c -> out.add(Arguments.of(c.get("id").asString(), c)));
        return out.stream();
    }

    static JsonNode byId(String id) {
        for (JsonNode c : ROOT.get("cases")) {
            if (c.get("id").asString().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** A recorded number: JSON numbers, or the strings nan, inf, -inf. */
    static double number(JsonNode n) {
        if (n.isString()) {
            return switch (n.asString()) {
                case "nan" -> Double.NaN;
                case "inf" -> Double.POSITIVE_INFINITY;
                default -> Double.NEGATIVE_INFINITY;
            };
        }
        return n.asDouble();
    }

    static double[] numbers(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(array.get(i));
        }
        return out;
    }
}
