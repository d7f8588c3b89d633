package adjoint.engine.optimize;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import adjoint.engine.optim.Optimizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Training of a linear classifier {@code w·x + b} of the plane on engine tensors, one step at a time so a view can
 * animate it: {@link SvmTrainer} and {@link LogisticTrainer}. Stops, with a message, if w or b stops being finite.
 * Not thread-safe: drive it from one worker thread.
 */
public abstract sealed class Trainer permits SvmTrainer, LogisticTrainer {
    protected final PointSet points;
    protected final Tensor features;
    protected final Tensor labels;
    protected final Tensor w;
    protected final Tensor b;
    protected final Optimizer optimizer;
    private final Settings settings;
    private final List<TrainingStep> history = new ArrayList<>();
    private String stopped;

    Trainer(PointSet points, Settings settings, double[] w0, double b0) {
        if (!points.hasBothClasses()) {
            throw new IllegalArgumentException("training needs points of both classes (+1 and -1)");
        }
        this.points = points;
        this.settings = settings;
        this.features = points.features(DType.FLOAT64);
        this.labels = points.labels(DType.FLOAT64);
        this.w = Tensor.fromDoubles(DType.FLOAT64, w0, 2).requiresGrad(true);
        this.b = Tensor.scalar(DType.FLOAT64, b0).requiresGrad(true);
        this.optimizer = settings.create(List.of(w, b));
    }

    /** Records step 0; subclasses call it once their own fields are set. */
    final void begin() {
        history.add(snapshot(0));
    }

    /** One step (SVM) or epoch (logistic regression) of the optimizer on the engine's tensors. */
    abstract void advance();

    /** The training objective over all points at {@code model}. */
    abstract double loss(LinearModel model);

    /** Takes one step and returns the state after it; refused once training has stopped. */
    public final TrainingStep step() {
        if (stopped != null) {
            throw new IllegalStateException("training has stopped: " + stopped);
        }
        advance();
        TrainingStep s = snapshot(history.size());
        history.add(s);
        LinearModel m = s.model();
        if (!Double.isFinite(m.w1()) || !Double.isFinite(m.w2()) || !Double.isFinite(m.b())) {
            stopped = "w or b became non-finite at step " + s.step() + ": lower the learning rate";
        }
        return s;
    }

    /** Up to {@code steps} steps, telling {@code onStep} each; ends early when training stops or on cancel. */
    public final List<TrainingStep> run(int steps, Consumer<TrainingStep> onStep, BooleanSupplier cancelled) {
        for (int i = 0; i < steps && stopped == null && !cancelled.getAsBoolean(); i++) {
            onStep.accept(step());
        }
        return history();
    }

    public final List<TrainingStep> run(int steps) {
        return run(steps, s -> { }, () -> false);
    }

    public final TrainingStep current() {
        return history.getLast();
    }

    public final LinearModel model() {
        return current().model();
    }

    /** Every state from step 0, for a loss curve. */
    public final List<TrainingStep> history() {
        return List.copyOf(history);
    }

    public final boolean isStopped() {
        return stopped != null;
    }

    public final String stopMessage() {
        return stopped;
    }

    public final Settings settings() {
        return settings;
    }

    public final PointSet points() {
        return points;
    }

    private TrainingStep snapshot(int k) {
        double[] wv = w.toDoubles();
        LinearModel m = new LinearModel(wv[0], wv[1], b.item());
        return new TrainingStep(k, m, loss(m), m.accuracy(points));
    }
}
