package adjoint.engine.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ObjectiveTest {
    private static final String Q6 = "x = 1.0\ny = 1.0\nf = -x*log(x) - y*log(y)";

    @Test
    void startsAtTheProgramsValuesAndEvaluatesAnyPoint() {
        Objective f = Objective.parse("a = 3.0\nx = 1.0\ny = 2.0\nf = a*x**2 + y", "y", "x");

        assertThat(f.start()).containsExactly(2, 1);
        assertThat(f.coordinates()).containsExactly("y", "x");
        Objective.Sample s = f.at(new double[] {5, 2});
        assertThat(s.f()).isEqualTo(17);
        assertThat(s.grad()).containsExactly(1, 12);
        assertThat(s.error()).isNull();
    }

    @Test
    void anUndefinedPointSaysWhereTheNanArose() {
        Objective.Sample s = Objective.parse(Q6, "x", "y").at(new double[] {-1, 1});

        assertThat(s.f()).isNaN();
        assertThat(s.note()).isEqualTo("log of a negative number is not defined (nan), at w4 = log(x)");
    }

    @Test
    void refusesNamesThatAreNotVariables() {
        assertThatThrownBy(() -> Objective.parse(Q6, "z"))
                .hasMessage("no variable 'z'; the program's variables are x, y");
        assertThatThrownBy(() -> Objective.parse(Q6, "f")).hasMessageContaining("'f' is computed, not a variable");
        assertThatThrownBy(() -> Objective.parse(Q6, "x", "x")).hasMessageContaining("given twice");
    }

    @Test
    void refusesAnOutputThatIsNotANumber() {
        assertThatThrownBy(() -> Objective.parse("x = 1.0\nf = x * tensor([1.0, 2.0])", "x"))
                .hasMessageContaining("not a number but a tensor of shape [2]");
    }

    @Test
    void theOutputCanBeAnyNode() {
        var graph = adjoint.engine.graph.ExprGraph.parse("x = 2.0\nf = log(x**2)\nloss = (3 - f)**2");
        String fId = graph.nodes().stream().filter(n -> "f".equals(n.name())).findFirst().orElseThrow().id();

        Objective o = Objective.of(graph, fId, java.util.List.of("x"), adjoint.engine.DType.FLOAT64);

        assertThat(o.at(new double[] {Math.E}).f()).isCloseTo(2, within(1e-15));
        assertThat(o.at(new double[] {Math.E}).grad()[0]).isCloseTo(2 / Math.E, within(1e-15));
    }
}
