package adjoint.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.Generator;
import adjoint.engine.Tensor;
import adjoint.engine.TensorException;
import org.junit.jupiter.api.Test;

class ModuleTest {

    /** A user-defined module, as one would write in PyTorch: two registered children and a parameter of its own. */
    private static final class Residual extends Module {
        final Linear inner;
        final Dropout drop;
        final Tensor scale;

        Residual(Generator g) {
            inner = registerModule("inner", new Linear(2, 2, true, g));
            scale = registerParameter("scale", Tensor.of(1.0));
            drop = registerModule("drop", new Dropout(0.5, g));
        }

        @Override
        public Tensor forward(Tensor x) {
            return x.add(drop.forward(inner.forward(x)).mul(scale));
        }
    }

    @Test
    void parametersAreCollectedRecursivelyInRegistrationOrderWithDottedNames() {
        Generator g = new Generator(0);
        Residual r = new Residual(g);
        Sequential net = new Sequential(new Linear(2, 2, false, g), r);
        assertThat(net.namedParameters().keySet())
                .containsExactly("0.weight", "1.scale", "1.inner.weight", "1.inner.bias");
        assertThat(net.parameters()).containsExactly(((Linear) net.get(0)).weight(), r.scale, r.inner.weight(),
                r.inner.bias());
        assertThat(r.children()).containsExactly(r.inner, r.drop);
        for (Tensor p : net.parameters()) {
            assertThat(p.isLeaf()).isTrue();
            assertThat(p.requiresGrad()).isTrue();
        }
    }

    @Test
    void aTensorSharedByTwoLayersIsListedOnce() {
        Tensor w = Tensor.of(new double[][] {{1, 0}, {0, 1}});
        Sequential tied = new Sequential(Linear.of(w, null), new ReLU(), Linear.of(w, Tensor.of(0.0, 0.0)));
        assertThat(tied.namedParameters().keySet()).containsExactly("0.weight", "2.bias");
        assertThat(tied.parameters()).hasSize(2);
    }

    @Test
    void trainAndEvalReachEveryDescendantAndSwitchDropout() {
        Residual r = new Residual(new Generator(1));
        Sequential net = new Sequential(r);
        assertThat(net.isTraining()).isTrue();
        assertThat(net.eval()).isSameAs(net);
        assertThat(net.isTraining() || r.isTraining() || r.drop.isTraining() || r.inner.isTraining()).isFalse();
        Tensor x = Tensor.ones(1, 2);
        assertThat(net.forward(x).toDoubles()).containsExactly(net.forward(x).toDoubles());
        net.train();
        assertThat(r.drop.isTraining()).isTrue();
        r.train(false);
        assertThat(r.drop.isTraining()).isFalse();
        assertThat(net.isTraining()).as("a child's mode does not touch its parent").isTrue();
    }

    @Test
    void dottedDuplicateOrEmptyNamesAreRefused() {
        class Bad extends Module {
            Bad(String first, String second) {
                registerParameter(first, Tensor.of(1.0));
                registerModule(second, new ReLU());
            }

            @Override
            public Tensor forward(Tensor x) {
                return x;
            }
        }
        assertThatThrownBy(() -> new Bad("w", "w")).isInstanceOf(TensorException.class)
                .hasMessage("attribute 'w' already exists");
        assertThatThrownBy(() -> new Bad("a.b", "c")).isInstanceOf(TensorException.class);
        assertThatThrownBy(() -> new Bad("a", "")).isInstanceOf(TensorException.class);
    }
}
