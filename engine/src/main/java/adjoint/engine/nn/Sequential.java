package adjoint.engine.nn;

import adjoint.engine.Tensor;

/**
 * Modules applied one after another, named {@code "0"}, {@code "1"}, ... as {@code torch.nn.Sequential}.
 *
 * <pre>{@code
 * var net = new Sequential(new Linear(2, 3, true, new Generator(0)), new ReLU());
 * net.forward(Tensor.zeros(5, 2)).shape(); // [5, 3]
 * net.get(0);                              // the Linear
 * }</pre>
 */
public final class Sequential extends Module {
    private final Module[] layers;

    public Sequential(Module... layers) {
        this.layers = layers.clone();
        for (int i = 0; i < this.layers.length; i++) {
            registerModule(Integer.toString(i), this.layers[i]);
        }
    }

    @Override
    public Tensor forward(Tensor input) {
        Tensor x = input;
        for (Module layer : layers) {
            x = layer.forward(x);
        }
        return x;
    }

    /** The layer at {@code index}. */
    public Module get(int index) {
        return layers[index];
    }

    public int size() {
        return layers.length;
    }
}
