package adjoint.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.DType;
import adjoint.engine.Generator;
import adjoint.engine.Tensor;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DropoutTest {

    @Test
    void evalModeIsTheIdentityAsPyTorch() {
        Dropout drop = new Dropout(0.5, new Generator(0));
        drop.eval();
        NnOracle.checkForwardBackward(drop, NnOracle.nnCase("dropout_eval"));
    }

    @Test
    void trainingZeroesAboutPAndScalesTheRestThenEvalRestoresTheIdentity() {
        Dropout drop = new Dropout(0.25, new Generator(3));
        Tensor x = Tensor.ones(DType.FLOAT64, 4000);
        double[] y = drop.forward(x).toDoubles();
        long zeros = Arrays.stream(y).filter(v -> v == 0).count();
        assertThat(Arrays.stream(y).filter(v -> v != 0)).containsOnly(1 / 0.75);
        assertThat(zeros).isBetween(850L, 1150L);
        drop.eval();
        assertThat(drop.forward(x).toDoubles()).containsOnly(1.0);
        drop.train();
        assertThat(drop.forward(x).toDoubles()).contains(0.0);
    }

    @Test
    void theSameSeedDropsTheSameElements() {
        Tensor x = Tensor.ones(DType.FLOAT64, 50);
        double[] a = new Dropout(0.5, new Generator(11)).forward(x).toDoubles();
        double[] b = new Dropout(0.5, new Generator(11)).forward(x).toDoubles();
        assertThat(a).containsExactly(b);
    }

    @Test
    void theGradientFlowsOnlyThroughKeptElements() {
        Tensor x = Tensor.ones(DType.FLOAT64, 20).requiresGrad(true);
        Tensor y = new Dropout(0.5, new Generator(2)).forward(x);
        y.sum().backward();
        assertThat(x.grad().toDoubles()).containsExactly(y.toDoubles());
    }

    @Test
    void aProbabilityOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new Dropout(1.5, new Generator(0)))
                .hasMessage("dropout probability has to be between 0 and 1, but got 1.5");
        assertThat(new Dropout(new Generator(0)).p()).isEqualTo(0.5);
    }
}
