package adjoint.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class AdamWTest {

    static Stream<Arguments> cases() {
        return OptimizerOracle.cases("AdamW");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyStepMatchesPyTorch(String id, JsonNode c) {
        OptimizerOracle.replay(c, params -> new AdamW(params, AdamTest.optionsOf(AdamW.options(), c.get("kwargs"))),
                AdamW::state);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void optionsHaveTorchDefaults(String id, JsonNode c) {
        AdamTest.assertTorchDefaults(AdamTest.optionsOf(AdamW.options(), c.get("kwargs")), c.get("defaults"));
    }

    @Test
    void defaultWeightDecayIsOneHundredth() {
        assertThat(AdamW.options().weightDecay()).isEqualTo(1e-2);
        assertThat(AdamW.options().lr()).isEqualTo(1e-3);
    }

    @Test
    void weightDecayShrinksTheParameterInsteadOfJoiningTheGradient() {
        Tensor w = Tensor.fromDoubles(DType.FLOAT64, new double[] {1.0}, 1).requiresGrad(true);
        Tensor l2 = Tensor.fromDoubles(DType.FLOAT64, new double[] {1.0}, 1).requiresGrad(true);
        var decoupled = new AdamW(List.of(w), AdamW.options(0.01).weightDecay(0.5));
        var coupled = new Adam(List.of(l2), Adam.options(0.01).weightDecay(0.5));
        w.setGrad(Tensor.fromDoubles(DType.FLOAT64, new double[] {2.0}, 1));
        l2.setGrad(Tensor.fromDoubles(DType.FLOAT64, new double[] {2.0}, 1));
        decoupled.step();
        coupled.step();
        assertThat(w.toDoubles()[0]).isCloseTo(1.0 * (1 - 0.01 * 0.5) - 0.01, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(l2.toDoubles()[0]).isCloseTo(1.0 - 0.01, org.assertj.core.data.Offset.offset(1e-9));
    }
}
