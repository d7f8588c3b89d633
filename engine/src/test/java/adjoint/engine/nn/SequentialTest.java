package adjoint.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.Generator;
import adjoint.engine.Tensor;
import adjoint.engine.optim.SGD;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SequentialTest {

    private static final JsonNode STEP = NnOracle.NN.get("training_step");

    private static Sequential mlpFromOracle() {
        JsonNode p = STEP.get("params_before");
        return new Sequential(
                Linear.of(NnOracle.tensor(p.get("0.weight")), NnOracle.tensor(p.get("0.bias"))),
                new ReLU(),
                Linear.of(NnOracle.tensor(p.get("2.weight")), NnOracle.tensor(p.get("2.bias"))));
    }

    @Test
    void oneCrossEntropySgdStepMatchesPyTorch() {
        Sequential mlp = mlpFromOracle();
        List<String> names = new ArrayList<>();
        STEP.get("param_names").forEach(n -> names.add(n.asString()));
        assertThat(mlp.namedParameters().keySet()).containsExactlyElementsOf(names);

        Tensor x = NnOracle.tensor(STEP.get("input"));
        Tensor y = NnOracle.tensor(STEP.get("target"));
        var opt = new SGD(mlp.parameters(), SGD.options(STEP.get("optimizer_defaults").get("lr").asDouble()));
        opt.zeroGrad();
        NnOracle.assertClose("hidden", mlp.get(0).forward(x), STEP.get("hidden_pre_relu"));
        Tensor logits = mlp.forward(x);
        NnOracle.assertClose("logits", logits, STEP.get("logits"));
        Tensor loss = new CrossEntropyLoss().apply(logits, y);
        NnOracle.assertClose("loss", loss, STEP.get("loss_value"));
        loss.backward();
        mlp.namedParameters().forEach((name, p) ->
                NnOracle.assertClose("grad " + name, p.grad(), STEP.get("grad_params").get(name)));
        opt.step();
        mlp.namedParameters().forEach((name, p) ->
                NnOracle.assertClose("after " + name, p, STEP.get("params_after").get(name)));
        NnOracle.assertClose("loss after", new CrossEntropyLoss().apply(mlp.forward(x), y), STEP.get("loss_after_step"));
    }

    @Test
    void layersAreNamedByPositionAndAppliedInOrder() {
        Linear first = Linear.of(Tensor.of(new double[][] {{2}}), null);
        Linear second = Linear.of(Tensor.of(new double[][] {{3}}), Tensor.of(1.0));
        Sequential s = new Sequential(first, new Tanh(), second);
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.get(2)).isSameAs(second);
        assertThat(s.children()).containsExactly(first, s.get(1), second);
        assertThat(s.namedParameters()).containsOnlyKeys("0.weight", "2.weight", "2.bias");
        assertThat(s.forward(Tensor.of(new double[][] {{0.5}})).item()).isCloseTo(3 * Math.tanh(1) + 1,
                org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void itPrintsAsPyTorchPrintsIt() {
        Sequential s = new Sequential(new Linear(4, 5, true, new Generator(0)), new ReLU(),
                new Sequential(new Dropout(0.5, new Generator(0)), new Softmax(1)));
        assertThat(s).hasToString("""
                Sequential(
                  (0): Linear(in_features=4, out_features=5, bias=True)
                  (1): ReLU()
                  (2): Sequential(
                    (0): Dropout(p=0.5, inplace=False)
                    (1): Softmax(dim=1)
                  )
                )""");
    }
}
