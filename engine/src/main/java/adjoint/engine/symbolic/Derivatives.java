package adjoint.engine.symbolic;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphEvaluator;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.NodeResult;
import adjoint.engine.graph.Operand;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The symbolic backward pass of a graph, in the exam's notation: for every edge the local partial ∂child/∂parent
 * (∂w3/∂w2 = 3·w2²), for every node its adjoint as the chain-rule sum over its children
 * (w̄2 = w̄3·∂w3/∂w2 + w̄5·∂w5/∂w2 + w̄6·∂w6/∂w2) and that sum substituted and simplified
 * (w̄2 = 1 − 12·w2² + 1/w2). Formulas are over node labels ({@link ExprGraph#labels()} unless given others).
 * A substituted formula longer than {@value FormulaSize#LIMIT} symbols is not written out (in a graph where each node
 * reads the two before it they would double every few nodes): {@link NodeAdjoint#tooLong} says so, and the chain-rule
 * sum, the sum over the children's adjoints and the engine's gradient stand in for it.
 *
 * <pre>{@code
 * Derivatives d = Derivatives.of(ExprGraph.parse(
 *         "x = 1.5\nw1 = x\nw2 = sin(w1)\nw3 = w2 ** 3\nw4 = 4 * w3\nw5 = log(w2)\nw6 = w2 - w4 + w5"));
 * d.edge("n3", "n2").partial().text();       // "3*w2**2"
 * d.adjoint("n2").chain().text();             // "grad(w3)*d(w3)/d(w2) + grad(w5)*d(w5)/d(w2) + grad(w6)*d(w6)/d(w2)"
 * d.adjoint("n2").formula().text();           // "1 - 12*w2**2 + 1/w2"
 * d.adjoint("n2").formula().latex();          // "1 - 12 w_{2}^{2} + \frac{1}{w_{2}}"
 * }</pre>
 */
public final class Derivatives {

    /**
     * One edge {@code of ← wrt} (the node {@code of} reads {@code wrt}).
     *
     * @param partial      ∂of/∂wrt, simplified; null for a tensor operation (its Jacobian is not written out)
     * @param chainTerm    this edge's term of w̄(wrt): {@code grad(of)*d(of)/d(wrt)}, or the vector-Jacobian
     *                     product for a tensor operation ({@code X.T @ grad(y)}); null when unsupported
     * @param contribution the same term with the partial written out, simplified; null when unsupported
     * @param unsupported  why there is no formula (an operation without a symbolic rule), else null
     */
    public record Edge(String of, String wrt, Sym partial, Sym chainTerm, Sym contribution, String unsupported) {
    }

    /**
     * One node's adjoint w̄ = ∂f/∂node.
     *
     * @param terms        the chain-rule terms, one per child, in topological order of the children (empty for the
     *                     output): {@code grad(w3)*d(w3)/d(w2)}
     * @param viaChildren  the terms with the local partials written out, over the children's adjoints, simplified:
     *                     {@code w̄1 = grad(w2)*cos(w1)}; null when unsupported
     * @param formula      the terms with every child's adjoint substituted too, simplified: a formula over node
     *                     values only; null when unsupported or too long to show
     * @param unsupported  why there is no formula (an operation without a symbolic rule), else null
     * @param tooLong      why there is no formula though the chain rule holds ({@code "too long to show: about
     *                     2.1e+10 symbols"}: written out it would pass {@value FormulaSize#LIMIT} symbols), else null;
     *                     {@code terms} and {@code viaChildren} are still there, and the value is the engine's gradient
     */
    public record NodeAdjoint(String id, String label, List<Sym> terms, Sym viaChildren, Sym formula, String unsupported,
                              String tooLong, boolean isOutput) {
        public NodeAdjoint {
            terms = List.copyOf(terms);
        }

        /** Why {@link #formula} is null ({@link #unsupported} or {@link #tooLong}), or null when there is one. */
        public String absent() {
            return formula != null ? null : unsupported != null ? unsupported : tooLong;
        }

        /** The chain-rule sum as written before substituting: 1 for the output, 0 for a node the output does not read. */
        public Sym chain() {
            if (isOutput) {
                return Sym.ONE;
            }
            return terms.isEmpty() ? Sym.ZERO : terms.size() == 1 ? terms.getFirst() : new Sym.Add(terms);
        }
    }

    private final ExprGraph graph;
    private final Map<String, String> labels;
    private final LocalRules.Context context;
    private final Map<String, Edge> edges = new LinkedHashMap<>();
    private final Map<String, NodeAdjoint> adjoints = new LinkedHashMap<>();
    private final Map<String, String> idByName = new HashMap<>();
    private final RedundantOnes ones;
    private final IdleTransposes transposes;
    /** By label, the input a node that only transposes a vector or a number stands for ({@code w2 = x.T} gives x). */
    private final Map<String, Sym> sameAs;
    /** By node id, the symbols in its adjoint's formula, estimated where it is too long to build. */
    private final Map<String, Double> sizes = new HashMap<>();

    private Derivatives(ExprGraph graph, Map<String, String> labels, Map<String, int[]> shapes, Map<String, Tensor> values) {
        this.graph = graph;
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        this.context = new LocalRules.Context(this.labels, shapes, values);
        indexNames();
        PlainShapes plain = new PlainShapes(name -> idByName.get(name) == null ? null : shapes.get(idByName.get(name)));
        this.ones = new RedundantOnes(plain);
        this.transposes = new IdleTransposes(plain);
        this.sameAs = IdleTransposes.nodes(graph, this.labels, shapes);
        for (GraphNode n : graph.nodes()) {
            if (!n.isLeaf()) {
                edgesOf(n);
            }
        }
        List<GraphNode> reverse = new ArrayList<>(graph.nodes());
        Collections.reverse(reverse);
        int[] outShape = shapes.get(graph.output());
        String notScalar = outShape != null && TensorRules.numel(outShape) != 1
                ? "the output " + labels.get(graph.output()) + " is not a single number, so it has no adjoints" : null;
        for (GraphNode n : reverse) {
            adjoints.put(n.id(), adjointOf(n, notScalar));
        }
    }

    /** The derivatives of {@code graph} over {@link ExprGraph#labels()}. */
    public static Derivatives of(ExprGraph graph) {
        return of(graph, graph.labels());
    }

    /** Over other labels, e.g. {@link ExprGraph#examLabels()}; shapes come from a float64 evaluation. */
    public static Derivatives of(ExprGraph graph, Map<String, String> labels) {
        return of(graph, labels, GraphEvaluator.evaluate(graph, DType.FLOAT64));
    }

    /** Using an evaluation the caller already has, for the shapes tensor operations need. */
    public static Derivatives of(ExprGraph graph, Map<String, String> labels, GraphEvaluation evaluation) {
        Map<String, int[]> shapes = new HashMap<>();
        Map<String, Tensor> values = new HashMap<>();
        evaluation.results().forEach((id, r) -> {
            if (r.value() != null) {
                shapes.put(id, r.value().shape());
                values.put(id, r.value());
            }
        });
        return new Derivatives(graph, labels, shapes, values);
    }

    public ExprGraph graph() {
        return graph;
    }

    /** Node id to label, in topological order. */
    public Map<String, String> labels() {
        return labels;
    }

    /** Every edge, by child in topological order, then by the order the child reads its inputs. */
    public List<Edge> edges() {
        return List.copyOf(edges.values());
    }

    /** The edge from {@code wrt} into {@code of} (node ids), or null when {@code of} does not read {@code wrt}. */
    public Edge edge(String of, String wrt) {
        return edges.get(of + "|" + wrt);
    }

    /** Every node's adjoint, in backward order (the output first), as the backward sweep visits them. */
    public List<NodeAdjoint> adjoints() {
        return List.copyOf(adjoints.values());
    }

    public NodeAdjoint adjoint(String id) {
        NodeAdjoint a = adjoints.get(id);
        if (a == null) {
            throw new IllegalArgumentException("no node " + id);
        }
        return a;
    }

    /** The node's own formula over its inputs' labels ({@code sin(w1)}), or null (a leaf, or not expressible). */
    public Sym forward(String id) {
        return LocalRules.forward(graph.node(id), context);
    }

    /**
     * The id of the node a name stands for: a label, any name the program gave the node, or an exam label
     * {@code wK} that is not also some other node's name; null if none.
     */
    public String resolve(String name) {
        return idByName.get(name);
    }

    /**
     * {@code s} with every unnamed node's label replaced by that node's formula, simplified, so it mentions only
     * the program's names: for {@code f = sin(x)**2}, {@code 2*w2*cos(x)} becomes {@code 2*cos(x)*sin(x)}.
     */
    public Sym overNames(Sym s) {
        Map<String, String> byLabel = new HashMap<>();
        labels.forEach((id, label) -> byLabel.put(label, id));
        return transposes.drop(s.replace(x -> {
            if (x instanceof Sym.Var v && byLabel.containsKey(v.name())) {
                GraphNode n = graph.node(byLabel.get(v.name()));
                Sym f = n.names().isEmpty() ? forward(n.id()) : null;
                return f == null ? v : overNames(f);
            }
            return null;
        })).simplified();
    }

    /** Values, adjoints and local partials of an evaluation of this graph, for {@link SymEvaluator}. */
    public SymEvaluator.Bindings bindings(GraphEvaluation ev) {
        return new SymEvaluator.Bindings() {
            @Override
            public Tensor value(String name) {
                NodeResult r = ev.result(id(name));
                if (r == null || r.value() == null) {
                    throw new IllegalArgumentException(name + " has no value" + (r != null && r.error() != null ? ": " + r.error() : ""));
                }
                return r.value();
            }

            @Override
            public Tensor adjoint(String name) {
                NodeResult r = ev.result(id(name));
                if (r != null && r.grad() != null) {
                    return r.grad();
                }
                if (!ev.backward()) {
                    throw new IllegalArgumentException("no adjoints: backward did not run from " + labels.get(ev.output()));
                }
                return value(name).mul(0.0);
            }

            @Override
            public Sym partial(String of, String wrt) {
                Edge e = edge(id(of), id(wrt));
                if (e == null) {
                    throw new IllegalArgumentException(of + " does not read " + wrt + ", so d(" + of + ")/d(" + wrt
                            + ") is not a local partial");
                }
                if (e.partial() == null) {
                    throw new IllegalArgumentException("d(" + of + ")/d(" + wrt + ") has no formula: "
                            + (e.unsupported() != null ? e.unsupported() : "it is a Jacobian; use the adjoint instead"));
                }
                return e.partial();
            }

            private String id(String name) {
                String id = resolve(name);
                if (id == null) {
                    throw new IllegalArgumentException("no node named " + name);
                }
                return id;
            }
        };
    }

    /**
     * The value of {@code s} at the node values (and adjoints, and local partials) of {@code ev}: an evaluation of
     * this graph, e.g. one of {@link SamplePoints#near}.
     *
     * @throws IllegalArgumentException for a name that is no node, or an operation the values do not allow
     */
    public Tensor evaluate(Sym s, GraphEvaluation ev) {
        return SymEvaluator.evaluate(s, bindings(ev), ev.dtype());
    }

    /**
     * The value of a formula written in the expression language ({@code "1 - 12*w2**2 + 1/w2"}) at {@code ev}.
     *
     * @throws adjoint.engine.lang.ProgramException when the text cannot be read
     */
    public Tensor evaluate(String formula, GraphEvaluation ev) {
        return evaluate(Sym.parse(formula), ev);
    }

    // ---- building ------------------------------------------------------------------------------------------

    private void indexNames() {
        labels.forEach((id, label) -> idByName.put(label, id));
        for (GraphNode n : graph.nodes()) {
            n.names().forEach(name -> idByName.putIfAbsent(name, n.id()));
        }
        graph.examLabels().forEach((id, label) -> idByName.putIfAbsent(label, id));
    }

    private void edgesOf(GraphNode n) {
        List<LocalRules.Slot> slots = LocalRules.elementwise(n, context);
        Sym g = new Sym.Adjoint(labels.get(n.id()));
        for (String p : n.inputIds()) {
            Sym partial = null;
            Sym chain = null;
            Sym contribution = null;
            String unsupported = null;
            if (slots != null) {
                partial = partialAlong(slots, p);
                if (partial == null) {
                    unsupported = "no symbolic rule for " + describe(n) + " with this operand";
                } else {
                    int[] from = context.shapes().get(n.id());
                    int[] to = context.shapes().get(p);
                    chain = TensorRules.sumTo(Sym.mul(g, new Sym.Partial(labels.get(n.id()), labels.get(p))), from, to);
                    contribution = TensorRules.sumTo(Sym.mul(g, partial), from, to).simplified();
                }
            } else {
                contribution = vjpAlong(n, p, g);
                Tensor value = context.values().get(p);
                if (contribution == null && value != null && !value.dtype().isFloating()) {
                    contribution = Sym.ZERO; // indices and labels: whole numbers carry no gradient
                }
                chain = contribution;
                contribution = contribution == null ? null : transposes.drop(contribution);
                unsupported = contribution == null ? "no symbolic rule for " + describe(n) : null;
            }
            edges.put(n.id() + "|" + p, new Edge(n.id(), p, partial, chain, contribution, unsupported));
        }
    }

    private static Sym partialAlong(List<LocalRules.Slot> slots, String p) {
        List<Sym> parts = new ArrayList<>();
        for (LocalRules.Slot s : slots) {
            if (s.operand() instanceof Operand.Ref r && r.id().equals(p)) {
                if (s.partial() == null) {
                    return null;
                }
                parts.add(s.partial());
            } else if (s.operand() instanceof Operand.Group) {
                return null;
            }
        }
        return parts.isEmpty() ? null : new Sym.Add(parts).simplified();
    }

    /**
     * The sum of the vector-Jacobian products over every place {@code n} reads {@code p}: a parameter of the
     * operation ({@link TensorRules#parameters}, given by position or keyword) or an item of a list ({@code cat}).
     */
    private Sym vjpAlong(GraphNode n, String p, Sym g) {
        List<Sym> parts = new ArrayList<>();
        List<String> parameters = TensorRules.parameters(n);
        for (int i = 0; i < Math.max(parameters.size(), n.inputs().size()); i++) {
            Operand o = i < parameters.size() ? LocalRules.arg(n, i, parameters.get(i)) : n.inputs().get(i);
            List<Operand> items = o instanceof Operand.Group group ? group.items() : java.util.Arrays.asList(o);
            for (int k = 0; k < items.size(); k++) {
                if (items.get(k) instanceof Operand.Ref r && r.id().equals(p)) {
                    Sym v = o instanceof Operand.Group ? TensorRules.vjpOfItem(n, k, g, context)
                            : TensorRules.vjp(n, i, g, context);
                    if (v == null) {
                        return null;
                    }
                    parts.add(v);
                }
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return parts.size() == 1 ? parts.getFirst() : new Sym.Add(parts);
    }

    private static String describe(GraphNode n) {
        return switch (n.form()) {
            case METHOD -> "." + n.op() + "()";
            case ATTRIBUTE -> "." + n.op();
            case INDEX -> "indexing";
            case FUNCTION -> n.op() + "()";
            default -> "'" + n.op() + "'";
        };
    }

    /**
     * w̄ of {@code n} from its children's, already built: the chain-rule terms, the terms with the local partials
     * written out, and, while it stays short enough to show ({@link FormulaSize}), the formula with the children's
     * formulas substituted. A formula too long to show is estimated from its children's lengths, never built, so
     * the whole pass is polynomial in the graph's size.
     */
    private NodeAdjoint adjointOf(GraphNode n, String notScalar) {
        String label = labels.get(n.id());
        boolean isOutput = n.id().equals(graph.output());
        List<Sym> terms = new ArrayList<>();
        List<Sym> local = new ArrayList<>();
        List<Sym> substituted = new ArrayList<>();
        String unsupported = notScalar;
        double estimate = isOutput ? 1 : 0;
        boolean childTooLong = false;
        if (!isOutput) {
            for (String c : graph.consumers(n.id())) {
                Edge e = edge(c, n.id());
                NodeAdjoint child = adjoints.get(c);
                terms.add(e.chainTerm() != null ? e.chainTerm() : new Sym.Partial(labels.get(c), label));
                if (child.formula() == null && child.tooLong() == null) {
                    unsupported = unsupported != null ? unsupported : child.unsupported();
                    continue;
                }
                if (child.formula() != null && child.formula().equals(Sym.ZERO)) {
                    continue;
                }
                if (e.contribution() == null) {
                    unsupported = unsupported != null ? unsupported : e.unsupported();
                    continue;
                }
                String childLabel = labels.get(c);
                local.add(e.contribution());
                estimate += FormulaSize.of(e.contribution())
                        + FormulaSize.mentions(e.contribution(), childLabel) * (sizes.get(c) - 1);
                if (child.formula() == null) {
                    childTooLong = true;
                } else if (!childTooLong && estimate <= FormulaSize.BUILD_LIMIT) {
                    substituted.add(e.contribution().replace(
                            s -> s instanceof Sym.Adjoint a && a.name().equals(childLabel) ? child.formula() : null));
                }
            }
        }
        Sym viaChildren = unsupported != null ? null : isOutput ? Sym.ONE : new Sym.Add(local).simplified();
        Sym formula = null;
        String tooLong = null;
        if (unsupported == null && (childTooLong || estimate > FormulaSize.BUILD_LIMIT)) {
            tooLong = FormulaSize.tooLong(estimate);
        } else if (unsupported == null) {
            formula = isOutput ? Sym.ONE : cleanUp(new Sym.Add(substituted).simplified());
            estimate = FormulaSize.of(formula);
            if (estimate > FormulaSize.LIMIT) {
                tooLong = FormulaSize.tooLong(estimate);
                formula = null;
            }
        }
        sizes.put(n.id(), estimate);
        return new NodeAdjoint(n.id(), label, terms, viaChildren, formula, unsupported, tooLong, isOutput);
    }

    /**
     * A simplified formula without idle transposes ({@link IdleTransposes}), nodes that are one ({@link #sameAs}) or
     * redundant ones ({@link RedundantOnes}).
     */
    private Sym cleanUp(Sym s) {
        Sym plain = sameAs.isEmpty() ? s : s.replace(x -> x instanceof Sym.Var v ? sameAs.get(v.name()) : null);
        return ones.drop(transposes.drop(plain).simplified());
    }
}
