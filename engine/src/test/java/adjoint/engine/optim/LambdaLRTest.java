package adjoint.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LambdaLRTest {
    /** torch 1.13, float64: LambdaLR(opt, lambda t: 1/(1+t)) on sum(p**3 + p**2) from p = [1, -2], four steps. */
    private static final double[][] SGD_MOMENTUM = {{0.5, -2.8}, {0.18749999999999997, -4.055999999999999},
        {-0.016015625000000026, -6.1843135999999985}, {-0.15260712814331057, -10.180139702735868}};
    private static final double[][] ADAM = {{0.9000000002, -2.099999999875}, {0.8503898046685141, -2.1500661619296584},
        {0.8175446903786419, -2.1835131539883985}, {0.7930698991079963, -2.2086565171739823}};
    private static final double[] LRS = {0.05, 0.03333333333333333, 0.025, 0.020000000000000004};

    private static void matchesTorch(Function<List<Tensor>, Optimizer> make, double[][] expected) {
        Tensor p = Tensor.fromDoubles(DType.FLOAT64, new double[] {1, -2}, 2).requiresGrad(true);
        Optimizer opt = make.apply(List.of(p));
        LambdaLR schedule = new LambdaLR(opt, t -> 1.0 / (1 + t));
        for (int k = 0; k < 4; k++) {
            opt.zeroGrad();
            p.pow(3).sum().add(p.mul(p).sum()).backward();
            opt.step();
            schedule.step();
            assertThat(p.toDoubles()).containsExactly(expected[k], within(1e-12));
            assertThat(opt.learningRate()).isCloseTo(LRS[k], within(1e-15));
        }
        assertThat(schedule.epoch()).isEqualTo(4);
    }

    @Test
    void sgdWithMomentumFollowsTorchsLambdaLRStepByStep() {
        matchesTorch(ps -> new SGD(ps, SGD.options(0.1).momentum(0.9)), SGD_MOMENTUM);
    }

    @Test
    void adamKeepsItsMomentsWhileTheRateChangesAsInTorch() {
        matchesTorch(ps -> new Adam(ps, Adam.options(0.1)), ADAM);
    }

    @Test
    void aFactorThatIsNotAFiniteNonNegativeNumberIsRefused() {
        Optimizer opt = new SGD(List.of(Tensor.scalar(DType.FLOAT64, 1).requiresGrad(true)), SGD.options(0.1));
        assertThatThrownBy(() -> new LambdaLR(opt, t -> Double.NaN)).hasMessageContaining("finite number");
        LambdaLR ok = new LambdaLR(opt, t -> 1 - t);
        assertThatThrownBy(() -> {
            ok.step();
            ok.step();
        }).hasMessageContaining("epoch 2");
    }
}
