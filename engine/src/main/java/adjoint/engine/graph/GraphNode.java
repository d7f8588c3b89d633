package adjoint.engine.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A node of an {@link ExprGraph}: an operation (or a leaf) with ordered inputs and keyword inputs. Its {@code id}
 * never changes across edits, so a view can follow "the node w2" through them; {@code names} are the names the
 * program gave it, in order ({@code x = 1.5; w1 = x} gives the leaf the names x and w1).
 *
 * @param id     stable identity, e.g. {@code n3}
 * @param names  names given by assignments, possibly empty
 * @param op     the operation: a function or method name of the language ({@code sin}, {@code sum}, {@code view}),
 *               {@code add} (a signed sum, see {@link #signs()}), {@code sub mul div pow matmul neg}, {@code T},
 *               {@code index}, or {@code leaf}
 * @param form   how the operation is written
 * @param inputs positional inputs
 * @param kwargs keyword inputs, in written order
 * @param attrs  constant attributes: {@code value} of a leaf (a number or nested list), {@code signs} of an
 *               {@code add} (a list of +1/-1 per input), {@code index} of an index node (a list of {@link IndexSpec})
 */
public record GraphNode(String id, List<String> names, String op, Form form, List<Operand> inputs,
                        Map<String, Operand> kwargs, Map<String, Object> attrs) {
    public GraphNode {
        Objects.requireNonNull(id, "id");
        names = List.copyOf(names);
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(form, "form");
        inputs = List.copyOf(inputs);
        kwargs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kwargs));
        attrs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attrs));
    }

    /** A leaf variable holding {@code value} (a number or nested list of numbers). */
    public static GraphNode leaf(String id, String name, Object value) {
        return new GraphNode(id, name == null ? List.of() : List.of(name), "leaf", Form.LEAF, List.of(), Map.of(),
                Map.of("value", value));
    }

    public boolean isLeaf() {
        return form == Form.LEAF;
    }

    /** The last name given to the node, or null. */
    public String name() {
        return names.isEmpty() ? null : names.getLast();
    }

    /** The signs of a signed sum ({@code add}); +1 for every input otherwise. */
    @SuppressWarnings("unchecked")
    public List<Integer> signs() {
        Object s = attrs.get("signs");
        return s == null ? java.util.Collections.nCopies(inputs.size(), 1) : (List<Integer>) s;
    }

    /** Ids of the nodes this node reads, in order, each once. */
    public List<String> inputIds() {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        inputs.forEach(o -> collect(o, ids));
        kwargs.values().forEach(o -> collect(o, ids));
        return List.copyOf(ids);
    }

    private static void collect(Operand o, java.util.Set<String> ids) {
        switch (o) {
            case Operand.Ref r -> ids.add(r.id());
            case Operand.Group g -> g.items().forEach(i -> collect(i, ids));
            case Operand.Const c -> { }
        }
    }

    public GraphNode withNames(List<String> newNames) {
        return new GraphNode(id, newNames, op, form, inputs, kwargs, attrs);
    }

    public GraphNode withInputs(List<Operand> newInputs) {
        return new GraphNode(id, names, op, form, newInputs, kwargs, attrs);
    }

    public GraphNode withAttr(String key, Object value) {
        Map<String, Object> a = new LinkedHashMap<>(attrs);
        a.put(key, value);
        return new GraphNode(id, names, op, form, inputs, kwargs, a);
    }
}
