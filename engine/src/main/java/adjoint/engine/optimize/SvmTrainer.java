package adjoint.engine.optimize;

import adjoint.engine.Tensor;
import adjoint.engine.nn.Functional;
import adjoint.engine.nn.Reduction;

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
    private final double c;
    private final SvmLoss loss;

    public SvmTrainer(PointSet points, double c, SvmLoss loss, Settings settings) {
        super(points, settings, new double[2], 0);
        if (!(c > 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("training needs a finite C > 0, not " + c);
        }
        this.c = c;
        this.loss = loss;
        begin();
    }

    /** Adam with learning rate 0.05: steady enough to watch, fast enough to settle in a few hundred steps. */
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
    }

    @Override
    double loss(LinearModel model) {
        return model.svmObjective(points, c, loss);
    }
}
