package adjoint.engine.symbolic;

import adjoint.engine.Tensor;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hints a wrong answer gets: what is off (a missing path, the sign, a factor, a rule), never the answer.
 */
final class Hints {
    static final String NOT_EQUIVALENT =
            "your formula gives the right value at this point but not at others, so it is not the same function";
    private static final String[] WORDS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve"};
    private static final double[] FACTORS = {2, 3, 4, 6, 8, 12, 0.5, 1.0 / 3, 0.25, 1.0 / 6, 0.125, 1.0 / 12};

    private final Derivatives d;
    private final GraphEvaluation here;
    private final ExprGraph graph;
    private final Map<String, String> labels;

    Hints(Derivatives d, GraphEvaluation here) {
        this.d = d;
        this.here = here;
        this.graph = d.graph();
        this.labels = d.labels();
    }

    // ---- targets and references -----------------------------------------------------------------------------

    String unknownTarget(AnswerCheck.Target t) {
        if (t.of() == null) {
            return noNode(t.ofName());
        }
        if (t.isAdjoint()) {
            return null;
        }
        if (t.wrt() == null) {
            return noNode(t.wrtName());
        }
        Derivatives.Edge e = d.edge(t.of(), t.wrt());
        if (e == null) {
            return notAnEdge(t.of(), t.wrt());
        }
        if (e.partial() == null) {
            return e.unsupported() != null ? e.unsupported()
                    : partial(t.of(), t.wrt()) + " is a Jacobian for this tensor operation; check grad("
                    + labels.get(t.wrt()) + ") instead";
        }
        return null;
    }

    String noExpected(AnswerCheck.Target t) {
        return t.isAdjoint() ? "the output " + labels.get(here.output()) + " is not a single number that backward "
                + "ran from, so there are no adjoints to check" : "there is no formula for " + partial(t.of(), t.wrt());
    }

    /** A name in the answer that is no node, an edge that does not exist, or the target used in its own answer. */
    String badReference(AnswerCheck.Target t, Sym sym) {
        List<String> problems = new ArrayList<>();
        sym.replace(s -> {
            switch (s) {
                case Sym.Var v when d.resolve(v.name()) == null -> problems.add(noNode(v.name()));
                case Sym.Adjoint a when d.resolve(a.name()) == null -> problems.add(noNode(a.name()));
                case Sym.Adjoint a when t.isAdjoint() && d.resolve(a.name()).equals(t.of()) ->
                        problems.add("your answer uses grad(" + a.name() + "), the adjoint it should give");
                case Sym.Partial p when d.resolve(p.of()) == null -> problems.add(noNode(p.of()));
                case Sym.Partial p when d.resolve(p.wrt()) == null -> problems.add(noNode(p.wrt()));
                case Sym.Partial p when d.edge(d.resolve(p.of()), d.resolve(p.wrt())) == null ->
                        problems.add(notAnEdge(d.resolve(p.of()), d.resolve(p.wrt())));
                case Sym.Partial p when !t.isAdjoint() && d.resolve(p.of()).equals(t.of()) && d.resolve(p.wrt()).equals(t.wrt()) ->
                        problems.add("your answer uses " + TextForm.print(p) + ", the partial it should give");
                default -> {
                }
            }
            return null;
        });
        return problems.isEmpty() ? null : problems.getFirst();
    }

    String noNode(String name) {
        List<String> all = new ArrayList<>(labels.values());
        boolean numbered = true;
        for (int i = 0; i < all.size(); i++) {
            numbered &= all.get(i).equals("w" + (i + 1));
        }
        String list = numbered && all.size() > 2 ? all.getFirst() + " … " + all.getLast()
                : all.size() > 12 ? String.join(", ", all.subList(0, 10)) + ", … " + all.getLast() : String.join(", ", all);
        return "no node named " + name + " (nodes are " + list + ")";
    }

    private String notAnEdge(String of, String wrt) {
        GraphNode n = graph.node(of);
        String reads = n.inputIds().isEmpty() ? labels.get(of) + " is a leaf: it reads no node"
                : labels.get(of) + " reads " + join(n.inputIds().stream().map(labels::get).toList());
        return labels.get(of) + " does not read " + labels.get(wrt) + " directly, so " + partial(of, wrt)
                + " is not a local partial (" + reads + ")";
    }

    // ---- wrong values -------------------------------------------------------------------------------------

    String wrongValue(AnswerCheck.Target t, Sym answer, Tensor got, Tensor expected) {
        String specific = t.isAdjoint() ? adjointHint(t.of(), answer, got) : partialHint(t, got, expected);
        if (specific != null) {
            return specific;
        }
        if (!java.util.Arrays.equals(got.shape(), expected.shape()) && got.numel() != 1) {
            return "your answer has shape " + java.util.Arrays.toString(got.shape()) + " but "
                    + (t.isAdjoint() ? bar(labels.get(t.of())) : partial(t.of(), t.wrt())) + " has shape "
                    + java.util.Arrays.toString(expected.shape());
        }
        if (!Compare.allFinite(got)) {
            return "your answer is not a finite number at this point";
        }
        String factor = factorHint(Compare.ratio(got, expected), powerInvolved(t));
        if (factor != null) {
            return factor;
        }
        return t.isAdjoint() ? adjointRule(t.of()) : rule(t.of(), t.wrt());
    }

    private String adjointHint(String id, Sym answer, Tensor got) {
        List<String> children = children(id);
        String name = labels.get(id);
        if (mentionsChain(answer) && terms(answer) != children.size()) {
            return name + " has " + count(children.size(), "child", "children") + "; your sum has "
                    + count(terms(answer), "term", "terms");
        }
        List<Tensor> contributions = new ArrayList<>();
        for (String c : children) {
            Derivatives.Edge e = d.edge(c, id);
            if (e.partial() != null && here.result(c).grad() != null
                    && !Compare.close(here.result(c).grad(), Tensor.scalar(adjoint.engine.DType.FLOAT64, 1))
                    && Compare.close(got, d.evaluate(e.partial(), here))) {
                return "that is " + partial(c, id) + " alone; multiply each local partial by its child's adjoint";
            }
            try {
                contributions.add(e.contribution() == null ? null : d.evaluate(e.contribution(), here));
            } catch (IllegalArgumentException ex) {
                contributions.add(null);
            }
        }
        int n = contributions.size();
        if (n >= 2 && n <= 10 && contributions.stream().allMatch(java.util.Objects::nonNull)) {
            for (int mask = 1; mask < (1 << n) - 1; mask++) {
                Tensor sum = null;
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        sum = sum == null ? contributions.get(i) : sum.add(contributions.get(i));
                    }
                }
                if (Compare.close(got, sum)) {
                    return name + " has " + count(n, "child", "children") + "; your value adds up the terms of only "
                            + WORDS[Math.min(Integer.bitCount(mask), 12)] + " of them";
                }
            }
        }
        return null;
    }

    private String partialHint(AnswerCheck.Target t, Tensor got, Tensor expected) {
        Tensor own = here.result(t.of()).value();
        if (own != null && Compare.close(got, own) && !Compare.close(own, expected)) {
            return "that is the value of " + labels.get(t.of()) + " = " + graph.formula(t.of(), labels)
                    + " itself; the local partial " + partial(t.of(), t.wrt()) + " is its derivative with respect to "
                    + labels.get(t.wrt());
        }
        Tensor adjoint = here.result(t.wrt()).grad();
        if (adjoint != null && Compare.close(got, adjoint) && !Compare.close(adjoint, expected)) {
            return "that is the adjoint " + bar(labels.get(t.wrt())) + " = ∂f/∂" + labels.get(t.wrt()) + "; the local partial "
                    + partial(t.of(), t.wrt()) + " differentiates only " + labels.get(t.of()) + "'s own formula";
        }
        return null;
    }

    private static String factorHint(double ratio, boolean power) {
        if (Double.isNaN(ratio)) {
            return null;
        }
        if (Compare.close(ratio, -1)) {
            return "check the sign";
        }
        for (double k : FACTORS) {
            if (Math.abs(Math.abs(ratio) - k) <= 1e-7 * k) {
                double shown = Math.max(k, 1 / k);
                return "your value is off by a factor of " + TextForm.number(Math.rint(shown))
                        + (ratio < 0 ? " and has the wrong sign" : "") + (power ? " — check the power rule" : "");
            }
        }
        return null;
    }

    private boolean powerInvolved(AnswerCheck.Target t) {
        if (!t.isAdjoint()) {
            return isPow(graph.node(t.of()));
        }
        String out = graph.output();
        for (GraphNode n : graph.nodes()) {
            if (isPow(n) && !n.id().equals(t.of()) && graph.dependsOn(n.id(), t.of())
                    && (n.id().equals(out) || graph.dependsOn(out, n.id()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPow(GraphNode n) {
        return n.op().equals("pow");
    }

    private String adjointRule(String id) {
        String name = labels.get(id);
        if (id.equals(graph.output())) {
            return name + " is the output: its adjoint ∂f/∂" + name + " starts the backward sweep";
        }
        List<String> children = children(id);
        if (children.isEmpty()) {
            return name + " does not lead to the output, so no gradient flows back to it";
        }
        return bar(name) + " is the sum, over " + name + "'s " + count(children.size(), "child", "children")
                + ", of each child's adjoint times its local partial ∂child/∂" + name;
    }

    /**
     * Which rule applies, for a wrong local partial, without its result where that would be the answer itself
     * ({@code ∂w5/∂w2: w5 = log(w2) is ln of w2 alone: use the derivative of ln, at w2}); rules of two operands say
     * how they work, since applying them is the exercise.
     */
    private String rule(String of, String wrt) {
        GraphNode n = graph.node(of);
        int slot = n.inputs().indexOf(Operand.ref(wrt));
        String own = labels.get(of) + " = " + graph.formula(of, labels);
        String fn = switch (n.op()) {
            case "sin", "cos", "tan", "exp", "sqrt", "tanh", "sigmoid", "abs" -> n.op();
            case "log", "ln" -> "ln";
            default -> null;
        };
        String text;
        if (fn != null) {
            text = own + " applies " + fn + " to " + labels.get(wrt)
                    + ": the partial is the derivative of " + fn + ", evaluated at " + labels.get(wrt);
        } else {
            text = switch (n.op()) {
                case "relu" -> "relu passes the gradient where its input is positive (1) and blocks it elsewhere (0)";
                case "neg" -> own + ": negation scales by a constant";
                case "pow" -> slot == 0 ? own + ": use the power rule" : own + ": the variable is in the exponent";
                case "mul" -> "the partial of a product with respect to one factor is the other factor";
                case "div" -> slot == 0 ? own + ": dividing by a constant is multiplying by its reciprocal"
                        : own + ": differentiate the reciprocal of the denominator";
                case "add", "sub" -> own + ": the partial of a sum with respect to a term is that term's sign, +1 or −1";
                default -> "differentiate " + own + " with respect to " + labels.get(wrt) + " alone";
            };
        }
        return partial(of, wrt) + ": " + text;
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** The nodes that read {@code id} and lead to the output (or are it), in topological order. */
    List<String> children(String id) {
        String out = graph.output();
        return graph.consumers(id).stream().filter(c -> c.equals(out) || graph.dependsOn(out, c)).toList();
    }

    /** The adjoint's symbol: {@code w̄2} for {@code w2}, {@code x̄} for {@code x}. */
    static String bar(String label) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Za-z]+?)(_?\\d+)").matcher(label);
        return m.matches() ? m.group(1) + "\u0304" + m.group(2) : label + "\u0304";
    }

    private String partial(String of, String wrt) {
        return "∂" + labels.get(of) + "/∂" + labels.get(wrt);
    }

    static boolean mentionsChain(Sym s) {
        boolean[] found = {false};
        s.replace(x -> {
            found[0] |= x instanceof Sym.Adjoint || x instanceof Sym.Partial;
            return null;
        });
        return found[0];
    }

    /** The number of terms of a sum as written, nested sums flattened. */
    static int terms(Sym s) {
        if (s instanceof Sym.Add a) {
            return a.terms().stream().mapToInt(Hints::terms).sum();
        }
        return 1;
    }

    static String count(int n, String one, String many) {
        return (n < WORDS.length ? WORDS[n] : Integer.toString(n)) + " " + (n == 1 ? one : many);
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }
}
