package adjoint.engine.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.Cases;
import adjoint.engine.Cases.Draw;
import adjoint.engine.DType;
import adjoint.engine.DeviceUnderTest;
import adjoint.engine.Tensor;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For random small scalar expression graphs (shared subexpressions included), the symbolic adjoint of every node,
 * substituted and simplified, evaluates to the engine's gradient; so does its text parsed back. A program whose
 * values are not all finite, or whose backward pass fails, is skipped (a case that is not checked).
 */
@ExtendWith(DeviceUnderTest.class)
class SymbolicAdjointPropertiesTest {
    private static final List<String> UNARY = List.of("sin(%s)", "cos(%s)", "exp(%s / 4)", "tanh(%s)", "sigmoid(%s)",
            "log(1 + %s**2)", "sqrt(2 + %s**2)", "relu(%s)", "abs(%s)", "-%s", "%s**3", "tan(%s / 4)");
    private static final List<String> BINARY = List.of("%s + %s", "%s - %s", "%s * %s", "%s / (1.5 + %s**2)",
            "(1 + %s**2)**(%s / 3)", "maximum(%s, %s)");

    private static final int TRIES = 200;
    /** Leaf values: two decimals in [-2, 2], none within 0.05 of 0. */
    private static final Draw<Double> LEAVES = Cases.doubles(-2, 2);
    /** A step: whether it is unary, its two operands, its operation. */
    private static final Draw<Integer> CHOICES = Cases.ints(0, 1_000_000);

    static Stream<Arguments> programs(TestInfo property) {
        return Cases.of(property, TRIES, r -> {
            String program = program(r);
            return Named.of(program.strip().replace("\n", "; "), program);
        });
    }

    private static double leaf(Random r) {
        double v;
        do {
            v = LEAVES.from(r);
        } while (Math.abs(v) <= 0.05);
        return v;
    }

    /** A program: leaves a, b, c, then 1 to 7 named steps each combining earlier names, the last one the output. */
    private static String program(Random r) {
        List<String> names = new ArrayList<>(List.of("a", "b", "c"));
        StringBuilder p = new StringBuilder(String.format("a = %s\nb = %s\nc = %s\n", leaf(r), leaf(r), leaf(r)));
        int steps = 1 + r.nextInt(7);
        for (int i = 0; i < steps; i++) {
            int[] s = {CHOICES.from(r), CHOICES.from(r), CHOICES.from(r), CHOICES.from(r)};
            String x = names.get(s[1] % names.size());
            String y = names.get(s[2] % names.size());
            String expr = s[0] % 2 == 0 ? UNARY.get(s[3] % UNARY.size()).formatted(x)
                    : BINARY.get(s[3] % BINARY.size()).formatted(x, y);
            String name = "v" + (i + 1);
            p.append(name).append(" = ").append(expr).append('\n');
            names.add(name);
        }
        String last = names.getLast();
        p.append("f = ").append(last).append(" * ").append(names.get(steps % names.size())).append('\n');
        return p.toString();
    }

    @ParameterizedTest
    @MethodSource("programs")
    void theSymbolicAdjointOfEveryNodeIsTheEnginesGradient(String program) {
        ExprGraph graph = ExprGraph.parse(program);
        GraphEvaluation ev = GraphEvaluator.evaluate(graph, DType.FLOAT64);
        Assumptions.assumeTrue(SamplePoints.finite(ev) && ev.backward(), "not finite, or no backward pass");
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
