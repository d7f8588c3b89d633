package adjoint.engine.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import adjoint.engine.DType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class DescentTest {
    private static final String Q6 = "x = 1.0\ny = 1.0\nf = -x*log(x) - y*log(y)";

    static Stream<Arguments> cases() {
        return PathOracle.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyPointMatchesTorchOptim(String id, JsonNode c) {
        List<String> vars = new ArrayList<>();
        c.get("variables").forEach(v -> vars.add(v.asString()));
        DType dtype = DType.parse(c.get("dtype").asString());
        Objective objective = Objective.parse(c.get("program").asString(), vars.toArray(String[]::new)).withDtype(dtype);
        Settings settings = Settings.of(Algorithm.parse(c.get("optimizer").asString()));
        if (!c.get("lr").isNull()) {
            settings = settings.withLr(c.get("lr").asDouble());
        }
        if (!c.get("beta").isNull()) {
            settings = settings.withBeta(c.get("beta").asDouble());
        }
        Path path = new Descent(objective, settings).run(c.get("steps").asInt());
        double rtol = dtype == DType.FLOAT64 ? 1e-9 : 2e-5;
        for (JsonNode expected : c.get("path")) {
            int k = expected.get("step").asInt();
            if (k >= path.points().size()) {
                assertThat(path.stopped()).as("%s stops before step %d", id, k).isNotNull();
                continue;
            }
            PathPoint p = path.points().get(k);
            String at = id + " step " + k;
            assertClose(at + " values", p.values(), PathOracle.numbers(expected.get("values")), rtol);
            assertClose(at + " f", new double[] {p.f()}, new double[] {PathOracle.number(expected.get("f"))}, rtol);
            assertClose(at + " grad", p.grad(), PathOracle.numbers(expected.get("grad")), rtol);
        }
    }

    private static void assertClose(String what, double[] actual, double[] expected, double rtol) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        for (int i = 0; i < actual.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertThat(actual[i]).as(what + "[" + i + "]").isNaN();
            } else {
                assertThat(actual[i]).as("%s[%d] vs torch %s", what, i, expected[i])
                        .isCloseTo(expected[i], within(1e-12 + rtol * Math.abs(expected[i])));
            }
        }
    }

    @Test
    void midtermQ6IteratesAreEThenThreeEMinusTwo() {
        Descent d = new Descent(Objective.parse(Q6, "x", "y"), Settings.of(Algorithm.SGD).withLr(Math.E - 1));

        assertThat(d.current().grad()).containsExactly(-1, -1);
        assertThat(d.step().values()).containsExactly(Math.E, Math.E);
        assertThat(d.current().grad()).containsExactly(-2.0, -2.0);
        assertThat(d.step().values()[0]).isCloseTo(3 * Math.E - 2, within(1e-14));
        assertThat(d.path().points()).hasSize(3);
    }

    @Test
    void momentumTakesTheCheatSheetsSteps() {
        double alpha = 0.1;
        double beta = 0.8;
        Descent d = new Descent(Objective.parse("x = 2.0\nf = x**2", "x"),
                Settings.of(Algorithm.MOMENTUM).withLr(alpha).withBeta(beta));
        double w = 2;
        double v = 0;
        for (int k = 0; k < 10; k++) {
            v = beta * v - alpha * 2 * w;
            w = w + v;
            assertThat(d.step().value(0)).isCloseTo(w, within(1e-14));
        }
    }

    @Test
    void aNanStopsThePathWithWhereItArose() {
        Descent d = new Descent(Objective.parse(Q6, "x", "y"), Settings.of(Algorithm.SGD).withLr(1), new double[] {0.1, 0.5});

        Path path = d.run(10);

        assertThat(path.points()).hasSize(2);
        assertThat(path.last().f()).isNaN();
        assertThat(path.stopped()).startsWith("f became nan at step 1: log of a negative number").contains("log(x)");
        assertThatThrownBy(d::step).isInstanceOf(IllegalStateException.class).hasMessageContaining("f became nan");
    }

    @Test
    void divergenceStopsThePath() {
        Descent d = new Descent(Objective.parse("x = 1.0\nf = x**2", "x"), Settings.of(Algorithm.SGD).withLr(10));

        Path path = d.run(100);

        assertThat(path.stopped()).matches("diverged at step \\d+: \\|f\\| passed 1e\\+12"); // x = (-19)^k, so f = x² passes first
        assertThat(path.steps()).isLessThan(100);
    }

    @Test
    void runEndsWhenCancelledAndReportsEachStep() {
        Descent d = new Descent(Objective.parse("x = 1.0\nf = x**2", "x"), Settings.of(Algorithm.ADAM));
        List<Integer> seen = new ArrayList<>();

        Path path = d.run(100, p -> seen.add(p.step()), () -> seen.size() >= 3);

        assertThat(seen).containsExactly(1, 2, 3);
        assertThat(path.points()).hasSize(4);
        assertThat(path.stopped()).isNull();
    }

    @Test
    void startsWhereAskedAndNamesVectorCoordinates() {
        Objective o = Objective.parse("w = [1.0, 2.0]\nf = sum(w**2)", "w");
        Descent d = new Descent(o, Settings.of(Algorithm.SGD).withLr(0.25), new double[] {4, -2});

        assertThat(d.step().values()).containsExactly(2, -1);
        assertThat(d.path().coordinates()).containsExactly("w[0]", "w[1]");
        assertThat(d.path().toCsv()).startsWith("k,w[0],w[1],f,df/dw[0],df/dw[1]\n0,4.0,-2.0,20.0,8.0,-4.0\n");
    }

    @Test
    void aRaceStepsEveryPathUntilEachStops() {
        Objective o = Objective.parse(Q6, "x", "y");
        Race race = new Race(o, List.of(Settings.of(Algorithm.SGD).withLr(1), Settings.of(Algorithm.ADAM).withLr(0.01)),
                new double[] {0.1, 0.5});

        List<Path> paths = race.run(5, r -> { }, () -> false);

        assertThat(paths.get(0).stopped()).startsWith("f became nan at step 1");
        assertThat(paths.get(0).points()).hasSize(2);
        assertThat(paths.get(1).points()).hasSize(6);
        assertThat(race.finished()).isFalse();
    }

    @Test
    void anUnusedVariableGetsNoStep() {
        Objective o = Objective.parse("x = 1.0\ny = 3.0\nf = x**2", "x", "y");

        PathPoint p = new Descent(o, Settings.of(Algorithm.ADAM).withLr(0.1)).step();

        assertThat(p.value(1)).isEqualTo(3.0);
        assertThat(p.gradient(1)).isZero();
    }

    @Test
    void settingsRefuseNonsense() {
        assertThatThrownBy(() -> Settings.of(Algorithm.SGD).withLr(-1)).hasMessageContaining("learning rate");
        assertThatThrownBy(() -> Settings.of(Algorithm.ADAM).withBeta(1)).hasMessageContaining("[0, 1)");
        assertThatThrownBy(() -> Algorithm.parse("lbfgs")).hasMessageContaining("sgd, momentum, nesterov");
        assertThat(Settings.of(Algorithm.RMSPROP)).isEqualTo(new Settings(Algorithm.RMSPROP, 0.01, 0.99));
    }
}
