package adjoint.engine.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DatasetsTest {

    @Test
    void everyNamedSetHasBothClasses() {
        for (String name : Datasets.NAMES) {
            assertThat(Datasets.named(name).hasBothClasses()).as(name).isTrue();
        }
        assertThatThrownBy(() -> Datasets.named("iris")).hasMessageContaining("midterm-q4, implication");
    }

    @Test
    void theSameSeedGivesTheSamePoints() {
        assertThat(Datasets.blobs(50, 1.5, 7)).isEqualTo(Datasets.blobs(50, 1.5, 7));
        assertThat(Datasets.moons(30, 0.1, 7)).isEqualTo(Datasets.moons(30, 0.1, 7));
        assertThat(Datasets.blobs(50, 1.5, 7)).isNotEqualTo(Datasets.blobs(50, 1.5, 8));
    }

    @Test
    void blobsAreTheCheatSheetsTwoClassDataset() {
        PointSet s = Datasets.blobs(2000, 1.5, 0);

        assertThat(s.size()).isEqualTo(4000);
        double[] plus = mean(s, 1);
        double[] minus = mean(s, -1);
        assertThat(plus[0]).isCloseTo(-1, within(0.1));
        assertThat(plus[1]).isCloseTo(1, within(0.1));
        assertThat(minus[0]).isCloseTo(1, within(0.1));
        assertThat(minus[1]).isCloseTo(-1, within(0.1));
    }

    @Test
    void pointSetsAreEditedByCopy() {
        PointSet q4 = Datasets.midtermQ4();

        PointSet edited = q4.add(new LabeledPoint(5, 5, -1)).move(0, 0, 5).relabel(1).remove(2);

        assertThat(q4.size()).isEqualTo(12);
        assertThat(edited.size()).isEqualTo(12);
        assertThat(edited.get(0)).isEqualTo(new LabeledPoint(0, 5, 1));
        assertThat(edited.get(1)).isEqualTo(new LabeledPoint(2, 3, -1));
        assertThat(edited.get(11)).isEqualTo(new LabeledPoint(5, 5, -1));
        assertThat(q4.bounds()).containsExactly(1, 8, 1, 9);
    }

    private static double[] mean(PointSet s, int label) {
        return new double[] {
            s.points().stream().filter(p -> p.label() == label).mapToDouble(LabeledPoint::x1).average().orElseThrow(),
            s.points().stream().filter(p -> p.label() == label).mapToDouble(LabeledPoint::x2).average().orElseThrow()};
    }
}
