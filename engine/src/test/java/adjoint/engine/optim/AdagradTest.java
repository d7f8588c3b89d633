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

class AdagradTest {

    static Stream<Arguments> cases() {
        return OptimizerOracle.cases("Adagrad");
    }

    static Adagrad.Options optionsOf(JsonNode kwargs) {
        return Adagrad.options(kwargs.get("lr").asDouble())
                .lrDecay(OptimizerOracle.number(kwargs, "lr_decay", 0))
                .weightDecay(OptimizerOracle.number(kwargs, "weight_decay", 0))
                .initialAccumulatorValue(OptimizerOracle.number(kwargs, "initial_accumulator_value", 0))
                .maximize(OptimizerOracle.flag(kwargs, "maximize"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyStepMatchesPyTorch(String id, JsonNode c) {
        OptimizerOracle.replay(c, params -> new Adagrad(params, optionsOf(c.get("kwargs"))), Adagrad::state);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void optionsHaveTorchDefaults(String id, JsonNode c) {
        JsonNode d = c.get("defaults");
        Adagrad.Options o = optionsOf(c.get("kwargs"));
        assertThat(new double[] {o.lr(), o.lrDecay(), o.eps(), o.weightDecay(), o.initialAccumulatorValue()})
                .containsExactly(d.get("lr").asDouble(), d.get("lr_decay").asDouble(), d.get("eps").asDouble(),
                        d.get("weight_decay").asDouble(), d.get("initial_accumulator_value").asDouble());
    }

    @Test
    void theAccumulatorStartsAtItsInitialValueBeforeAnyStep() {
        Tensor w = Tensor.of(1.0, 2.0).requiresGrad(true);
        var opt = new Adagrad(List.of(w), Adagrad.options().initialAccumulatorValue(0.25));
        assertThat(opt.state(w).get("sum").toDoubles()).containsExactly(0.25, 0.25);
        assertThat(opt.state(w).get("step").item()).isEqualTo(0.0);
    }

    @Test
    void badHyperParametersAreRefusedWithPyTorchsMessages() {
        assertThatThrownBy(() -> Adagrad.options(-1)).hasMessage("Invalid learning rate: -1.0");
        assertThatThrownBy(() -> Adagrad.options().lrDecay(-1)).hasMessage("Invalid lr_decay value: -1.0");
        assertThatThrownBy(() -> Adagrad.options().initialAccumulatorValue(-1))
                .hasMessage("Invalid initial_accumulator_value value: -1.0");
        assertThatThrownBy(() -> Adagrad.options().eps(-1e-10)).hasMessage("Invalid epsilon value: -1e-10");
    }
}
