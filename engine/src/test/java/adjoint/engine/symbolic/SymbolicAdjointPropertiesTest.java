package adjoint.engine.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphEvaluator;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For random small scalar expression graphs (shared subexpressions included), the symbolic adjoint of every node,
 * substituted and simplified, evaluates to the engine's gradient; so does its text parsed back.
 */
class SymbolicAdjointPropertiesTest {
    private static final List<String> UNARY = List.of("sin(%s)", "cos(%s)", "exp(%s / 4)", "tanh(%s)", "sigmoid(%s)",
            "log(1 + %s**2)", "sqrt(2 + %s**2)", "relu(%s)", "abs(%s)", "-%s", "%s**3", "tan(%s / 4)");
    private static final List<String> BINARY = List.of("%s + %s", "%s - %s", "%s * %s", "%s / (1.5 + %s**2)",
            "(1 + %s**2)**(%s / 3)", "maximum(%s, %s)");

    /** A program: leaves a, b, c, then named steps each combining earlier names, the last one the output. */
    @Provide
    Arbitrary<String> programs() {
        Arbitrary<Double> leaf = Arbitraries.doubles().between(-2, 2).filter(v -> Math.abs(v) > 0.05);
        Arbitrary<List<int[]>> steps = Arbitraries.integers().between(0, 1_000_000).array(int[].class).ofSize(4)
                .list().ofMinSize(1).ofMaxSize(7);
        return Combinators.combine(leaf, leaf, leaf, steps).as((a, b, c, ss) -> {
            List<String> names = new ArrayList<>(List.of("a", "b", "c"));
            StringBuilder p = new StringBuilder(String.format("a = %s\nb = %s\nc = %s\n", a, b, c));
            for (int i = 0; i < ss.size(); i++) {
                int[] s = ss.get(i);
                String x = names.get(s[1] % names.size());
                String y = names.get(s[2] % names.size());
                String expr = s[0] % 2 == 0 ? UNARY.get(s[3] % UNARY.size()).formatted(x)
                        : BINARY.get(s[3] % BINARY.size()).formatted(x, y);
                String name = "v" + (i + 1);
                p.append(name).append(" = ").append(expr).append('\n');
                names.add(name);
            }
            String last = names.getLast();
            p.append("f = ").append(last).append(" * ").append(names.get(ss.size() % names.size())).append('\n');
            return p.toString();
        });
    }

    @Property(tries = 200)
    void theSymbolicAdjointOfEveryNodeIsTheEnginesGradient(@ForAll("programs") String program) {
        ExprGraph graph = ExprGraph.parse(program);
        GraphEvaluation ev = GraphEvaluator.evaluate(graph, DType.FLOAT64);
        Assume.that(SamplePoints.finite(ev) && ev.backward());
        Derivatives d = Derivatives.of(graph, graph.labels(), ev);
        for (Derivatives.NodeAdjoint a : d.adjoints()) {
            Tensor grad = ev.result(a.id()).grad();
            Tensor expected = grad != null ? grad : Tensor.scalar(DType.FLOAT64, 0);
            assertThat(a.formula()).as(program).isNotNull();
            Tensor value = d.evaluate(a.formula(), ev);
            Tensor reparsed = d.evaluate(Sym.parse(a.formula().text()), ev);
            assertThat(near(value, expected)).as("%sw̄ of %s = %s gives %s, engine %s", program, a.label(),
                    a.formula().text(), value, expected).isTrue();
            assertThat(near(reparsed, expected)).as("%s reparsed", a.formula().text()).isTrue();
        }
    }

    /** Equal to 1e-9 relative: formulas and the engine round differently on long chains. */
    private static boolean near(Tensor got, Tensor want) {
        double g = got.item();
        double w = want.item();
        return Math.abs(g - w) <= 1e-9 * Math.max(1, Math.abs(w));
    }
}
