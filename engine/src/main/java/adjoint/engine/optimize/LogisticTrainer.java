package adjoint.engine.optimize;

import adjoint.engine.DType;
import adjoint.engine.Generator;
import adjoint.engine.NoGrad;
import adjoint.engine.Tensor;
import adjoint.engine.data.DataLoader;
import adjoint.engine.data.TensorDataset;
import adjoint.engine.nn.Functional;
import adjoint.engine.nn.Reduction;

/**
 * The cheat sheet's logistic regression: {@code p = sigmoid(w·x + b)} from w = ones, b = 0, trained on the mean
 * binary cross-entropy with class +1 as target 1 and −1 as 0; each {@link #step()} is one epoch of mini-batches
 * shuffled by a seeded generator (or one full-batch step). Its boundary {@code w·x + b = 0} is the SVM view's
 * second model.
 *
 * <pre>{@code
 * LogisticTrainer t = new LogisticTrainer(Datasets.blobs(100, 1.5, 0), Settings.of(Algorithm.SGD).withLr(0.1), 8, 0);
 * t.run(200);
 * t.current().accuracy(); // about 0.8
 * }</pre>
 */
public final class LogisticTrainer extends Trainer {
    private final Tensor targets;
    private final DataLoader<Tensor[]> loader;

    /** Full batch: each step is one gradient step on all points. */
    public LogisticTrainer(PointSet points, Settings settings) {
        this(points, settings, 0, 0);
    }

    /** Mini-batches of {@code batchSize} (0: all points) shuffled with {@code seed}; each step is one epoch. */
    public LogisticTrainer(PointSet points, Settings settings, int batchSize, long seed) {
        super(points, settings, new double[] {1, 1}, 0);
        if (batchSize < 0) {
            throw new IllegalArgumentException("the batch size must be >= 0, not " + batchSize);
        }
        targets = labels.add(1L).div(2.0);
        int size = batchSize == 0 ? points.size() : batchSize;
        loader = DataLoader.of(new TensorDataset(features, targets),
                DataLoader.options().batchSize(size).shuffle(new Generator(seed)));
        begin();
    }

    @Override
    void advance() {
        for (Tensor[] batch : loader) {
            optimizer.zeroGrad();
            Tensor logits = batch[0].matmul(w).add(b);
            Functional.binaryCrossEntropyWithLogits(logits, batch[1], null, null, Reduction.MEAN).backward();
            optimizer.step();
        }
    }

    /** The mean binary cross-entropy over all points. */
    @Override
    double loss(LinearModel model) {
        try (var scope = NoGrad.enter()) {
            Tensor wt = Tensor.fromDoubles(DType.FLOAT64, new double[] {model.w1(), model.w2()}, 2);
            Tensor logits = features.matmul(wt).add(model.b());
            return Functional.binaryCrossEntropyWithLogits(logits, targets, null, null, Reduction.MEAN).item();
        }
    }

    /** The model's probability of class +1 at a point. */
    public double probability(double x1, double x2) {
        return 1 / (1 + Math.exp(-model().score(x1, x2)));
    }
}
