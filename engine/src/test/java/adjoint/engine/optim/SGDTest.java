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

class SGDTest {

    static Stream<Arguments> cases() {
        return OptimizerOracle.cases("SGD");
    }

    static SGD.Options optionsOf(JsonNode kwargs) {
        return SGD.options(kwargs.get("lr").asDouble())
                .momentum(OptimizerOracle.number(kwargs, "momentum", 0))
                .dampening(OptimizerOracle.number(kwargs, "dampening", 0))
                .weightDecay(OptimizerOracle.number(kwargs, "weight_decay", 0))
                .nesterov(OptimizerOracle.flag(kwargs, "nesterov"))
                .maximize(OptimizerOracle.flag(kwargs, "maximize"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyStepMatchesPyTorch(String id, JsonNode c) {
        OptimizerOracle.replay(c, params -> new SGD(params, optionsOf(c.get("kwargs"))), SGD::state);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void optionsHaveTorchDefaults(String id, JsonNode c) {
        JsonNode d = c.get("defaults");
        SGD.Options o = optionsOf(c.get("kwargs"));
        assertThat(new double[] {o.lr(), o.momentum(), o.dampening(), o.weightDecay()}).containsExactly(
                d.get("lr").asDouble(), d.get("momentum").asDouble(), d.get("dampening").asDouble(),
                d.get("weight_decay").asDouble());
        assertThat(o.nesterov()).isEqualTo(d.get("nesterov").asBoolean());
        assertThat(o.maximize()).isEqualTo(d.get("maximize").asBoolean());
    }

    @Test
    void firstMomentumStepCopiesTheGradientIntoTheBuffer() {
        Tensor w = Tensor.fromDoubles(DType.FLOAT64, new double[] {1.0}, 1).requiresGrad(true);
        var opt = new SGD(List.of(w), SGD.options(0.1).momentum(0.9).dampening(0.5));
        Tensor g = Tensor.fromDoubles(DType.FLOAT64, new double[] {2.0}, 1);
        w.setGrad(g);
        opt.step();
        assertThat(opt.state(w).get("momentum_buffer").toDoubles()).containsExactly(2.0);
        assertThat(w.toDoubles()).containsExactly(0.8);
        g.mul_(10.0);
        assertThat(opt.state(w).get("momentum_buffer").toDoubles()).as("a copy, not the gradient").containsExactly(2.0);
        w.setGrad(Tensor.fromDoubles(DType.FLOAT64, new double[] {2.0}, 1));
        opt.step();
        assertThat(opt.state(w).get("momentum_buffer").toDoubles()).containsExactly(0.9 * 2.0 + 0.5 * 2.0);
    }

    @Test
    void parametersWithoutGradientAreLeftAlone() {
        Tensor a = Tensor.of(1.0).requiresGrad(true);
        Tensor b = Tensor.of(5.0).requiresGrad(true);
        var opt = new SGD(List.of(a, b), SGD.options(0.5).momentum(0.9));
        a.setGrad(Tensor.of(1.0));
        opt.step();
        assertThat(a.toDoubles()).containsExactly(0.5);
        assertThat(b.toDoubles()).containsExactly(5.0);
        assertThat(opt.state(b)).isEmpty();
        assertThat(a.isLeaf()).isTrue();
        assertThat(a.requiresGrad()).isTrue();
    }

    @Test
    void zeroGradClearsTheGradients() {
        Tensor a = Tensor.of(1.0).requiresGrad(true);
        var opt = new SGD(List.of(a), SGD.options(0.1));
        a.setGrad(Tensor.of(1.0));
        opt.zeroGrad();
        assertThat(a.grad()).isNull();
    }

    @Test
    void nesterovWithoutMomentumOrWithDampeningIsRefused() {
        List<Tensor> params = List.of(Tensor.of(1.0).requiresGrad(true));
        assertThatThrownBy(() -> new SGD(params, SGD.options(0.1).nesterov(true)))
                .hasMessage("Nesterov momentum requires a momentum and zero dampening");
        assertThatThrownBy(() -> new SGD(params, SGD.options(0.1).nesterov(true).momentum(0.9).dampening(0.1)))
                .hasMessage("Nesterov momentum requires a momentum and zero dampening");
        assertThat(new SGD(params, SGD.options(0.1).nesterov(true).momentum(0.9)).hyperParameters().nesterov()).isTrue();
    }

    @Test
    void negativeHyperParametersAreRefusedWithPyTorchsMessages() {
        assertThatThrownBy(() -> SGD.options(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid learning rate: -1.0");
        assertThatThrownBy(() -> SGD.options(0.1).momentum(-0.5)).hasMessage("Invalid momentum value: -0.5");
        assertThatThrownBy(() -> SGD.options(0.1).weightDecay(-1e-5)).hasMessage("Invalid weight_decay value: -1e-05");
    }

    @Test
    void anEmptyOrNonLeafParameterListIsRefused() {
        assertThatThrownBy(() -> new SGD(List.of(), SGD.options(0.1))).hasMessage("optimizer got an empty parameter list");
        Tensor nonLeaf = Tensor.of(1.0).requiresGrad(true).mul(2.0);
        assertThatThrownBy(() -> new SGD(List.of(nonLeaf), SGD.options(0.1))).hasMessage("can't optimize a non-leaf Tensor");
    }

    @Test
    void aFloat32ParameterStaysFloat32() {
        Tensor w = Tensor.fromDoubles(DType.FLOAT32, new double[] {1, 2}, 2).requiresGrad(true);
        var opt = new SGD(List.of(w), SGD.options(0.1).momentum(0.9).weightDecay(0.1));
        w.setGrad(Tensor.fromDoubles(DType.FLOAT32, new double[] {1, 1}, 2));
        opt.step();
        assertThat(w.dtype()).isEqualTo(DType.FLOAT32);
        assertThat(opt.state(w).get("momentum_buffer").dtype()).isEqualTo(DType.FLOAT32);
        assertThat(w.toDoubles()[0]).isCloseTo(1 - 0.1 * 1.1, org.assertj.core.data.Offset.offset(1e-6));
    }
}
