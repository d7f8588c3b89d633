package adjoint.engine.optimize;

/**
 * A classifier after {@code step} steps (epochs) of training.
 *
 * @param loss     the training objective over all points at {@code model}
 * @param accuracy the fraction of points {@code model} classifies correctly
 */
public record TrainingStep(int step, LinearModel model, double loss, double accuracy) {
}
