package adjoint.app.document;

import adjoint.engine.DType;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.Form;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.IndexSpec;
import adjoint.engine.graph.Operand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of documents, version 1:
 * <pre>{@code
 * {"format": "adjoint", "version": 1,
 *  "graph": {"output": "n6",
 *            "nodes": [{"id": "n1", "names": ["x", "w1"], "op": "leaf", "form": "leaf", "attrs": {"value": 1.5}},
 *                      {"id": "n4", "op": "mul", "form": "operator", "inputs": [{"const": 4}, {"ref": "n3"}]}, ...]},
 *  "positions": {"n1": {"x": 0.0, "y": 120.0}, ...},
 *  "view": {"zoom": 1.0, "panX": 0.0, "panY": 0.0, "showValues": true, "showGrads": true, "dtype": "float64",
 *           "output": null, "examLabels": false}}
 * }</pre>
 * An operand is {@code {"ref": id}}, {@code {"const": value}}, {@code {"dtype": "float32"}},
 * {@code {"group": [operands]}} or {@code {"unconnected": true}}. Integers stay integers and floats floats
 * ({@code 1} and {@code 1.0} differ: {@code tensor(1)} is an integer tensor); a non-finite float is
 * {@code {"float": "nan"}}. Index items are {@code {"at": 0}}, {@code {"slice": [start, stop, step]}},
 * {@code {"newaxis": true}}.
 */
final class DocumentJson {
    static final String FORMAT = "adjoint";
    static final int VERSION = 1;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DocumentJson() {
    }

    static ObjectNode write(Document d) {
        ObjectNode root = JSON.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode graph = root.putObject("graph");
        graph.put("output", d.graph().output());
        graph.set("nodes", nodes(d.graph().nodes()));
        root.set("positions", positions(d.positions()));
        ViewSettings v = d.view();
        ObjectNode view = root.putObject("view");
        view.put("zoom", v.zoom());
        view.put("panX", v.panX());
        view.put("panY", v.panY());
        view.put("showValues", v.showValues());
        view.put("showGrads", v.showGrads());
        view.put("dtype", v.dtype().label());
        view.put("output", v.output());
        view.put("examLabels", v.examLabels());
        return root;
    }

    /** Reads a document; {@code what} names it in messages (a file name). */
    static Document read(JsonNode root, String what) throws DocumentException {
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").stringValue(null))) {
            throw new DocumentException(what + " is not an Adjoint document");
        }
        JsonNode version = root.path("version");
        if (!version.isIntegralNumber()) {
            throw new DocumentException(what + " is damaged: it has no format version");
        }
        if (version.asLong() > VERSION) {
            throw new DocumentException(what + " was saved by a newer Adjoint (format version " + version.asLong()
                    + "); this version reads version " + VERSION + " and older, so it is left unchanged");
        }
        try {
            JsonNode graph = required(root, "graph");
            List<GraphNode> nodes = readNodes(required(graph, "nodes"));
            String output = graph.path("output").stringValue(null);
            ExprGraph g = ExprGraph.of(nodes, output);
            Map<String, Point> positions = readPositions(root.path("positions"));
            positions.keySet().retainAll(nodes.stream().map(GraphNode::id).toList());
            return new Document(g, positions, readView(root.path("view"), g));
        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
            throw new DocumentException(what + " is damaged: " + e.getMessage(), e);
        }
    }

    static ArrayNode nodes(List<GraphNode> nodes) {
        ArrayNode out = JSON.arrayNode();
        for (GraphNode n : nodes) {
            ObjectNode o = out.addObject();
            o.put("id", n.id());
            if (!n.names().isEmpty()) {
                ArrayNode names = o.putArray("names");
                n.names().forEach(names::add);
            }
            o.put("op", n.op());
            o.put("form", n.form().name().toLowerCase(Locale.ROOT));
            if (!n.inputs().isEmpty()) {
                ArrayNode inputs = o.putArray("inputs");
                n.inputs().forEach(i -> inputs.add(operand(i)));
            }
            if (!n.kwargs().isEmpty()) {
                ObjectNode kw = o.putObject("kwargs");
                n.kwargs().forEach((k, v) -> kw.set(k, operand(v)));
            }
            if (!n.attrs().isEmpty()) {
                ObjectNode attrs = o.putObject("attrs");
                n.attrs().forEach((k, v) -> attrs.set(k, k.equals("index") ? index(v) : value(v)));
            }
        }
        return out;
    }

    static List<GraphNode> readNodes(JsonNode array) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("'nodes' is not a list");
        }
        List<GraphNode> nodes = new ArrayList<>();
        for (JsonNode o : array) {
            List<String> names = new ArrayList<>();
            o.path("names").forEach(n -> names.add(n.stringValue()));
            List<Operand> inputs = new ArrayList<>();
            o.path("inputs").forEach(i -> inputs.add(readOperand(i)));
            Map<String, Operand> kw = new LinkedHashMap<>();
            o.path("kwargs").forEachEntry((k, v) -> kw.put(k, readOperand(v)));
            Map<String, Object> attrs = new LinkedHashMap<>();
            o.path("attrs").forEachEntry((k, v) -> attrs.put(k, readAttr(k, v)));
            Form form = Form.valueOf(text(o, "form").toUpperCase(Locale.ROOT));
            nodes.add(new GraphNode(text(o, "id"), names, text(o, "op"), form, inputs, kw, attrs));
        }
        return nodes;
    }

    static ObjectNode positions(Map<String, Point> positions) {
        ObjectNode out = JSON.objectNode();
        positions.forEach((id, p) -> {
            ObjectNode at = out.putObject(id);
            at.put("x", p.x());
            at.put("y", p.y());
        });
        return out;
    }

    static Map<String, Point> readPositions(JsonNode o) {
        Map<String, Point> out = new LinkedHashMap<>();
        o.forEachEntry((id, p) -> {
            if (p.path("x").isNumber() && p.path("y").isNumber()) {
                out.put(id, new Point(p.path("x").asDouble(), p.path("y").asDouble()));
            }
        });
        return out;
    }

    private static ViewSettings readView(JsonNode v, ExprGraph g) {
        ViewSettings d = ViewSettings.DEFAULT;
        if (!v.isObject()) {
            return d;
        }
        String output = v.path("output").stringValue(null);
        return new ViewSettings(v.path("zoom").asDouble(d.zoom()), v.path("panX").asDouble(d.panX()),
                v.path("panY").asDouble(d.panY()), v.path("showValues").asBoolean(d.showValues()),
                v.path("showGrads").asBoolean(d.showGrads()),
                v.has("dtype") ? DType.parse(v.path("dtype").asString()) : d.dtype(),
                output != null && g.contains(output) ? output : null, v.path("examLabels").asBoolean(d.examLabels()));
    }

    private static JsonNode operand(Operand o) {
        ObjectNode out = JSON.objectNode();
        switch (o) {
            case Operand.Ref r -> out.put("ref", r.id());
            case Operand.Group g -> {
                ArrayNode items = out.putArray("group");
                g.items().forEach(i -> items.add(operand(i)));
            }
            case Operand.Const c when o.isUnconnected() -> out.put("unconnected", true);
            case Operand.Const c when c.value() instanceof DType t -> out.put("dtype", t.label());
            case Operand.Const c -> out.set("const", value(c.value()));
        }
        return out;
    }

    private static Operand readOperand(JsonNode o) {
        if (o.has("ref")) {
            return Operand.ref(text(o, "ref"));
        }
        if (o.has("group")) {
            List<Operand> items = new ArrayList<>();
            o.get("group").forEach(i -> items.add(readOperand(i)));
            return new Operand.Group(items);
        }
        if (o.has("unconnected")) {
            return Operand.unconnected();
        }
        if (o.has("dtype")) {
            return Operand.constant(DType.parse(text(o, "dtype")));
        }
        if (o.has("const")) {
            return Operand.constant(readValue(o.get("const")));
        }
        throw new IllegalArgumentException("an input is neither a node, a constant nor a list: " + o);
    }

    /** A constant: number, boolean, string, null, list or map of them. */
    private static JsonNode value(Object v) {
        return switch (v) {
            case null -> JSON.nullNode();
            case Long l -> JSON.numberNode(l);
            case Integer i -> JSON.numberNode(i);
            case Double d when !Double.isFinite(d) -> JSON.objectNode().put("float", d.isNaN() ? "nan" : d > 0 ? "inf" : "-inf");
            case Double d -> JSON.numberNode(d);
            case Boolean b -> JSON.booleanNode(b);
            case String s -> JSON.stringNode(s);
            case DType t -> JSON.objectNode().put("dtype", t.label());
            case List<?> list -> {
                ArrayNode a = JSON.arrayNode();
                list.forEach(x -> a.add(value(x)));
                yield a;
            }
            case Map<?, ?> map -> {
                ObjectNode o = JSON.objectNode();
                map.forEach((k, x) -> o.set(String.valueOf(k), value(x)));
                yield o;
            }
            default -> throw new IllegalArgumentException("cannot save the constant " + v);
        };
    }

    private static Object readValue(JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isString()) {
            return v.stringValue();
        }
        if (v.isArray()) {
            List<Object> list = new ArrayList<>();
            v.forEach(x -> list.add(readValue(x)));
            return java.util.Collections.unmodifiableList(list);
        }
        if (v.has("float")) {
            return switch (text(v, "float")) {
                case "nan" -> Double.NaN;
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                default -> throw new IllegalArgumentException("not a float: " + v);
            };
        }
        if (v.has("dtype") && v.size() == 1) {
            return DType.parse(text(v, "dtype"));
        }
        Map<String, Object> map = new LinkedHashMap<>();
        v.forEachEntry((k, x) -> map.put(k, readValue(x)));
        return java.util.Collections.unmodifiableMap(map);
    }

    private static Object readAttr(String key, JsonNode v) {
        return switch (key) {
            case "signs" -> {
                List<Integer> signs = new ArrayList<>();
                v.forEach(s -> signs.add(s.asInt()));
                yield List.copyOf(signs);
            }
            case "index" -> {
                List<IndexSpec> items = new ArrayList<>();
                v.forEach(s -> items.add(readIndex(s)));
                yield List.copyOf(items);
            }
            default -> readValue(v);
        };
    }

    private static JsonNode index(Object v) {
        ArrayNode a = JSON.arrayNode();
        for (Object o : (List<?>) v) {
            switch ((IndexSpec) o) {
                case IndexSpec.At at -> a.addObject().put("at", at.index());
                case IndexSpec.NewAxis x -> a.addObject().put("newaxis", true);
                case IndexSpec.Range r -> {
                    ArrayNode s = a.addObject().putArray("slice");
                    for (Long b : java.util.Arrays.asList(r.start(), r.stop(), r.step())) {
                        if (b == null) {
                            s.addNull();
                        } else {
                            s.add(b);
                        }
                    }
                }
            }
        }
        return a;
    }

    private static IndexSpec readIndex(JsonNode s) {
        if (s.has("at")) {
            return new IndexSpec.At(s.get("at").asLong());
        }
        if (s.has("newaxis")) {
            return new IndexSpec.NewAxis();
        }
        JsonNode r = required(s, "slice");
        return new IndexSpec.Range(bound(r.get(0)), bound(r.get(1)), bound(r.get(2)));
    }

    private static Long bound(JsonNode b) {
        return b == null || b.isNull() ? null : b.asLong();
    }

    private static JsonNode required(JsonNode o, String key) {
        JsonNode v = o.get(key);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return v;
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = required(o, key);
        if (!v.isString()) {
            throw new IllegalArgumentException("'" + key + "' is not text");
        }
        return v.stringValue();
    }
}
