package adjoint.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import adjoint.engine.DType;
import adjoint.engine.Generator;
import adjoint.engine.Tensor;
import adjoint.engine.TensorException;
import org.junit.jupiter.api.Test;

/**
 * What {@link Functional} refuses, with PyTorch's (1.13) messages, and behaviour the oracle files do not pin down.
 * Values and gradients of every loss are checked against PyTorch in {@code OracleLossesTest}.
 */
class FunctionalTest {
    private static final Tensor LOGITS = Tensor.fromDoubles(DType.FLOAT64,
            new double[] {0.1, -0.4, 1.2, 0.3, 0.0, -1.0, 2.0, 0.5, 0.7, -0.2, 0.4, 0.9}, 3, 4);

    private static Tensor classes(long... values) {
        return Tensor.fromLongs(DType.INT64, values, values.length);
    }

    @Test
    void dropoutRefusesAProbabilityOutsideZeroToOne() {
        assertThatThrownBy(() -> Functional.dropout(LOGITS, 1.5, true, new Generator(0)))
                .isInstanceOf(TensorException.class)
                .hasMessage("dropout probability has to be between 0 and 1, but got 1.5");
    }

    @Test
    void dropoutZeroesSomeElementsAndScalesTheRestWhileTraining() {
        Tensor x = Tensor.ones(DType.FLOAT64, 1000);
        double[] out = Functional.dropout(x, 0.25, true, new Generator(3)).toDoubles();
        long kept = java.util.Arrays.stream(out).filter(v -> v != 0).count();
        assertThat(java.util.Arrays.stream(out).filter(v -> v != 0)).allMatch(v -> Math.abs(v - 1 / 0.75) < 1e-12);
        assertThat(kept).isBetween(700L, 800L);
        assertThat(Functional.dropout(x, 0.25, false, new Generator(3))).isSameAs(x);
    }

    @Test
    void embeddingRefusesIndicesOutOfRangeOrNotIntegers() {
        assertThatThrownBy(() -> Functional.embedding(classes(5), LOGITS)).hasMessage("index out of range in self");
        assertThatThrownBy(() -> Functional.embedding(classes(-1), LOGITS)).hasMessage("index out of range in self");
        assertThatThrownBy(() -> Functional.embedding(Tensor.of(1.0), LOGITS))
                .hasMessage("Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, "
                        + "Int; but got torch.FloatTensor instead (while checking arguments for embedding)");
    }

    @Test
    void crossEntropyAndNllRefuseBadTargets() {
        assertThatThrownBy(() -> Functional.crossEntropy(LOGITS, classes(0, 1, 2), null, -100, Reduction.MEAN, 1.5))
                .hasMessage("label_smoothing must be between 0.0 and 1.0. Got: 1.5");
        assertThatThrownBy(() -> Functional.crossEntropy(LOGITS, classes(0, 1, 7), Reduction.MEAN))
                .hasMessage("Target 7 is out of bounds.");
        assertThatThrownBy(() -> Functional.nllLoss(LOGITS, classes(0, 1, -3), Reduction.MEAN))
                .hasMessage("Target -3 is out of bounds.");
        assertThatThrownBy(() -> Functional.nllLoss(LOGITS, classes(0, 1), Reduction.MEAN))
                .hasMessage("Expected input batch_size (3) to match target batch_size (2).");
        assertThatThrownBy(() -> Functional.nllLoss(LOGITS, Tensor.of(0, 1, 1), Reduction.MEAN))
                .hasMessage("expected scalar type Long but found Float");
    }

    @Test
    void crossEntropyOfClassIndicesIsOneNodeWithTheCompositesValueAndGradient() {
        for (Reduction reduction : new Reduction[] {Reduction.MEAN, Reduction.SUM}) {
            Tensor fused = LOGITS.detach().requiresGrad(true);
            Tensor composite = LOGITS.detach().requiresGrad(true);
            Tensor loss = Functional.crossEntropy(fused, classes(2, 0, 3), reduction);
            Tensor losses = Functional.crossEntropy(composite, classes(2, 0, 3), Reduction.NONE);
            Tensor expected = reduction == Reduction.MEAN ? losses.mean() : losses.sum();
            loss.backward();
            expected.backward();
            assertThat(loss.gradFn().op()).isEqualTo("nll_loss");
            assertThat(loss.item()).isCloseTo(expected.item(), within(1e-12));
            double[] g = fused.grad().toDoubles();
            double[] e = composite.grad().toDoubles();
            for (int i = 0; i < e.length; i++) {
                assertThat(g[i]).isCloseTo(e[i], within(1e-12));
            }
        }
    }

    @Test
    void binaryCrossEntropyRefusesBadInputs() {
        assertThatThrownBy(() -> Functional.binaryCrossEntropy(Tensor.of(1.5), Tensor.of(1.0), null, Reduction.MEAN))
                .hasMessage("all elements of input should be between 0 and 1");
        assertThatThrownBy(() -> Functional.binaryCrossEntropy(Tensor.of(0.5, 0.5), Tensor.of(1.0), null, Reduction.MEAN))
                .hasMessage("Using a target size (torch.Size([1])) that is different to the input size (torch.Size([2])) "
                        + "is deprecated. Please ensure they have the same size.");
        assertThatThrownBy(() -> Functional.binaryCrossEntropyWithLogits(Tensor.of(0.5, 0.5), Tensor.of(1.0), null, null,
                Reduction.MEAN)).hasMessage("Target size (torch.Size([1])) must be the same as input size "
                        + "(torch.Size([2]))");
        assertThatThrownBy(() -> Functional.mseLoss(Tensor.of(0.5, 0.5), Tensor.of(1, 2, 3), Reduction.MEAN))
                .hasMessage("The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0");
    }

    private static final Tensor CLASS_WEIGHTS = Tensor.fromDoubles(DType.FLOAT64, new double[] {0.5, 1, 2}, 3);

    private static void assertClose(double[] actual, double... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("element %d", i).isCloseTo(expected[i], within(1e-12 + 1e-9 * Math.abs(expected[i])));
        }
    }

    @Test
    void crossEntropyWithClassProbabilitiesWeightsAndSmoothingMatchesPyTorch() {
        // F.cross_entropy(x, p, weight=w, label_smoothing=0.2, reduction='mean') in torch 1.13
        Tensor x = Tensor.fromDoubles(DType.FLOAT64, new double[] {0.1, -0.4, 1.2, 0.3, 0.0, -1.0}, 2, 3).requiresGrad(true);
        Tensor p = Tensor.fromDoubles(DType.FLOAT64, new double[] {0.2, 0.3, 0.5, 0.6, 0.1, 0.3}, 2, 3);
        Tensor loss = Functional.crossEntropy(x, p, CLASS_WEIGHTS, -100, Reduction.MEAN, 0.2);
        loss.backward();
        assertClose(new double[] {loss.item()}, 1.3797664406238002);
        assertClose(x.grad().toDoubles(), 0.0900935114783987, -0.06431878566346323, -0.025774725814935503,
                0.11995372380043072, 0.11677572772314943, -0.23672945152358016);
    }

    @Test
    void crossEntropyOverASpatialDimensionMatchesPyTorch() {
        // x = arange(12.).view(2, 3, 2).sin(); F.cross_entropy(x, t, weight=w, label_smoothing=0.1, reduction=...)
        Tensor target = Tensor.fromLongs(DType.INT64, new long[] {0, 2, 1, -100}, 2, 2);
        double[] grad = {-0.3232699876793497, 1.1368090257433734, 0.3226600681918964, 0.5392647399166548,
            0.0006099194874533472, -1.6760737656600282, 0.1742926083603663, 0.0, -0.25418882484188476, 0.0,
            0.07989621648151846, 0.0};
        Tensor x = Tensor.arange(0.0, 12.0, 1.0).to(DType.FLOAT64).view(2, 3, 2).sin().detach().requiresGrad(true);
        Tensor none = Functional.crossEntropy(x, target, CLASS_WEIGHTS, -100, Reduction.NONE, 0.1);
        assertThat(none.shape()).containsExactly(2, 2);
        assertClose(none.toDoubles(), 0.7988322532454374, 4.3573812114476205, 0.5335463476431614, 0.0);
        none.sum().backward();
        assertClose(x.grad().toDoubles(), grad);
        Tensor y = x.detach().requiresGrad(true);
        Tensor mean = Functional.crossEntropy(y, target, CLASS_WEIGHTS, -100, Reduction.MEAN, 0.1);
        assertClose(new double[] {mean.item()}, 1.6256456606674914);
    }

    @Test
    void crossEntropyOfOneSampleMatchesPyTorch() {
        Tensor x = Tensor.fromDoubles(DType.FLOAT64, new double[] {0.1, -0.4, 1.2}, 3).requiresGrad(true);
        Tensor loss = Functional.crossEntropy(x, Tensor.fromLongs(DType.INT64, new long[] {2}), CLASS_WEIGHTS, -100,
                Reduction.MEAN, 0.1);
        loss.backward();
        assertClose(new double[] {loss.item()}, 0.4463631796105356);
        assertClose(x.grad().toDoubles(), 0.19951667266029374, 0.10940073458992275, -0.3089174072502165);
    }

    @Test
    void everyTargetIgnoredGivesANanMeanAndZeroGradients() {
        Tensor x = LOGITS.detach().requiresGrad(true);
        Tensor loss = Functional.crossEntropy(x, classes(-100, -100, -100), null, -100, Reduction.MEAN, 0.1);
        assertThat(loss.item()).isNaN();
        loss.backward();
        assertThat(x.grad().toDoubles()).containsOnly(0.0);
    }

    @Test
    void softmaxOfExtremeLogitsIsFinite() {
        Tensor x = Tensor.fromDoubles(DType.FLOAT32, new double[] {1000, 0, -1000}, 3);
        assertThat(Functional.softmax(x, 0).toDoubles()).containsExactly(1, 0, 0);
        assertThat(Functional.logSoftmax(x, 0).toDoubles()).containsExactly(0, -1000, -2000);
        assertThat(Functional.softmax(x, 0).dtype()).isEqualTo(DType.FLOAT32);
    }

    @Test
    void linearKeepsTheBatchDimensions() {
        Tensor x = Tensor.ones(DType.FLOAT64, 2, 5, 3);
        Tensor w = Tensor.ones(DType.FLOAT64, 4, 3);
        assertThat(Functional.linear(x, w, Tensor.zeros(DType.FLOAT64, 4)).shape()).containsExactly(2, 5, 4);
        assertThat(Functional.linear(x, w, null).toDoubles()).containsOnly(3.0);
    }
}
