package adjoint.app.optimize;

import adjoint.engine.optimize.Algorithm;
import adjoint.engine.optimize.Datasets;
import adjoint.engine.optimize.LabeledPoint;
import adjoint.engine.optimize.LinearModel;
import adjoint.engine.optimize.LogisticTrainer;
import adjoint.engine.optimize.PointSet;
import adjoint.engine.optimize.PointsCsv;
import adjoint.engine.optimize.Settings;
import adjoint.engine.optimize.SvmDual;
import adjoint.engine.optimize.SvmLoss;
import adjoint.engine.optimize.SvmSolution;
import adjoint.engine.optimize.SvmTrainer;
import adjoint.engine.optimize.TrainingStep;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The SVM view's state, without any window: the points, C and the loss, and three models of them: the soft-margin
 * SVM as (sub)gradient descent trains it (animated), its exact solution from the dual, and logistic regression.
 * Every edit starts a new generation on the {@link Worker}: training restarts from w = 0 and stale frames are dropped.
 */
final class SvmModel {
    /** What the view draws of one training run at one moment. */
    record Snapshot(TrainingStep svm, SvmSolution exact, String exactError, LinearModel logistic, String message, boolean done) {
    }

    private final Worker worker;
    private final int maxSteps;
    private final int stepsPerFrame;
    private final long frameDelayMs;
    private final ObjectProperty<PointSet> points = new SimpleObjectProperty<>(PointSet.empty());
    private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>();
    private double c = 1;
    private SvmLoss loss = SvmLoss.HINGE;

    /**
     * @param maxSteps      training steps of a run
     * @param stepsPerFrame steps between two published frames
     * @param frameDelayMs  pause after each frame, so the training is seen (0 in tests)
     */
    SvmModel(Worker worker, int maxSteps, int stepsPerFrame, long frameDelayMs) {
        this.worker = worker;
        this.maxSteps = maxSteps;
        this.stepsPerFrame = stepsPerFrame;
        this.frameDelayMs = frameDelayMs;
    }

    void loadDataset(String name) {
        setPoints(Datasets.named(name));
    }

    void setPoints(PointSet set) {
        points.set(set);
        retrain();
    }

    void add(double x1, double x2, int label) {
        setPoints(points.get().add(new LabeledPoint(x1, x2, label)));
    }

    void move(int index, double x1, double x2) {
        setPoints(points.get().move(index, x1, x2));
    }

    void remove(int index) {
        setPoints(points.get().remove(index));
    }

    void relabel(int index) {
        setPoints(points.get().relabel(index));
    }

    void setC(double value) {
        c = value;
        retrain();
    }

    void setLoss(SvmLoss value) {
        loss = value;
        retrain();
    }

    double c() {
        return c;
    }

    SvmLoss loss() {
        return loss;
    }

    /** Reads CSV points; throws {@link PointsCsv.Malformed} with the line and the reason, leaving the points as they were. */
    void importCsv(String text) {
        setPoints(PointsCsv.read(text));
    }

    String exportCsv() {
        return PointsCsv.write(points.get());
    }

    /** The index of the point nearest (x1, x2) within {@code radius} in data units, or −1. */
    int nearest(double x1, double x2, double radiusX, double radiusY) {
        int best = -1;
        double bestD = 1;
        for (int i = 0; i < points.get().size(); i++) {
            LabeledPoint p = points.get().get(i);
            double d = Math.hypot((p.x1() - x1) / radiusX, (p.x2() - x2) / radiusY);
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** Starts training again from w = 0, b = 0 on the current points, C and loss. */
    void retrain() {
        PointSet set = points.get();
        double cc = c;
        SvmLoss kind = loss;
        worker.submit((g, current, publish) -> {
            if (!set.hasBothClasses()) {
                publish.accept(() -> snapshot.set(new Snapshot(null, null, null, null,
                        "Add points of both classes (click: +1, Shift-click: −1) to train.", true)));
                return;
            }
            SvmSolution exact = null;
            String exactError = null;
            try {
                exact = SvmDual.solve(set, cc, kind);
            } catch (RuntimeException e) {
                exactError = e.getMessage();
            }
            try {
                train(set, cc, kind, exact, exactError, g, current, publish);
            } catch (RuntimeException e) {
                publish.accept(() -> snapshot.set(new Snapshot(null, null, null, null, "Training failed: " + e.getMessage(), true)));
            }
        });
    }

    private void train(PointSet set, double cc, SvmLoss kind, SvmSolution exact, String exactError, long g,
                       LongPredicate current, Consumer<Runnable> publish) {
        SvmTrainer svm = new SvmTrainer(set, cc, kind, SvmTrainer.defaultSettings());
        LogisticTrainer logistic = new LogisticTrainer(set, Settings.of(Algorithm.ADAM).withLr(0.05));
        for (int k = 0; current.test(g); k++) {
            boolean done = k >= maxSteps || svm.isStopped();
            Snapshot s = new Snapshot(svm.current(), exact, exactError, logistic.model(),
                    svm.isStopped() ? svm.stopMessage() : null, done);
            if (done || k % stepsPerFrame == 0) {
                publish.accept(() -> snapshot.set(s));
                pause();
            }
            if (done) {
                return;
            }
            svm.step();
            if (!logistic.isStopped()) {
                logistic.step();
            }
        }
    }

    private void pause() {
        if (frameDelayMs > 0) {
            try {
                Thread.sleep(frameDelayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    ReadOnlyObjectProperty<PointSet> pointsProperty() {
        return points;
    }

    ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot;
    }

    void close() {
        worker.close();
    }
}
