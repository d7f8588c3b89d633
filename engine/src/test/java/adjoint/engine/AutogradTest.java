package adjoint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The recorded graph and its introspection, backward's checks, no-grad scopes, detach and requires_grad. */
class AutogradTest {

    /** Midterm 1, Q8: f(x) = sin x - 4 sin^3 x + ln sin x at x = 1.5, written as the exam's graph. */
    private record Midterm(Tensor x, Tensor w2, Tensor w3, Tensor w4, Tensor w5, Tensor w6) {
        static Midterm build() {
            Tensor x = Tensor.scalar(DType.FLOAT64, 1.5).requiresGrad(true);
            Tensor w2 = x.sin();
            Tensor w3 = w2.pow(3);
            Tensor w4 = Tensor.number(4L).mul(w3);
            Tensor w5 = w2.log();
            return new Midterm(x, w2, w3, w4, w5, w2.sub(w4).add(w5));
        }
    }

    @Test
    void theMidtermGraphComputesTheExamsValuesAndGradient() {
        Midterm m = Midterm.build();
        m.w6().backward();
        assertThat(m.w6().item()).isCloseTo(-2.975028247064802, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(m.x().grad().item()).isCloseTo(-0.7029469573250924, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void theRecordedGraphNamesEachOperationItsInputsAndWhatItSaved() {
        Midterm m = Midterm.build();
        GradNode add = m.w6().gradFn();
        assertThat(add.op()).isEqualTo("add");
        assertThat(add.inputs()).hasSize(2);
        assertThat(add.inputs().get(1)).isSameAs(m.w5());
        assertThat(add.saved()).isEmpty();
        GradNode sub = add.inputs().get(0).gradFn();
        assertThat(sub.op()).isEqualTo("sub");
        assertThat(sub.inputs()).containsExactly(m.w2(), m.w4());
        assertThat(m.w5().gradFn().op()).isEqualTo("log");
        assertThat(m.w5().gradFn().saved()).containsExactly(m.w2());
        assertThat(m.w4().gradFn().op()).isEqualTo("mul");
        assertThat(m.w4().gradFn().inputs().get(1)).isSameAs(m.w3());
        assertThat(m.w3().gradFn().op()).isEqualTo("pow");
        assertThat(m.w3().gradFn().saved()).contains(m.w2(), m.w3());
        GradNode sin = m.w2().gradFn();
        assertThat(sin.op()).isEqualTo("sin");
        assertThat(sin.inputs()).containsExactly(m.x());
        assertThat(sin.saved()).containsExactly(m.x());
        assertThat(m.x().gradFn()).isNull();
        assertThat(m.x().isLeaf()).isTrue();
    }

    @Test
    void backwardTwiceThroughTheSameGraphFailsUnlessTheGraphIsRetained() {
        Midterm m = Midterm.build();
        m.w6().backward(null, true);
        m.w6().backward();
        assertThat(m.x().grad().item()).isCloseTo(2 * -0.7029469573250924, org.assertj.core.data.Offset.offset(1e-12));
        assertThatThrownBy(() -> m.w6().backward()).isInstanceOf(TensorException.class)
                .hasMessageStartingWith("Trying to backward through the graph a second time");
    }

    @Test
    void backwardChecksTheShapeOfAnExplicitGradient() {
        Tensor x = Tensor.of(1, 2).requiresGrad(true);
        assertThatThrownBy(() -> x.mul(2L).backward(Tensor.ones(3))).isInstanceOf(TensorException.class)
                .hasMessage("Mismatch in shape: grad_output[0] has a shape of torch.Size([3]) and output[0] has a shape "
                        + "of torch.Size([2]).");
    }

    @Test
    void noGradScopesNestAndRestoreTheOuterState() {
        Tensor x = Tensor.of(1, 2).requiresGrad(true);
        assertThat(NoGrad.isGradEnabled()).isTrue();
        try (var outer = NoGrad.enter()) {
            try (var inner = NoGrad.enter()) {
                assertThat(x.mul(2L).requiresGrad()).isFalse();
            }
            assertThat(NoGrad.isGradEnabled()).as("still inside the outer scope").isFalse();
            try (var enabled = NoGrad.enableGrad()) {
                assertThat(x.mul(2L).requiresGrad()).isTrue();
            }
            assertThat(x.mul(2L).requiresGrad()).isFalse();
        }
        assertThat(NoGrad.isGradEnabled()).isTrue();
        assertThat(x.mul(2L).requiresGrad()).isTrue();
    }

    @Test
    void detachSharesStorageAndVersionButNotHistory() {
        Tensor x = Tensor.of(1, 2, 3).requiresGrad(true);
        Tensor y = x.mul(2L);
        Tensor d = y.detach();
        assertThat(d.sharesStorageWith(y)).isTrue();
        assertThat(d.requiresGrad()).isFalse();
        assertThat(d.gradFn()).isNull();
        d.add_(1L);
        assertThat(y.toDoubles()).containsExactly(3, 5, 7);
        assertThat(y.version()).isEqualTo(1);
    }

    @Test
    void onlyFloatingTensorsCanRequireGrad() {
        assertThatThrownBy(() -> Tensor.arange(3).requiresGrad(true)).isInstanceOf(TensorException.class)
                .hasMessage("only Tensors of floating point dtype can require gradients");
        assertThatThrownBy(() -> Tensor.zeros(DType.BOOL, 2).requiresGrad(true)).isInstanceOf(TensorException.class)
                .hasMessage("only Tensors of floating point dtype can require gradients");
    }

    @Test
    void requiresGradCanOnlyBeTurnedOffOnLeaves() {
        Tensor y = Tensor.of(1, 2).requiresGrad(true).mul(2L);
        assertThatThrownBy(() -> y.requiresGrad(false)).isInstanceOf(TensorException.class)
                .hasMessage("you can only change requires_grad flags of leaf variables. If you want to use a computed "
                        + "variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().");
        assertThatThrownBy(() -> Tensor.of(1, 2).retainGrad()).isInstanceOf(TensorException.class)
                .hasMessage("can't retain_grad on Tensor that has requires_grad=False");
    }

    @Test
    void integerResultsNeverRequireGrad() {
        Tensor x = Tensor.of(1, 3, 2).requiresGrad(true);
        assertThat(x.argmax().requiresGrad()).isFalse();
        assertThat(x.gt(1.5).requiresGrad()).isFalse();
    }

    @Test
    void itemNeedsExactlyOneElement() {
        assertThatThrownBy(() -> Tensor.of(1, 2).item()).isInstanceOf(TensorException.class)
                .hasMessage("only one element tensors can be converted to Python scalars");
    }

    @Test
    void leavesGivenTheSameGradientGetGradsOfTheirOwn() {
        Tensor a = Tensor.of(1, 2).requiresGrad(true);
        Tensor b = Tensor.of(3, 4).requiresGrad(true);
        a.add(b).mul(Tensor.of(5, 6)).sum().backward();
        assertThat(a.grad().sharesStorageWith(b.grad())).isFalse();
        a.grad().add_(1L);
        assertThat(b.grad().toDoubles()).containsExactly(5, 6);
        assertThat(a.grad().toDoubles()).containsExactly(6, 7);
    }

    @Test
    void aGradientPassedInIsNeverAdoptedAsALeafsGrad() {
        Tensor x = Tensor.of(1, 2).requiresGrad(true);
        Tensor given = Tensor.of(7, 8);
        x.clone().backward(given);
        assertThat(x.grad().sharesStorageWith(given)).isFalse();
        assertThat(x.grad().toDoubles()).containsExactly(7, 8);
    }
}
