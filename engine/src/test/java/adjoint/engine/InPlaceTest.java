package adjoint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The scenarios of {@code oracle/inplace.json}, translated by hand: version counters shared by views, PyTorch's
 * errors for in-place misuse, gradient accumulation, retain_grad, in-place writes through views, and the midterm's
 * slicing question. Expected numbers are PyTorch's, copied from that file.
 */
class InPlaceTest {
    private static final String MODIFIED = "one of the variables needed for gradient computation has been modified by "
            + "an inplace operation: ";
    private static final String HINT = " Hint: enable anomaly detection to find the operation that failed to compute "
            + "its gradient, with torch.autograd.set_detect_anomaly(True).";

    private static Tensor doubles(double... values) {
        return Tensor.fromDoubles(DType.FLOAT64, values, values.length);
    }

    private static int[] versions(Tensor... ts) {
        return java.util.Arrays.stream(ts).mapToInt(Tensor::version).toArray();
    }

    @Test
    void baseAndViewShareOneVersionCounterThatEveryInPlaceOpBumps() {
        Tensor x = Tensor.zeros(DType.FLOAT64, 4);
        Tensor v = x.slice(0, 1L, 3L, 1);
        assertThat(versions(x, v)).containsExactly(0, 0);
        x.add_(1L);
        assertThat(versions(x, v)).containsExactly(1, 1);
        v.add_(1L);
        assertThat(versions(x, v)).containsExactly(2, 2);
        x.mul_(2L).add_(1L);
        assertThat(versions(x, v)).containsExactly(4, 4);
        assertThat(x.add(1L).version()).isZero();
        assertThat(x.toDoubles()).containsExactly(3, 5, 5, 3);
    }

    @Test
    void zeroAndDetachShareTheVersionCounter() {
        Tensor x = Tensor.zeros(DType.FLOAT64, 3);
        x.select(0, 0).fill_(5.0);
        assertThat(x.version()).isEqualTo(1);
        x.zero_();
        assertThat(x.version()).isEqualTo(2);
        Tensor d = x.detach();
        d.add_(1L);
        assertThat(versions(x, d)).containsExactly(3, 3);
        assertThat(x.toDoubles()).containsExactly(1, 1, 1);
    }

    @Test
    void inPlaceOnALeafThatRequiresGradIsRefused() {
        Tensor x = Tensor.ones(DType.FLOAT64, 3).requiresGrad(true);
        assertThatThrownBy(() -> x.add_(1L)).isInstanceOf(TensorException.class)
                .hasMessage("a leaf Variable that requires grad is being used in an in-place operation.");
        Tensor v = x.slice(0, null, 2L, 1);
        assertThatThrownBy(() -> v.add_(1L)).isInstanceOf(TensorException.class)
                .hasMessage("a view of a leaf Variable that requires grad is being used in an in-place operation.");
    }

    @Test
    void inPlaceOnALeafIsAllowedWithoutGrad() {
        Tensor x = Tensor.ones(DType.FLOAT64, 3).requiresGrad(true);
        try (var scope = NoGrad.enter()) {
            x.add_(1L);
        }
        assertThat(x.toDoubles()).containsExactly(2, 2, 2);
        assertThat(x.version()).isEqualTo(1);
        assertThat(x.requiresGrad()).isTrue();
        assertThat(x.isLeaf()).isTrue();
    }

    @Test
    void modifyingASavedOutputFailsAtBackwardNamingTheNodeThatSavedIt() {
        Tensor x = doubles(0.5, 1.0, 2.0).requiresGrad(true);
        Tensor y = x.exp();
        y.add_(1L);
        assertThat(y.version()).isEqualTo(1);
        assertThatThrownBy(() -> y.sum().backward()).isInstanceOf(TensorException.class).hasMessage(MODIFIED
                + "[torch.DoubleTensor [3]], which is output 0 of ExpBackward0, is at version 1; expected version 0 "
                + "instead." + HINT);
        Tensor s = doubles(0.5, -1.0).requiresGrad(true).sigmoid();
        s.mul_(2L);
        assertThatThrownBy(() -> s.sum().backward()).hasMessage(MODIFIED + "[torch.DoubleTensor [2]], which is output 0 "
                + "of SigmoidBackward0, is at version 1; expected version 0 instead." + HINT);
    }

    @Test
    void modifyingASavedInputFailsNamingItsCurrentHistory() {
        Tensor x = doubles(0.5, 1.0, 2.0).requiresGrad(true);
        Tensor y = x.sin();
        Tensor z = y.mul(y);
        y.add_(1L);
        assertThatThrownBy(() -> z.sum().backward()).isInstanceOf(TensorException.class).hasMessage(MODIFIED
                + "[torch.DoubleTensor [3]], which is output 0 of AddBackward0, is at version 1; expected version 0 "
                + "instead." + HINT);
    }

    @Test
    void writingIntoAViewOfASavedTensorFailsNamingCopySlices() {
        Tensor x = doubles(0.5, 1.0, 2.0).requiresGrad(true);
        Tensor y = x.mul(1L);
        Tensor z = y.sin();
        y.select(0, 0).fill_(0.0);
        assertThatThrownBy(() -> z.sum().backward()).hasMessage(MODIFIED + "[torch.DoubleTensor [3]], which is output 0 "
                + "of torch::autograd::CopySlices, is at version 1; expected version 0 instead." + HINT);
    }

    @Test
    void inPlaceOnATensorNobodySavedIsHarmlessAndBecomesItsHistory() {
        Tensor x = doubles(0.5, 1.0, 2.0).requiresGrad(true);
        Tensor y = x.mul(2L);
        y.add_(1L);
        y.mul(y).sum().backward();
        assertThat(x.grad().toDoubles()).containsExactly(8, 12, 20);
        assertThat(y.toDoubles()).containsExactly(2, 3, 5);
        assertThat(y.gradFn().op()).isEqualTo("add");
    }

    @Test
    void anEarlierResultKeepsTheHistoryItWasComputedFrom() {
        // z was computed from y before y was scaled in place; PyTorch's edges point at y's old history.
        Tensor x = doubles(0.5, 1.0).requiresGrad(true);
        Tensor y = x.sin();
        Tensor z = y.mul(2L);
        y.mul_(3L);
        z.sum().backward();
        assertThat(x.grad().toDoubles()).containsExactly(2 * Math.cos(0.5), 2 * Math.cos(1.0));
    }

    @Test
    void overwritingATensorCutsItsOldHistory() {
        Tensor x = doubles(1, 2, 3).requiresGrad(true);
        Tensor y = x.mul(1L);
        y.zero_();
        y.add(x).sum().backward();
        assertThat(y.requiresGrad()).isTrue();
        assertThat(x.grad().toDoubles()).containsExactly(1, 1, 1);
    }

    @Test
    void writingIntoAViewOfANonLeafRebasesTheBaseAsCopySlices() {
        Tensor x = doubles(1, 2, 3, 4).requiresGrad(true);
        Tensor y = x.mul(1L);
        Tensor v = y.slice(0, 1L, 3L, 1);
        v.mul_(10L);
        y.mul(doubles(1, 2, 3, 4)).sum().backward();
        assertThat(y.toDoubles()).containsExactly(1, 20, 30, 4);
        assertThat(x.grad().toDoubles()).containsExactly(1, 20, 30, 4);
        assertThat(y.gradFn().op()).isEqualTo("copy_slices");
    }

    @Test
    void writingATrackedValueIntoAViewMakesTheBaseRequireGrad() {
        Tensor w = doubles(2, 3).requiresGrad(true);
        Tensor y = Tensor.zeros(DType.FLOAT64, 2, 2);
        y.select(0, 1).copy_(w.mul(w));
        assertThat(y.requiresGrad()).isTrue();
        y.sum().backward();
        assertThat(w.grad().toDoubles()).containsExactly(4, 6);
    }

    @Test
    void theViewWrittenIntoFollowsTheNewBase() {
        Tensor x = doubles(1, 2, 3).requiresGrad(true);
        Tensor y = x.mul(1L);
        Tensor v = y.slice(0, 0L, 2L, 1);
        v.mul_(x.slice(0, 1L, 3L, 1));
        v.sum().backward();
        // v = [x0 * x1, x1 * x2]: d/dx = [x1, x0 + x2, x1]
        assertThat(x.grad().toDoubles()).containsExactly(2, 4, 2);
    }

    @Test
    void gradientsAccumulateAcrossBackwardCallsUntilZeroed() {
        Tensor x = doubles(1, 2, 3).requiresGrad(true);
        x.mul(x).sum().backward();
        Tensor first = x.grad();
        assertThat(first.toDoubles()).containsExactly(2, 4, 6);
        x.mul(x).sum().backward();
        assertThat(x.grad().toDoubles()).containsExactly(4, 8, 12);
        assertThat(x.grad()).as("accumulated in place, as PyTorch").isSameAs(first);
        x.grad().zero_();
        x.mul(3L).sum().backward();
        assertThat(x.grad().toDoubles()).containsExactly(3, 3, 3);
    }

    @Test
    void backwardTwiceThroughTheSameGraphNeedsRetainGraph() {
        Tensor x = doubles(1, 2, 3).requiresGrad(true);
        Tensor y = x.exp().sum();
        y.backward(null, true);
        assertThat(x.grad().toDoubles()).containsExactly(Math.exp(1), Math.exp(2), Math.exp(3));
        y.backward();
        assertThat(x.grad().toDoubles()).containsExactly(2 * Math.exp(1), 2 * Math.exp(2), 2 * Math.exp(3));
        assertThatThrownBy(y::backward).isInstanceOf(TensorException.class).hasMessage("Trying to backward through the "
                + "graph a second time (or directly access saved tensors after they have already been freed). Saved "
                + "intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify "
                + "retain_graph=True if you need to backward through the graph a second time or if you need to access "
                + "saved tensors after calling backward.");
    }

    @Test
    void backwardTwiceThroughAGraphThatSavedNothingWorksAsInPyTorch() {
        Tensor x = doubles(1, 2).requiresGrad(true);
        Tensor y = x.add(2L).sum();
        y.backward();
        y.backward();
        assertThat(x.grad().toDoubles()).containsExactly(2, 2);
        Tensor z = x.mul(2L).sum();
        z.backward();
        assertThatThrownBy(z::backward).as("mul saved its other operand").isInstanceOf(TensorException.class);
    }

    @Test
    void aViewTakenBeforeAWriteToItsBaseFollowsTheNewBase() {
        Tensor x = doubles(1, 2, 3).requiresGrad(true);
        Tensor y = x.mul(1L);
        Tensor w = y.slice(0, 0L, 2L, 1);
        y.mul_(2L);
        w.sum().backward();
        assertThat(x.grad().toDoubles()).containsExactly(2, 2, 0);
        assertThat(w.gradFn().op()).isEqualTo("as_strided");
    }

    @Test
    void aSiblingViewSeesTheWriteThroughAnotherView() {
        Tensor x = doubles(1, 2, 3).requiresGrad(true);
        Tensor y = x.mul(1L);
        Tensor a = y.slice(0, 0L, 2L, 1);
        Tensor used = a.sum();
        y.slice(0, 1L, 3L, 1).mul_(10L);
        a.sum().backward(null, true);
        assertThat(x.grad().toDoubles()).containsExactly(1, 10, 0);
        x.setGrad(null);
        used.backward();
        assertThat(x.grad().toDoubles()).as("a sum taken before the write keeps the old history").containsExactly(1, 1, 0);
    }

    @Test
    void aViewOfAPlainTensorRequiresGradOnceItsBaseDoes() {
        Tensor w = doubles(2, 3).requiresGrad(true);
        Tensor y = Tensor.zeros(DType.FLOAT64, 3);
        Tensor a = y.slice(0, 0L, 2L, 1);
        y.slice(0, 1L, 3L, 1).add_(w);
        assertThat(a.requiresGrad()).isTrue();
        assertThat(y.gradFn().op()).isEqualTo("copy_slices");
        a.sum().backward();
        assertThat(w.grad().toDoubles()).containsExactly(1, 0);
    }

    @Test
    void retainGradKeepsTheGradientOfANonLeaf() {
        Tensor x = doubles(1, -2, 3).requiresGrad(true);
        Tensor y = x.mul(2L);
        y.retainGrad();
        y.mul(y).sum().backward();
        assertThat(y.grad().toDoubles()).containsExactly(4, -8, 12);
        assertThat(x.grad().toDoubles()).containsExactly(8, -16, 24);
        assertThat(y.isLeaf()).isFalse();
        assertThat(x.isLeaf()).isTrue();
        Tensor w = x.mul(2L);
        w.mul(w).sum().backward();
        assertThat(w.grad()).as("a non-leaf without retain_grad").isNull();
    }

    @Test
    void retainGradFollowsATensorThroughAnInPlaceOp() {
        Tensor x = doubles(1, 2).requiresGrad(true);
        Tensor y = x.mul(2L);
        y.retainGrad();
        y.add_(1L);
        y.mul(y).sum().backward();
        assertThat(y.grad().toDoubles()).containsExactly(6, 10);
        assertThat(x.grad().toDoubles()).containsExactly(12, 20);
    }

    @Test
    void backwardRefusesWhatPyTorchRefuses() {
        Tensor x = doubles(1, 2).requiresGrad(true);
        assertThatThrownBy(() -> x.mul(2L).backward()).isInstanceOf(TensorException.class)
                .hasMessage("grad can be implicitly created only for scalar outputs");
        assertThatThrownBy(() -> doubles(1, 2).mul(2L).sum().backward()).isInstanceOf(TensorException.class)
                .hasMessage("element 0 of tensors does not require grad and does not have a grad_fn");
    }

    @Test
    void requiresGradAndLeafnessPropagateAsInPyTorch() {
        Tensor a = doubles(1).requiresGrad(true);
        Tensor b = doubles(2);
        Tensor c = a.mul(b);
        Tensor d = b.mul(3L);
        assertThat(c.requiresGrad()).isTrue();
        assertThat(c.isLeaf()).isFalse();
        assertThat(d.requiresGrad()).isFalse();
        assertThat(d.isLeaf()).isTrue();
        assertThat(b.isLeaf()).isTrue();
        assertThat(c.detach().requiresGrad()).isFalse();
        try (var scope = NoGrad.enter()) {
            Tensor e = a.mul(2L);
            assertThat(e.requiresGrad()).isFalse();
            assertThat(e.isLeaf()).isTrue();
        }
    }

    @Test
    void theMidtermSlicingQuestionWritesThroughEveryView() {
        Tensor d = Tensor.arange(100).view(10, 10);
        Tensor e = d.slice(0, 0L, 2L, 1).slice(1, 1L, 6L, 4);
        assertThat(e.toLongs()).containsExactly(1, 5, 11, 15);
        Tensor f = e.select(0, 0).slice(0, null, null, 1);
        Tensor g = f.add_(1L).slice(0, null, 2L, 1);
        Tensor h = g.matmul(g);
        assertThat(e.toLongs()).containsExactly(2, 6, 11, 15);
        assertThat(f.toLongs()).containsExactly(2, 6);
        assertThat(g.toLongs()).containsExactly(2, 6);
        assertThat(h.dtype()).isEqualTo(DType.INT64);
        assertThat(h.shape()).isEmpty();
        assertThat(h.toLongs()).containsExactly(40);
        assertThat(d.select(0, 0).toLongs()).containsExactly(0, 2, 2, 3, 4, 6, 6, 7, 8, 9);
        assertThat(versions(d, e, f, g)).containsExactly(1, 1, 1, 1);
        assertThat(e.shape()).containsExactly(2, 2);
        assertThat(e.strides()).containsExactly(10, 4);
        assertThat(e.storageOffset()).isEqualTo(1);
    }
}
