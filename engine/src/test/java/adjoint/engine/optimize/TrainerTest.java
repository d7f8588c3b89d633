package adjoint.engine.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainerTest {

    @Test
    void subgradientDescentOnQ4HeadsForTheExactSvm() {
        SvmTrainer t = new SvmTrainer(Datasets.midtermQ4(), 1, SvmLoss.HINGE, SvmTrainer.defaultSettings());

        t.run(3000);

        LinearModel m = t.model();
        assertThat(m.w1()).isCloseTo(-1, within(0.05));
        assertThat(m.w2()).isCloseTo(1, within(0.05));
        assertThat(m.b()).isCloseTo(0, within(0.1));
        assertThat(t.current().accuracy()).isEqualTo(1);
        assertThat(t.current().loss()).isLessThan(t.history().getFirst().loss()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theDecayingRateLetsQ4sBoundarySettleInsteadOfCircling() {
        SvmTrainer t = new SvmTrainer(Datasets.midtermQ4(), 1, SvmLoss.HINGE, SvmTrainer.defaultSettings());
        List<TrainingStep> steps = t.run(1500);

        double largestMove = 0;
        for (int k = 1401; k <= 1500; k++) {
            LinearModel a = steps.get(k - 1).model();
            LinearModel m = steps.get(k).model();
            largestMove = Math.max(largestMove, Math.abs(m.w1() - a.w1()) + Math.abs(m.w2() - a.w2()) + Math.abs(m.b() - a.b()));
        }
        assertThat(largestMove).isLessThan(0.015);
        LinearModel m = t.model();
        assertThat(m.w1()).isCloseTo(-1, within(0.005));
        assertThat(m.w2()).isCloseTo(1, within(0.005));
        assertThat(m.b()).isCloseTo(0, within(0.005));
    }

    @Test
    void squaredHingeTrainingReachesTheDualsObjective() {
        PointSet q4 = Datasets.midtermQ4();
        SvmSolution exact = SvmDual.solve(q4, 1, SvmLoss.SQUARED_HINGE);
        SvmTrainer t = new SvmTrainer(q4, 1, SvmLoss.SQUARED_HINGE, Settings.of(Algorithm.ADAM).withLr(0.01));

        t.run(5000);

        assertThat(t.current().loss()).isCloseTo(exact.objective(), within(1e-4));
        assertThat(t.model().w1()).isCloseTo(exact.model().w1(), within(1e-2));
    }

    @Test
    void trainingReportsEveryStepAndCanBeCancelled() {
        SvmTrainer t = new SvmTrainer(Datasets.implication(), 1, SvmLoss.HINGE, SvmTrainer.defaultSettings());
        List<Integer> seen = new ArrayList<>();

        t.run(50, s -> seen.add(s.step()), () -> seen.size() == 4);

        assertThat(seen).containsExactly(1, 2, 3, 4);
        assertThat(t.history()).hasSize(5);
        assertThat(t.history().getFirst().model()).isEqualTo(new LinearModel(0, 0, 0));
    }

    @Test
    void aHugeLearningRateStopsWithAMessage() {
        SvmTrainer t = new SvmTrainer(Datasets.midtermQ4(), 1e300, SvmLoss.SQUARED_HINGE,
                Settings.of(Algorithm.SGD).withLr(1e300));

        t.run(10);

        assertThat(t.isStopped()).isTrue();
        assertThat(t.stopMessage()).contains("non-finite").contains("learning rate");
        assertThatThrownBy(t::step).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theCheatSheetsLogisticRegressionLearnsTheBlobs() {
        // TwoClassDataset(N=100, sigma=1.5), mini-batches of 8, SGD: the cheat sheet's sample code.
        LogisticTrainer t = new LogisticTrainer(Datasets.blobs(100, 1.5, 0), Settings.of(Algorithm.SGD).withLr(0.01), 8, 0);
        assertThat(t.model()).isEqualTo(new LinearModel(1, 1, 0));

        List<TrainingStep> h = t.run(200);

        assertThat(h.getLast().accuracy()).isGreaterThan(0.8);
        assertThat(h.getLast().loss()).isLessThan(0.5 * h.getFirst().loss());
        int rises = 0;
        for (int i = 1; i < h.size(); i++) {
            rises += h.get(i).loss() > h.get(i - 1).loss() + 1e-3 ? 1 : 0;
        }
        assertThat(rises).as("epochs where the loss rose").isLessThan(10);
        assertThat(t.model().w1()).isNegative();
        assertThat(t.model().w2()).isPositive();
        assertThat(t.probability(-1, 1)).isGreaterThan(0.5);
    }

    @Test
    void fullBatchLogisticLossNeverRises() {
        LogisticTrainer t = new LogisticTrainer(Datasets.named("moons"), Settings.of(Algorithm.SGD).withLr(0.1));

        List<TrainingStep> h = t.run(100);

        for (int i = 1; i < h.size(); i++) {
            assertThat(h.get(i).loss()).isLessThanOrEqualTo(h.get(i - 1).loss());
        }
        assertThat(h.getLast().accuracy()).isGreaterThan(0.8);
    }
}
