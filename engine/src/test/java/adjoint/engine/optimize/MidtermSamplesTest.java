package adjoint.engine.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import adjoint.engine.DType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The samples/ files of the midterm's optimisation questions give the exam's answers. */
class MidtermSamplesTest {
    private static final Path SAMPLES = Path.of("..", "samples");

    private static String read(String name) throws IOException {
        return Files.readString(SAMPLES.resolve(name));
    }

    @Test
    void q2DescendsFromSixToEToTheOneAndAHalf() throws IOException {
        Objective loss = Objective.parse(read("midterm-q2.adj"), "x");
        assertThat(loss.start()).containsExactly(6);

        var path = new Descent(loss, Settings.of(Algorithm.SGD).withLr(0.001)).run(20000);

        assertThat(path.points()).hasSize(20001);
        assertThat(path.points().get(1).value(0)).isCloseTo(5.999610987374362, within(1e-12));
        double x = path.last().value(0);
        assertThat(x).isCloseTo(4.482584292683254, within(1e-9));   // torch, float64
        assertThat(x).isCloseTo(Math.exp(1.5), within(1e-3));
        assertThat(Math.log(x * x)).isCloseTo(3, within(1e-3));
        for (int k = 1; k < path.points().size(); k++) {
            assertThat(path.points().get(k).f()).isLessThan(path.points().get(k - 1).f());
        }
    }

    @Test
    void q2InFloat32AsTheSeedRunsIt() throws IOException {
        Objective loss = Objective.parse(read("midterm-q2.adj"), "x").withDtype(DType.FLOAT32);

        var path = new Descent(loss, Settings.of(Algorithm.SGD).withLr(0.001)).run(20000);

        assertThat(path.last().value(0)).isCloseTo(4.482630729675293, within(2e-5)); // torch, float32
    }

    @Test
    void q6IteratesAreEThenThreeEMinusTwo() throws IOException {
        Objective f = Objective.parse(read("midterm-q6.adj"), "x", "y");

        var path = new Descent(f, Settings.of(Algorithm.SGD).withLr(Math.E - 1)).run(2);

        assertThat(path.points().get(0).values()).containsExactly(1, 1);
        assertThat(path.points().get(0).grad()).containsExactly(-1, -1);
        assertThat(path.points().get(1).values()).containsExactly(Math.E, Math.E);
        assertThat(path.points().get(1).grad()).containsExactly(-2, -2);
        assertThat(path.points().get(2).value(0)).isCloseTo(3 * Math.E - 2, within(1e-14));
        assertThat(path.points().get(2).value(1)).isCloseTo(3 * Math.E - 2, within(1e-14));
    }

    @Test
    void q4HasBoundaryYEqualsXMarginsYEqualsXPlusMinusOneAndSixSupportVectors() throws IOException {
        PointSet points = PointsCsv.read(read("midterm-q4.csv"));
        assertThat(points).isEqualTo(Datasets.midtermQ4());

        SvmSolution s = SvmDual.solve(points, 1, SvmLoss.HINGE);

        LinearModel m = s.model();
        for (double x = -5; x <= 15; x += 2.5) {
            assertThat(m.score(x, x)).as("on y = x").isCloseTo(0, within(1e-9));
            assertThat(m.score(x, x + 1)).as("on y = x + 1").isCloseTo(1, within(1e-9));
            assertThat(m.score(x, x - 1)).as("on y = x - 1").isCloseTo(-1, within(1e-9));
        }
        assertThat(s.margin()).isCloseTo(Math.sqrt(2), within(1e-9));
        assertThat(s.supportVectors().stream().map(points::get).map(p -> List.of(p.x1(), p.x2())).toList())
                .containsExactlyInAnyOrder(List.of(2.0, 3.0), List.of(3.0, 4.0), List.of(6.0, 7.0),
                        List.of(3.0, 2.0), List.of(4.0, 3.0), List.of(8.0, 7.0));
    }

    @Test
    void q5TheExamsLineSeparatesTheImplication() throws IOException {
        PointSet points = PointsCsv.read(read("midterm-q5.csv"));
        LinearModel exam = new LinearModel(-1, 1, 1);

        assertThat(exam.accuracy(points)).isEqualTo(1);
        assertThat(points.points().stream().map(p -> exam.predict(p.x1(), p.x2())).toList()).containsExactly(1, 1, -1, 1);

        LinearModel svm = SvmDual.solve(points, 1, SvmLoss.HINGE).model();
        assertThat(svm.w1()).isCloseTo(-1, within(1e-9));
        assertThat(svm.w2()).isCloseTo(1, within(1e-9));
        assertThat(svm.b()).isCloseTo(1, within(1e-9));
    }
}
