package adjoint.engine.graph;

import adjoint.engine.lang.Parser;
import adjoint.engine.lang.Program;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable DAG of named operations, the one structure every view of Adjoint shares: the parser builds it
 * (sharing repeated subexpressions), the editor's commands make new versions of it, the evaluator, the symbolic
 * differentiator and the program printer read it. Nodes are kept in topological order.
 *
 * <pre>{@code
 * ExprGraph g = ExprGraph.parse("f = sin(x) - 4*sin(x)**3 + log(sin(x))"); // needs x defined first:
 * ExprGraph g = ExprGraph.parse("x = 1.5\nf = sin(x) - 4*sin(x)**3 + log(sin(x))");
 * g.nodes().size();   // 6: x, sin, pow, mul, log and the signed sum
 * g.examLabels();     // {n1=w1, n2=w2, ..., n6=w6}
 * }</pre>
 */
public final class ExprGraph {
    private final List<GraphNode> nodes;
    private final Map<String, GraphNode> byId;
    private final String output;

    private ExprGraph(List<GraphNode> nodes, String output) {
        this.byId = new LinkedHashMap<>();
        for (GraphNode n : nodes) {
            if (byId.put(n.id(), n) != null) {
                throw new IllegalArgumentException("two nodes have the id " + n.id());
            }
        }
        this.nodes = topological(nodes, byId);
        if (output != null && !byId.containsKey(output)) {
            throw new IllegalArgumentException("the output " + output + " is not a node");
        }
        this.output = output != null ? output : nodes.isEmpty() ? null : this.nodes.getLast().id();
    }

    /** A graph of these nodes (in any order; they are sorted) with this output node (null: the last one). */
    public static ExprGraph of(List<GraphNode> nodes, String output) {
        return new ExprGraph(nodes, output);
    }

    public static ExprGraph empty() {
        return new ExprGraph(List.of(), null);
    }

    /** Parses and builds a program's graph; throws {@code ProgramException} with line and column on bad input. */
    public static ExprGraph parse(String source) {
        return fromProgram(Parser.parse(source));
    }

    public static ExprGraph fromProgram(Program program) {
        return GraphBuilder.build(program);
    }

    /** The program this graph stands for: named nodes as statements, unnamed ones written inline. */
    public String toProgram() {
        return GraphPrinter.print(this);
    }

    /** One node's operation written over its inputs' labels, e.g. {@code w2 - w4 + w5}. */
    public String formula(String id, Map<String, String> labels) {
        return GraphPrinter.formula(this, id, labels);
    }

    public List<GraphNode> nodes() {
        return nodes;
    }

    public GraphNode node(String id) {
        GraphNode n = byId.get(id);
        if (n == null) {
            throw new IllegalArgumentException("no node " + id);
        }
        return n;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The id of the output node, or null for an empty graph. */
    public String output() {
        return output;
    }

    public ExprGraph withOutput(String id) {
        return new ExprGraph(nodes, id);
    }

    /** Adds a node, or replaces the node with the same id. */
    public ExprGraph withNode(GraphNode node) {
        List<GraphNode> list = new ArrayList<>(nodes);
        int at = indexOf(node.id());
        if (at >= 0) {
            list.set(at, node);
        } else {
            list.add(node);
        }
        return new ExprGraph(list, output);
    }

    /** Removes a node that no other node reads. */
    public ExprGraph without(String id) {
        if (!consumers(id).isEmpty()) {
            throw new IllegalArgumentException(labels().get(id) + " is used by " + consumers(id).size() + " node(s)");
        }
        List<GraphNode> list = new ArrayList<>(nodes);
        list.remove(node(id));
        return new ExprGraph(list, id.equals(output) ? null : output);
    }

    /** Ids of the nodes that read {@code id}, in topological order. */
    public List<String> consumers(String id) {
        return nodes.stream().filter(n -> n.inputIds().contains(id)).map(GraphNode::id).toList();
    }

    /** Whether making {@code reader} read {@code source} would close a cycle. */
    public boolean wouldCycle(String source, String reader) {
        return source.equals(reader) || dependsOn(source, reader);
    }

    /** Whether {@code id} reads {@code ancestor}, directly or through other nodes. */
    public boolean dependsOn(String id, String ancestor) {
        Set<String> seen = new HashSet<>();
        List<String> stack = new ArrayList<>(List.of(id));
        while (!stack.isEmpty()) {
            String cur = stack.removeLast();
            for (String in : node(cur).inputIds()) {
                if (in.equals(ancestor)) {
                    return true;
                }
                if (seen.add(in)) {
                    stack.add(in);
                }
            }
        }
        return false;
    }

    /** A fresh node id. */
    public String nextId() {
        int max = 0;
        for (GraphNode n : nodes) {
            if (n.id().matches("n\\d+")) {
                max = Math.max(max, Integer.parseInt(n.id().substring(1)));
            }
        }
        return "n" + (max + 1);
    }

    /** Each node's label: its (last) name, or {@code wK} with K its position in topological order if unnamed. */
    public Map<String, String> labels() {
        Set<String> taken = new HashSet<>();
        nodes.forEach(n -> {
            if (n.name() != null) {
                taken.add(n.name());
            }
        });
        Map<String, String> out = new LinkedHashMap<>();
        int k = 0;
        for (GraphNode n : nodes) {
            k++;
            if (n.name() != null) {
                out.put(n.id(), n.name());
                continue;
            }
            int j = k;
            while (taken.contains("w" + j)) {
                j++;
            }
            taken.add("w" + j);
            out.put(n.id(), "w" + j);
        }
        return out;
    }

    /** The exam's numbering: {@code w1 ... wN} in topological order, whatever the names. */
    public Map<String, String> examLabels() {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            out.put(nodes.get(i).id(), "w" + (i + 1));
        }
        return out;
    }

    /** Two graphs are equal when they have the same nodes, in the same order, and the same output. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ExprGraph g && nodes.equals(g.nodes) && java.util.Objects.equals(output, g.output);
    }

    @Override
    public int hashCode() {
        return nodes.hashCode() * 31 + java.util.Objects.hashCode(output);
    }

    @Override
    public String toString() {
        return "ExprGraph" + nodes.stream().map(GraphNode::id).toList() + " -> " + output;
    }

    private int indexOf(String id) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Kahn's order, stable: among ready nodes the earliest given comes first. Refuses cycles and dangling inputs. */
    private static List<GraphNode> topological(List<GraphNode> given, Map<String, GraphNode> byId) {
        Map<String, Integer> pending = new HashMap<>();
        for (GraphNode n : given) {
            for (String in : n.inputIds()) {
                if (!byId.containsKey(in)) {
                    throw new IllegalArgumentException(n.id() + " reads " + in + ", which is not a node");
                }
            }
            pending.put(n.id(), n.inputIds().size());
        }
        List<GraphNode> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        while (order.size() < given.size()) {
            GraphNode next = null;
            for (GraphNode n : given) {
                if (!done.contains(n.id()) && done.containsAll(n.inputIds())) {
                    next = n;
                    break;
                }
            }
            if (next == null) {
                throw new IllegalArgumentException("the graph has a cycle");
            }
            done.add(next.id());
            order.add(next);
        }
        return List.copyOf(order);
    }
}
