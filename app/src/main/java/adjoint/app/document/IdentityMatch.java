package adjoint.app.document;

import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives the nodes of a freshly parsed graph the ids of the nodes they are in the old graph, so positions and
 * selection survive an edit of the program text. A new node is the old node with one of its names, or else the
 * old node computing the same operation from the same (already matched) inputs. Unmatched nodes keep their
 * parsed ids where the old graph does not use them, else get fresh ones. An unnamed node that the printed
 * program had to name by its label ({@code w2 = sin(x)}) stays unnamed, so a program shown and entered again
 * gives the same graph.
 */
final class IdentityMatch {
    /** Attributes the editor keeps on nodes that the parser never makes; a matched node keeps them. */
    private static final Set<String> EDITOR_ATTRS = Set.of(ExpandLayer.ATTR);

    private IdentityMatch() {
    }

    static ExprGraph rename(ExprGraph old, ExprGraph parsed) {
        Map<String, String> byName = new HashMap<>();
        old.nodes().forEach(n -> n.names().forEach(name -> byName.put(name, n.id())));
        Map<List<Object>, String> byStructure = new HashMap<>();
        Set<String> used = new HashSet<>();
        Map<String, String> ids = new HashMap<>();
        int next = Math.max(number(old.nextId()), number(parsed.nextId()));

        for (GraphNode n : parsed.nodes()) {
            String match = null;
            for (String name : n.names().reversed()) {
                String candidate = byName.get(name);
                if (candidate != null && !used.contains(candidate)) {
                    match = candidate;
                    break;
                }
            }
            if (match == null) {
                match = structureMatch(old, n, ids, used, byStructure);
            }
            if (match == null && !old.contains(n.id()) && !used.contains(n.id())) {
                match = n.id();
            }
            while (match == null || used.contains(match)) {
                match = "n" + next++;
            }
            used.add(match);
            ids.put(n.id(), match);
        }
        Map<String, String> oldLabels = old.labels();
        List<GraphNode> nodes = new ArrayList<>();
        for (GraphNode n : parsed.nodes()) {
            String id = ids.get(n.id());
            GraphNode renamed = withIds(n, id, ids);
            if (old.contains(id) && old.node(id).names().isEmpty() && n.names().equals(List.of(oldLabels.get(id)))) {
                renamed = renamed.withNames(List.of());
            }
            if (old.contains(id)) {
                for (Map.Entry<String, Object> a : old.node(id).attrs().entrySet()) {
                    if (EDITOR_ATTRS.contains(a.getKey()) && !renamed.attrs().containsKey(a.getKey())) {
                        renamed = renamed.withAttr(a.getKey(), a.getValue());
                    }
                }
            }
            nodes.add(renamed);
        }
        return ExprGraph.of(nodes, parsed.output() == null ? null : ids.get(parsed.output()));
    }

    private static String structureMatch(ExprGraph old, GraphNode n, Map<String, String> ids, Set<String> used,
                                         Map<List<Object>, String> cache) {
        if (cache.isEmpty()) {
            for (GraphNode o : old.nodes()) {
                cache.putIfAbsent(key(o, Map.of()), o.id());
            }
        }
        String found = cache.get(key(n, ids));
        return found != null && !used.contains(found) ? found : null;
    }

    /** What a node computes, with its inputs' ids mapped: equal keys compute the same thing. */
    private static List<Object> key(GraphNode n, Map<String, String> ids) {
        Map<String, Object> attrs = new LinkedHashMap<>(n.attrs());
        attrs.keySet().removeAll(EDITOR_ATTRS);
        return List.of(n.op(), n.form(), withIds(n, n.id(), ids).inputs(), withIds(n, n.id(), ids).kwargs(), attrs);
    }

    private static GraphNode withIds(GraphNode n, String id, Map<String, String> ids) {
        List<Operand> inputs = n.inputs().stream().map(o -> map(o, ids)).toList();
        Map<String, Operand> kw = new LinkedHashMap<>();
        n.kwargs().forEach((k, o) -> kw.put(k, map(o, ids)));
        return new GraphNode(id, n.names(), n.op(), n.form(), inputs, kw, n.attrs());
    }

    private static Operand map(Operand o, Map<String, String> ids) {
        return switch (o) {
            case Operand.Ref r -> Operand.ref(ids.getOrDefault(r.id(), r.id()));
            case Operand.Group g -> new Operand.Group(g.items().stream().map(i -> map(i, ids)).toList());
            case Operand.Const c -> c;
        };
    }

    private static int number(String id) {
        return Integer.parseInt(id.substring(1));
    }
}
