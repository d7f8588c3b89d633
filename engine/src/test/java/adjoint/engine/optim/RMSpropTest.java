package adjoint.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.Tensor;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class RMSpropTest {

    static Stream<Arguments> cases() {
        return OptimizerOracle.cases("RMSprop");
    }

    static RMSprop.Options optionsOf(JsonNode kwargs) {
        RMSprop.Options o = RMSprop.options(kwargs.get("lr").asDouble());
        return o.alpha(OptimizerOracle.number(kwargs, "alpha", o.alpha()))
                .eps(OptimizerOracle.number(kwargs, "eps", o.eps()))
                .weightDecay(OptimizerOracle.number(kwargs, "weight_decay", 0))
                .momentum(OptimizerOracle.number(kwargs, "momentum", 0))
                .centered(OptimizerOracle.flag(kwargs, "centered"))
                .maximize(OptimizerOracle.flag(kwargs, "maximize"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyStepMatchesPyTorch(String id, JsonNode c) {
        OptimizerOracle.replay(c, params -> new RMSprop(params, optionsOf(c.get("kwargs"))), RMSprop::state);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void optionsHaveTorchDefaults(String id, JsonNode c) {
        JsonNode d = c.get("defaults");
        RMSprop.Options o = optionsOf(c.get("kwargs"));
        assertThat(new double[] {o.lr(), o.alpha(), o.eps(), o.weightDecay(), o.momentum()}).containsExactly(
                d.get("lr").asDouble(), d.get("alpha").asDouble(), d.get("eps").asDouble(),
                d.get("weight_decay").asDouble(), d.get("momentum").asDouble());
        assertThat(o.centered()).isEqualTo(d.get("centered").asBoolean());
    }

    @Test
    void defaultsAreTorchs() {
        RMSprop.Options o = RMSprop.options();
        assertThat(new double[] {o.lr(), o.alpha(), o.eps(), o.weightDecay(), o.momentum()})
                .containsExactly(1e-2, 0.99, 1e-8, 0, 0);
    }

    @Test
    void firstStepOfPlainRmspropMovesByLrOverRootOfOneMinusAlpha() {
        Tensor w = Tensor.of(1.0).requiresGrad(true);
        var opt = new RMSprop(List.of(w), RMSprop.options(0.01));
        w.setGrad(Tensor.of(2.0));
        opt.step();
        assertThat(w.toDoubles()[0]).isCloseTo(1 - 0.01 / Math.sqrt(0.01), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void badHyperParametersAreRefusedWithPyTorchsMessages() {
        assertThatThrownBy(() -> RMSprop.options(-1)).hasMessage("Invalid learning rate: -1.0");
        assertThatThrownBy(() -> RMSprop.options().alpha(-0.5)).hasMessage("Invalid alpha value: -0.5");
        assertThatThrownBy(() -> RMSprop.options().momentum(-0.5)).hasMessage("Invalid momentum value: -0.5");
        assertThatThrownBy(() -> RMSprop.options().eps(Double.NaN)).hasMessage("Invalid epsilon value: nan");
    }
}
