package adjoint.app.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import adjoint.engine.optimize.Datasets;
import adjoint.engine.optimize.LinearModel;
import adjoint.engine.optimize.PointsCsv;
import adjoint.engine.optimize.SvmLoss;
import org.junit.jupiter.api.Test;

class SvmModelTest {
    static SvmModel direct() {
        return new SvmModel(new Worker(Runnable::run, Runnable::run), 1500, 50, 0);
    }

    @Test
    void midtermQ4sExactOverlayHasMarginRootTwo() {
        SvmModel m = direct();
        m.loadDataset("midterm-q4");
        var snap = m.snapshotProperty().get();
        assertThat(snap.done()).isTrue();
        assertThat(snap.exact().margin()).isCloseTo(Math.sqrt(2), within(1e-9));
        assertThat(snap.exact().supportVectors()).hasSize(6);
        LinearModel trained = snap.svm().model();
        assertThat(trained.margin()).isCloseTo(Math.sqrt(2), within(0.1));
        assertThat(snap.svm().accuracy()).isEqualTo(1.0);
    }

    @Test
    void addingAPointMovesTheBoundary() {
        SvmModel m = direct();
        m.setC(1000);
        m.loadDataset("midterm-q4");
        LinearModel before = m.snapshotProperty().get().exact().model();
        m.add(5, 4.5, 1);
        LinearModel after = m.snapshotProperty().get().exact().model();
        assertThat(m.pointsProperty().get().size()).isEqualTo(13);
        assertThat(after.margin()).isLessThan(before.margin() - 0.1);
    }

    @Test
    void draggingAndRelabellingChangeTheModel() {
        SvmModel m = direct();
        m.setC(1000);
        m.loadDataset("midterm-q4");
        double before = m.snapshotProperty().get().exact().margin();
        int i = m.nearest(2, 3, 0.1, 0.1);
        assertThat(i).isGreaterThanOrEqualTo(0);
        m.move(i, 3, 3.5);
        double moved = m.snapshotProperty().get().exact().margin();
        assertThat(moved).isLessThan(before - 0.05);
        m.relabel(i);
        assertThat(m.pointsProperty().get().get(i).label()).isEqualTo(-1);
        assertThat(m.snapshotProperty().get().exact().margin()).isNotCloseTo(moved, within(1e-3));
        m.remove(i);
        assertThat(m.pointsProperty().get().size()).isEqualTo(11);
    }

    @Test
    void smallerCWidensTheMargin() {
        SvmModel m = direct();
        m.loadDataset("blobs");
        m.setC(100);
        double narrow = m.snapshotProperty().get().svm().model().margin();
        m.setC(0.01);
        double wide = m.snapshotProperty().get().svm().model().margin();
        assertThat(wide).isGreaterThan(narrow);
        m.setLoss(SvmLoss.SQUARED_HINGE);
        assertThat(m.snapshotProperty().get().exact().loss()).isEqualTo(SvmLoss.SQUARED_HINGE);
    }

    @Test
    void oneClassAsksForTheOther() {
        SvmModel m = direct();
        m.setPoints(adjoint.engine.optimize.PointSet.empty());
        m.add(1, 1, 1);
        assertThat(m.snapshotProperty().get().message()).contains("both classes");
    }

    @Test
    void csvExportAndImportRoundTrip() {
        SvmModel m = direct();
        m.loadDataset("moons");
        String csv = m.exportCsv();
        SvmModel other = direct();
        other.importCsv(csv);
        assertThat(other.pointsProperty().get()).isEqualTo(m.pointsProperty().get());
        assertThatThrownBy(() -> other.importCsv("x1,x2,label\n1,2,0\n")).isInstanceOf(PointsCsv.Malformed.class)
                .hasMessageContaining("line 2");
        assertThat(other.pointsProperty().get()).isEqualTo(Datasets.named("moons"));
    }
}
