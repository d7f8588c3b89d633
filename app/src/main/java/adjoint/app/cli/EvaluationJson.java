package adjoint.app.cli;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import adjoint.engine.lang.Evaluation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of an {@link Evaluation}: 0-d tensors as numbers, others as nested lists, integers as integers,
 * non-finite numbers as the strings {@code "nan"}, {@code "inf"}, {@code "-inf"}.
 */
final class EvaluationJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EvaluationJson() {
    }

    static ObjectNode of(Evaluation ev) {
        ObjectNode root = NODES.objectNode();
        root.put("output", ev.output());
        root.put("dtype", ev.dtype().label());
        ObjectNode values = root.putObject("values");
        ev.values().forEach((name, t) -> values.set(name, tensor(t)));
        ObjectNode grads = root.putObject("grads");
        ev.grads().forEach((name, g) -> grads.set(name, g == null ? NODES.nullNode() : tensor(g)));
        ObjectNode shapes = root.putObject("shapes");
        ev.values().forEach((name, t) -> {
            ArrayNode shape = shapes.putArray(name);
            for (int d : t.shape()) {
                shape.add(d);
            }
        });
        return root;
    }

    static ObjectNode error(String message, int line, int column) {
        ObjectNode root = NODES.objectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", message == null ? "unknown error" : message);
        if (line > 0) {
            error.put("line", line);
            error.put("column", column);
        }
        return root;
    }

    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    static JsonNode tensor(Tensor t) {
        DType type = t.dtype();
        if (type.isFloating()) {
            return nest(t.toDoubles(), null, t.shape(), 0, new int[1]);
        }
        return nest(null, t.toLongs(), t.shape(), 0, new int[1]);
    }

    private static JsonNode nest(double[] d, long[] l, int[] shape, int dim, int[] at) {
        if (dim == shape.length) {
            int i = at[0]++;
            return d != null ? number(d[i]) : NODES.numberNode(l[i]);
        }
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < shape[dim]; i++) {
            array.add(nest(d, l, shape, dim + 1, at));
        }
        return array;
    }

    private static JsonNode number(double v) {
        if (Double.isNaN(v)) {
            return NODES.stringNode("nan");
        }
        if (Double.isInfinite(v)) {
            return NODES.stringNode(v > 0 ? "inf" : "-inf");
        }
        return NODES.numberNode(v);
    }
}
