package adjoint.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every loss class against every case of {@code oracle/losses.json}: value and gradient of the input. */
class LossTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : NnOracle.load("losses.json").get("cases")) {
            out.add(Arguments.of(c.get("id").asString(), c));
        }
        return out.stream();
    }

    /** The loss object a user would build for the case's torch module and keyword arguments. */
    static Loss lossFor(JsonNode c) {
        Reduction r = Reduction.parse(c.get("reduction").asString());
        JsonNode in = c.get("inputs");
        JsonNode kw = c.get("kwargs");
        Tensor weight = in.has("weight") ? NnOracle.tensor(in.get("weight")) : null;
        long ignore = kw.has("ignore_index") ? kw.get("ignore_index").asLong() : -100;
        return switch (c.get("loss").asString()) {
            case "MSELoss" -> new MSELoss(r);
            case "L1Loss" -> new L1Loss(r);
            case "CrossEntropyLoss" -> new CrossEntropyLoss(r).weight(weight).ignoreIndex(ignore)
                    .labelSmoothing(kw.has("label_smoothing") ? kw.get("label_smoothing").asDouble() : 0);
            case "NLLLoss" -> new NLLLoss(weight, ignore, r);
            case "BCELoss" -> new BCELoss(weight, r);
            case "BCEWithLogitsLoss" ->
                    new BCEWithLogitsLoss(weight, in.has("pos_weight") ? NnOracle.tensor(in.get("pos_weight")) : null, r);
            case "Hinge" -> new HingeLoss(r);
            case "SquaredHinge" -> new SquaredHingeLoss(r);
            case "SoftMarginLoss" -> new SoftMarginLoss(r);
            default -> throw new AssertionError("unknown loss " + c.get("loss"));
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void valueAndInputGradientMatchPyTorch(String id, JsonNode c) {
        Tensor input = NnOracle.leaf(c.get("inputs").get("input"));
        Tensor target = NnOracle.tensor(c.get("inputs").get("target"));
        Tensor loss = lossFor(c).apply(input, target);
        NnOracle.assertClose(id + " value", loss, c.get("expect"));
        (c.get("grad_from").asString().equals("loss.sum().backward()") ? loss.sum() : loss).backward();
        NnOracle.assertClose(id + " grad_input", input.grad(), c.get("grad_input"));
    }

    @Test
    void theDefaultsArePyTorchs() {
        assertThat(new CrossEntropyLoss()).isEqualTo(new CrossEntropyLoss(null, -100, 0, Reduction.MEAN));
        assertThat(new NLLLoss()).isEqualTo(new NLLLoss(null, -100, Reduction.MEAN));
        assertThat(new MSELoss().reduction()).isEqualTo(Reduction.MEAN);
        assertThat(new BCEWithLogitsLoss()).isEqualTo(new BCEWithLogitsLoss(null, null, Reduction.MEAN));
        assertThat(new HingeLoss().reduction()).isEqualTo(Reduction.MEAN);
        assertThat(new SquaredHingeLoss(Reduction.SUM).reduction()).isEqualTo(Reduction.SUM);
    }

    @Test
    void withersReturnChangedCopies() {
        CrossEntropyLoss base = new CrossEntropyLoss();
        CrossEntropyLoss smooth = base.labelSmoothing(0.1).reduction(Reduction.SUM);
        assertThat(base.labelSmoothing()).isZero();
        assertThat(smooth.labelSmoothing()).isEqualTo(0.1);
        assertThat(smooth.reduction()).isEqualTo(Reduction.SUM);
        Tensor logits = Tensor.fromDoubles(DType.FLOAT64, new double[] {2, 1, 0}, 1, 3);
        Tensor target = Tensor.fromLongs(DType.INT64, new long[] {0}, 1);
        double lse = Math.log(Math.exp(2) + Math.exp(1) + 1);
        assertThat(base.apply(logits, target).item()).isCloseTo(lse - 2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(smooth.apply(logits, target).item()).isCloseTo(0.9 * (lse - 2) + 0.1 / 3 * (3 * lse - 3),
                org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void labelSmoothingOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new CrossEntropyLoss().labelSmoothing(1.5))
                .hasMessage("label_smoothing must be between 0.0 and 1.0. Got: 1.5");
    }
}
