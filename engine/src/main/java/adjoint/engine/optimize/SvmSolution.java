package adjoint.engine.optimize;

import java.util.List;

/**
 * The exact soft-margin SVM of a point set, from {@link SvmDual}.
 *
 * @param model          w and b
 * @param alphas         the dual variables, one per point (0 for points beyond their margin)
 * @param c              the penalty weight C (infinite: hard margin)
 * @param loss           hinge or squared hinge
 * @param supportVectors indices of the points on or inside the margins
 * @param objective      the primal objective {@code ½‖w‖² + C Σ penalty}
 * @param accuracy       the fraction of points classified correctly
 * @param iterations     SMO steps taken
 */
public record SvmSolution(LinearModel model, double[] alphas, double c, SvmLoss loss, List<Integer> supportVectors,
                          double objective, double accuracy, int iterations) {
    public SvmSolution {
        alphas = alphas.clone();
        supportVectors = List.copyOf(supportVectors);
    }

    @Override
    public double[] alphas() {
        return alphas.clone();
    }

    public double margin() {
        return model.margin();
    }
}
