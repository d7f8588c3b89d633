package adjoint.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.DType;
import adjoint.engine.DefaultDType;
import adjoint.engine.Generator;
import adjoint.engine.Tensor;
import adjoint.engine.TensorException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class LinearTest {

    private static Linear fromCase(JsonNode c) {
        JsonNode p = c.get("params");
        return Linear.of(NnOracle.tensor(p.get("weight")), p.has("bias") ? NnOracle.tensor(p.get("bias")) : null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"linear_3_2", "linear_3_2_nobias"})
    void forwardAndGradientsMatchPyTorch(String id) {
        NnOracle.checkForwardBackward(fromCase(NnOracle.nnCase(id)), NnOracle.nnCase(id));
    }

    /**
     * gen_nn.py runs the 3-D case on the same module right after linear_3_2 without zero_grad, so its recorded
     * parameter gradients are the sum of both backward passes; replaying both in order checks accumulation too.
     */
    @Test
    void batchedInputBroadcastsAndGradientsAccumulateAcrossCalls() {
        Linear lin = fromCase(NnOracle.nnCase("linear_3_2"));
        NnOracle.checkForwardBackward(lin, NnOracle.nnCase("linear_3_2"));
        NnOracle.checkForwardBackward(lin, NnOracle.nnCase("linear_3_2_batched3d"));
    }

    @Test
    void givenTensorsBecomeTheParametersAsLeavesThatRequireGrad() {
        Tensor w = Tensor.of(new double[][] {{1, 2}});
        Tensor b = Tensor.of(0.5);
        Linear lin = Linear.of(w, b);
        assertThat(lin.weight()).isSameAs(w);
        assertThat(lin.bias()).isSameAs(b);
        assertThat(lin.parameters()).containsExactly(w, b);
        assertThat(w.requiresGrad() && w.isLeaf() && b.requiresGrad()).isTrue();
        assertThat(lin.forward(Tensor.of(new double[][] {{3, 4}})).toDoubles()).containsExactly(11.5);
        assertThat(lin.inFeatures()).isEqualTo(2);
        assertThat(lin.outFeatures()).isEqualTo(1);
    }

    @Test
    void aNonLeafWeightIsDetachedIntoALeaf() {
        Tensor computed = Tensor.of(new double[][] {{1, 2}}).requiresGrad(true).mul(2.0);
        Linear lin = Linear.of(computed, null);
        assertThat(lin.weight().isLeaf()).isTrue();
        assertThat(lin.weight().requiresGrad()).isTrue();
        assertThat(lin.weight().toDoubles()).containsExactly(2, 4);
    }

    @Test
    void defaultInitStaysWithinPyTorchsBoundsAndFillsThem() {
        Pattern shape = Pattern.compile("Linear\\((\\d+), (\\d+)\\)");
        for (JsonNode init : NnOracle.NN.get("default_init").get("linear")) {
            Matcher m = shape.matcher(init.get("module").asString());
            assertThat(m.matches()).isTrue();
            int in = Integer.parseInt(m.group(1));
            int out = Integer.parseInt(m.group(2));
            Linear lin = new Linear(in, out, true, new Generator(7));
            assertThat(lin.weight().shape()).containsExactly(out, in);
            assertThat(lin.bias().shape()).containsExactly(out);
            assertThat(maxAbs(lin.weight())).isLessThanOrEqualTo(init.get("weight_bound").asDouble());
            assertThat(maxAbs(lin.bias())).isLessThanOrEqualTo(init.get("bias_bound").asDouble());
        }
        Linear wide = new Linear(100, 50, true, new Generator(3));
        assertThat(maxAbs(wide.weight())).as("U(-0.1, 0.1), not narrower").isGreaterThan(0.099);
        double mean = Arrays.stream(wide.weight().toDoubles()).average().orElseThrow();
        assertThat(Math.abs(mean)).isLessThan(0.005);
    }

    @Test
    void theSameSeedGivesTheSameWeights() {
        Linear a = new Linear(3, 4, true, new Generator(42));
        Linear b = new Linear(3, 4, true, new Generator(42));
        Linear c = new Linear(3, 4, true, new Generator(43));
        assertThat(a.weight().toDoubles()).containsExactly(b.weight().toDoubles());
        assertThat(a.bias().toDoubles()).containsExactly(b.bias().toDoubles());
        assertThat(a.weight().toDoubles()).isNotEqualTo(c.weight().toDoubles());
    }

    @Test
    void parametersHaveTheDefaultDtype() {
        assertThat(new Linear(2, 2, new Generator(0)).weight().dtype()).isEqualTo(DType.FLOAT32);
        try (var scope = DefaultDType.use(DType.FLOAT64)) {
            Linear lin = new Linear(2, 2, new Generator(0));
            assertThat(lin.weight().dtype()).isEqualTo(DType.FLOAT64);
            assertThat(lin.bias().dtype()).isEqualTo(DType.FLOAT64);
        }
    }

    @Test
    void withoutBiasThereIsOnlyAWeight() {
        Linear lin = new Linear(3, 2, false, new Generator(0));
        assertThat(lin.bias()).isNull();
        assertThat(lin.namedParameters()).containsOnlyKeys("weight");
        assertThat(lin).hasToString("Linear(in_features=3, out_features=2, bias=False)");
    }

    @Test
    void badShapesAreRefused() {
        assertThatThrownBy(() -> Linear.of(Tensor.of(1, 2), null)).isInstanceOf(TensorException.class);
        assertThatThrownBy(() -> Linear.of(Tensor.zeros(2, 3), Tensor.zeros(3))).isInstanceOf(TensorException.class)
                .hasMessageContaining("[2]");
        assertThatThrownBy(() -> new Linear(-1, 3, true, new Generator(0)))
                .hasMessage("Trying to create tensor with negative dimension -1: [3, -1]");
    }

    private static double maxAbs(Tensor t) {
        return Arrays.stream(t.toDoubles()).map(Math::abs).max().orElseThrow();
    }
}
