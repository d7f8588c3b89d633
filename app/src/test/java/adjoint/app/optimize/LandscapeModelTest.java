package adjoint.app.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import adjoint.engine.optimize.Algorithm;
import adjoint.engine.optimize.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LandscapeModelTest {
    static final String Q6 = "x = 1.0\ny = 1.0\nf = -x*log(x) - y*log(y)\n";
    static final String Q2 = "x = 6.0\nf = log(x**2)\nloss = (3 - f)**2\n";

    static LandscapeModel direct() {
        return new LandscapeModel(new Worker(Runnable::run, Runnable::run), new Worker(Runnable::run, Runnable::run));
    }

    @Test
    void q6GradientDescentWithStepEMinusOneReachesTheExamIterates() {
        LandscapeModel m = direct();
        m.load(Q6, List.of("x", "y"));
        m.setLearningRate(Math.E - 1);
        m.step();
        m.step();
        Path p = m.pathsProperty().get().get(0);
        assertThat(p.points()).hasSize(3);
        assertThat(p.points().get(1).values()).containsExactly(new double[] {Math.E, Math.E}, within(1e-9));
        assertThat(p.points().get(2).values()).containsExactly(new double[] {3 * Math.E - 2, 3 * Math.E - 2}, within(1e-9));
        assertThat(p.toCsv()).startsWith("k,x,y,f");
    }

    @Test
    void twoVariablesGiveASurfaceWithTheLogHoleMarkedUndefined() {
        LandscapeModel m = direct();
        m.load(Q6, List.of("x", "y"));
        var surface = m.sampledProperty().get().surface();
        assertThat(surface).isNotNull();
        assertThat(surface.rows()).isEqualTo(LandscapeModel.GRID);
        assertThat(surface.undefinedCount()).isPositive();
        assertThat(surface.note()).contains("log");
    }

    @Test
    void oneVariableGivesACurveAndDescentMovesTowardsEToTheOneAndAHalf() {
        LandscapeModel m = direct();
        m.load(Q2, List.of("x"));
        assertThat(m.sampledProperty().get().curve()).isNotNull();
        m.setLearningRate(0.5);
        m.steps(200);
        double x = m.pathsProperty().get().get(0).last().value(0);
        assertThat(x).isCloseTo(Math.exp(1.5), within(0.05));
    }

    @Test
    void eachOptimizerInARaceStepsWithItsOwnLearningRateAndTheSliderSetsThemAll() {
        LandscapeModel m = direct();
        m.load(Q6, List.of("x", "y"));
        m.setAlgorithms(EnumSet.of(Algorithm.SGD, Algorithm.ADAGRAD));
        m.setLearningRate(Algorithm.SGD, Math.E - 1);
        m.setLearningRate(Algorithm.ADAGRAD, 0.25);
        m.step();
        List<Path> paths = m.pathsProperty().get();
        assertThat(paths.get(0).settings().lr()).isEqualTo(Math.E - 1);
        assertThat(paths.get(0).points().get(1).values()).containsExactly(new double[] {Math.E, Math.E}, within(1e-9));
        // AdaGrad's first step is lr * g / |g| = lr in each coordinate: from (1, 1), where ∇f = (-1, -1), to 1.25.
        assertThat(paths.get(1).settings().lr()).isEqualTo(0.25);
        assertThat(paths.get(1).points().get(1).values()).containsExactly(new double[] {1.25, 1.25}, within(1e-6));
        assertThatThrownBy(() -> m.setLearningRate(Algorithm.SGD, Double.NaN)).hasMessageContaining("learning rate");

        m.setLearningRate(0.01);
        assertThat(m.pathsProperty().get()).allSatisfy(p -> assertThat(p.settings().lr()).isEqualTo(0.01));
    }

    @Test
    void aGifReplaysTheRaceOnScreenStepByStepEndingWhereItStands() {
        LandscapeModel m = direct();
        m.load(Q6, List.of("x", "y"));
        m.setAlgorithms(EnumSet.of(Algorithm.SGD, Algorithm.ADAM));
        m.placeStart(0.5, 2);
        m.steps(7);
        List<Path> shown = m.pathsProperty().get();

        List<List<Path>> frames = LandscapeModel.replay(shown, 120);
        assertThat(frames).hasSize(8);
        assertThat(frames.get(0)).allSatisfy(p -> assertThat(p.steps()).isZero());
        assertThat(frames.get(3).get(1).last()).isEqualTo(shown.get(1).points().get(3));
        assertThat(frames.getLast()).isEqualTo(shown);

        List<List<Path>> few = LandscapeModel.replay(shown, 3);
        assertThat(few).extracting(f -> f.get(0).steps()).containsExactly(0, 4, 7);
    }

    @Test
    void aRaceHasOnePathPerChosenOptimizerFromTheClickedStart() {
        LandscapeModel m = direct();
        m.load(Q6, List.of("x", "y"));
        m.setAlgorithms(EnumSet.of(Algorithm.SGD, Algorithm.MOMENTUM, Algorithm.ADAM));
        m.placeStart(0.5, 2);
        m.steps(5);
        List<Path> paths = m.pathsProperty().get();
        assertThat(paths).extracting(p -> p.settings().algorithm())
                .containsExactly(Algorithm.SGD, Algorithm.MOMENTUM, Algorithm.ADAM);
        assertThat(paths).allSatisfy(p -> {
            assertThat(p.points().get(0).values()).containsExactly(0.5, 2.0);
            assertThat(p.steps()).isEqualTo(5);
        });
    }

    @Test
    void aDivergingPathStopsWithAMessage() {
        LandscapeModel m = direct();
        m.load("x = 1.0\ny = 1.0\nf = x**2 + y**2\n", List.of("x", "y"));
        m.setLearningRate(10);
        m.steps(100);
        Path p = m.pathsProperty().get().get(0);
        assertThat(p.stopped()).isNotBlank();
        assertThat(m.finished()).isTrue();
    }

    @Test
    void aBadProgramOrVariableIsReportedNotThrown() {
        LandscapeModel m = direct();
        m.load(Q6, List.of("z"));
        assertThat(m.errorProperty().get()).isNotBlank();
        m.load(Q6, List.of("x", "y"));
        assertThat(m.errorProperty().get()).isNull();
    }

    @Test
    void zoomKeepsThePointUnderTheMouse() {
        var d = new LandscapeModel.Domain(0, 10, 0, 10).zoomed(0.5, 2, 4);
        assertThat(d).isEqualTo(new LandscapeModel.Domain(1, 6, 2, 7));
    }
}
