package adjoint.engine;

import adjoint.engine.nn.Functional;
import adjoint.engine.nn.Reduction;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every case of {@code oracle/losses.json}: each loss of {@link Functional}, with each reduction, gives PyTorch's
 * value and gradient with respect to its input (extreme logits, probabilities 0 and 1, ignored targets included).
 */
class OracleLossesTest {

    @TestFactory
    Stream<DynamicTest> everyLossMatchesPyTorchOnEveryBackend() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Device device : Oracle.devices()) {
            for (JsonNode c : Oracle.load("losses.json").get("cases")) {
                String id = device + ": " + c.get("id").asString();
                tests.add(DynamicTest.dynamicTest(id, () -> OracleOpsTest.named(id, () -> Oracle.on(device, () -> check(c)))));
            }
        }
        return tests.stream();
    }

    private static void check(JsonNode c) {
        JsonNode inputs = c.get("inputs");
        Tensor input = Oracle.tensor(inputs.get("input")).requiresGrad(true);
        Tensor target = Oracle.tensor(inputs.get("target"));
        Tensor weight = inputs.has("weight") ? Oracle.tensor(inputs.get("weight")) : null;
        Tensor posWeight = inputs.has("pos_weight") ? Oracle.tensor(inputs.get("pos_weight")) : null;
        Reduction reduction = Reduction.parse(c.get("reduction").asString());
        JsonNode kwargs = c.get("kwargs");
        long ignoreIndex = kwargs.has("ignore_index") ? kwargs.get("ignore_index").asLong() : -100;
        double smoothing = kwargs.has("label_smoothing") ? kwargs.get("label_smoothing").asDouble() : 0;
        Tensor loss = switch (c.get("loss").asString()) {
            case "MSELoss" -> Functional.mseLoss(input, target, reduction);
            case "L1Loss" -> Functional.l1Loss(input, target, reduction);
            case "CrossEntropyLoss" -> Functional.crossEntropy(input, target, weight, ignoreIndex, reduction, smoothing);
            case "NLLLoss" -> Functional.nllLoss(input, target, weight, ignoreIndex, reduction);
            case "BCELoss" -> Functional.binaryCrossEntropy(input, target, weight, reduction);
            case "BCEWithLogitsLoss" -> Functional.binaryCrossEntropyWithLogits(input, target, weight, posWeight,
                    reduction);
            case "SoftMarginLoss" -> Functional.softMarginLoss(input, target, reduction);
            case "Hinge" -> Functional.hingeLoss(input, target, reduction);
            case "SquaredHinge" -> Functional.squaredHingeLoss(input, target, reduction);
            default -> throw new AssertionError("no mapping for loss " + c.get("loss"));
        };
        Oracle.assertMatches(loss, c.get("expect"), "loss");
        (reduction == Reduction.NONE ? loss.sum() : loss).backward();
        Oracle.assertMatches(input.grad(), c.get("grad_input"), "grad of input");
    }
}
