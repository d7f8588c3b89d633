package adjoint.engine.optimize;

import adjoint.engine.Tensor;
import adjoint.engine.nn.Functional;
import adjoint.engine.nn.Reduction;
import adjoint.engine.optim.LambdaLR;

/**
 * A linear soft-margin SVM trained by (sub)gradient descent on {@code ½‖w‖² + C Σ penalty(y (w·x + b))}, full
 * batch, from w = 0, b = 0, with autograd and an engine optimizer: what the SVM view animates while
 * {@link SvmDual} gives where it is heading.
 *
 * <pre>{@code
 * SvmTrainer t = new SvmTrainer(Datasets.midtermQ4(), 1, SvmLoss.HINGE, SvmTrainer.defaultSettings());
 * t.run(2000);
 * t.model(); // close to LinearModel[w1=-1, w2=1, b=0]
 * }</pre>
 */
public final class SvmTrainer extends Trainer {
    /** How many steps the learning rate takes to fall to 1/√2 of its start: the schedule is 1/√(1 + t/τ). */
    static final double DECAY_STEPS = 100;
    private final double c;
    private final SvmLoss loss;
    /** A subgradient method with a constant rate keeps circling the optimum; a decaying one settles on it. */
    private final LambdaLR schedule;

    public SvmTrainer(PointSet points, double c, SvmLoss loss, Settings settings) {
        super(points, settings, new double[2], 0);
        if (!(c > 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("training needs a finite C > 0, not " + c);
        }
        this.c = c;
        this.loss = loss;
        this.schedule = new LambdaLR(optimizer, t -> 1 / Math.sqrt(1 + t / DECAY_STEPS));
        begin();
    }

    /**
     * Adam with learning rate 0.05 at the start, falling as 1/√(1 + t/100): fast enough to settle in a few hundred
     * steps, and still enough at the end that the boundary rests instead of circling the optimum.
     */
    public static Settings defaultSettings() {
        return Settings.of(Algorithm.ADAM).withLr(0.05);
    }

    public double c() {
        return c;
    }

    public SvmLoss lossKind() {
        return loss;
    }

    @Override
    void advance() {
        optimizer.zeroGrad();
        Tensor scores = features.matmul(w).add(b);
        Tensor penalty = loss == SvmLoss.HINGE ? Functional.hingeLoss(scores, labels, Reduction.SUM)
                : Functional.squaredHingeLoss(scores, labels, Reduction.SUM);
        w.dot(w).mul(0.5).add(penalty.mul(c)).backward();
        optimizer.step();
        schedule.step();
    }

    @Override
    double loss(LinearModel model) {
        return model.svmObjective(points, c, loss);
    }
}
