package adjoint.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class AdamTest {

    static Stream<Arguments> cases() {
        return OptimizerOracle.cases("Adam");
    }

    static Adam.Options optionsOf(Adam.Options base, JsonNode kwargs) {
        Adam.Options o = base.lr(kwargs.get("lr").asDouble());
        if (kwargs.has("betas")) {
            o = o.betas(kwargs.get("betas").get(0).asDouble(), kwargs.get("betas").get(1).asDouble());
        }
        return o.eps(OptimizerOracle.number(kwargs, "eps", o.eps()))
                .weightDecay(OptimizerOracle.number(kwargs, "weight_decay", o.weightDecay()))
                .amsgrad(OptimizerOracle.flag(kwargs, "amsgrad"))
                .maximize(OptimizerOracle.flag(kwargs, "maximize"));
    }

    static void assertTorchDefaults(Adam.Options o, JsonNode d) {
        assertThat(new double[] {o.lr(), o.beta1(), o.beta2(), o.eps(), o.weightDecay()}).containsExactly(
                d.get("lr").asDouble(), d.get("betas").get(0).asDouble(), d.get("betas").get(1).asDouble(),
                d.get("eps").asDouble(), d.get("weight_decay").asDouble());
        assertThat(o.amsgrad()).isEqualTo(d.get("amsgrad").asBoolean());
        assertThat(o.maximize()).isEqualTo(d.get("maximize").asBoolean());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyStepMatchesPyTorch(String id, JsonNode c) {
        OptimizerOracle.replay(c, params -> new Adam(params, optionsOf(Adam.options(), c.get("kwargs"))), Adam::state);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void optionsHaveTorchDefaults(String id, JsonNode c) {
        assertTorchDefaults(optionsOf(Adam.options(), c.get("kwargs")), c.get("defaults"));
    }

    @Test
    void defaultsAreTorchs() {
        Adam.Options o = Adam.options();
        assertThat(new double[] {o.lr(), o.beta1(), o.beta2(), o.eps(), o.weightDecay()})
                .containsExactly(1e-3, 0.9, 0.999, 1e-8, 0);
    }

    @Test
    void maximizeClimbsTheGradient() {
        Tensor up = Tensor.fromDoubles(DType.FLOAT64, new double[] {1.0}, 1).requiresGrad(true);
        Tensor down = Tensor.fromDoubles(DType.FLOAT64, new double[] {1.0}, 1).requiresGrad(true);
        var climb = new Adam(List.of(up), Adam.options(0.01).maximize(true));
        var descend = new Adam(List.of(down), Adam.options(0.01));
        up.setGrad(Tensor.fromDoubles(DType.FLOAT64, new double[] {2.0}, 1));
        down.setGrad(Tensor.fromDoubles(DType.FLOAT64, new double[] {-2.0}, 1));
        climb.step();
        descend.step();
        assertThat(up.toDoubles()[0]).isGreaterThan(1.0).isEqualTo(down.toDoubles()[0]);
        assertThat(up.toDoubles()[0]).isCloseTo(1.01, org.assertj.core.data.Offset.offset(1e-8));
    }

    @Test
    void badHyperParametersAreRefusedWithPyTorchsMessages() {
        assertThatThrownBy(() -> Adam.options(-0.001)).hasMessage("Invalid learning rate: -0.001");
        assertThatThrownBy(() -> Adam.options().eps(-1)).hasMessage("Invalid epsilon value: -1.0");
        assertThatThrownBy(() -> Adam.options().betas(1.0, 0.999)).hasMessage("Invalid beta parameter at index 0: 1.0");
        assertThatThrownBy(() -> Adam.options().betas(0.9, -0.1)).hasMessage("Invalid beta parameter at index 1: -0.1");
        assertThatThrownBy(() -> Adam.options().weightDecay(-2)).hasMessage("Invalid weight_decay value: -2.0");
    }

    @Test
    void stateIsEmptyBeforeTheFirstStep() {
        Tensor w = Tensor.of(1.0).requiresGrad(true);
        var opt = new Adam(List.of(w), Adam.options());
        assertThat(opt.state(w)).isEmpty();
        w.setGrad(Tensor.of(1.0));
        opt.step();
        assertThat(opt.state(w)).containsOnlyKeys("step", "exp_avg", "exp_avg_sq");
        assertThat(opt.state(w).get("step").item()).isEqualTo(1.0);
    }
}
