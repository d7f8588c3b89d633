package adjoint.engine.nn;

import adjoint.engine.Tensor;
import adjoint.engine.TensorException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A layer or a network of layers, as {@code torch.nn.Module}: it owns parameters (leaf tensors that require grad)
 * and child modules, both kept in registration order, and a training flag that {@link #train()} and {@link #eval()}
 * set for the whole tree.
 *
 * <pre>{@code
 * var net = new Sequential(new Linear(4, 5, true, new Generator(0)), new ReLU(), new Linear(5, 3, true, new Generator(1)));
 * net.namedParameters().keySet(); // [0.weight, 0.bias, 2.weight, 2.bias]
 * net.eval().isTraining();        // false
 * }</pre>
 */
public abstract class Module {
    private final Map<String, Tensor> parameters = new LinkedHashMap<>();
    private final Map<String, Module> children = new LinkedHashMap<>();
    private boolean training = true;

    /** The module applied to {@code input}. */
    public abstract Tensor forward(Tensor input);

    /** Registers {@code value} as a parameter named {@code name}; a leaf is used as is, with requires_grad set. */
    protected final Tensor registerParameter(String name, Tensor value) {
        checkName(name);
        Tensor p = value.isLeaf() ? value : value.detach();
        p.requiresGrad(true);
        parameters.put(name, p);
        return p;
    }

    /** Registers a child module under {@code name}; its parameters are then named {@code name.param}. */
    protected final <M extends Module> M registerModule(String name, M module) {
        checkName(name);
        children.put(name, module);
        return module;
    }

    private void checkName(String name) {
        if (name.isEmpty() || name.contains(".")) {
            throw new TensorException("module or parameter name can't be empty or contain \".\", got: \"" + name + "\"");
        }
        if (parameters.containsKey(name) || children.containsKey(name)) {
            throw new TensorException("attribute '" + name + "' already exists");
        }
    }

    /** Every parameter of this module and its descendants, in registration order, each once. */
    public final List<Tensor> parameters() {
        return List.copyOf(namedParameters().values());
    }

    /** Parameters by dotted name ({@code "0.weight"}), as {@code named_parameters()}; a shared tensor appears once. */
    public final LinkedHashMap<String, Tensor> namedParameters() {
        LinkedHashMap<String, Tensor> out = new LinkedHashMap<>();
        collect("", out, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out;
    }

    private void collect(String prefix, Map<String, Tensor> out, Set<Tensor> seen) {
        parameters.forEach((name, p) -> {
            if (seen.add(p)) {
                out.put(prefix + name, p);
            }
        });
        children.forEach((name, child) -> child.collect(prefix + name + ".", out, seen));
    }

    /** The direct child modules, in registration order. */
    public final List<Module> children() {
        return List.copyOf(children.values());
    }

    /** Training mode for this module and its descendants (Dropout drops); returns this module. */
    public final Module train() {
        return train(true);
    }

    /** Training mode if {@code mode}, else evaluation mode, for this module and its descendants. */
    public final Module train(boolean mode) {
        training = mode;
        children.values().forEach(c -> c.train(mode));
        return this;
    }

    /** Evaluation mode for this module and its descendants (Dropout is the identity); returns this module. */
    public final Module eval() {
        return train(false);
    }

    public final boolean isTraining() {
        return training;
    }

    /** The arguments shown inside the parentheses of {@link #toString()}, as PyTorch's {@code extra_repr}. */
    protected String extraRepr() {
        return "";
    }

    /** PyTorch's module repr, e.g. {@code Linear(in_features=3, out_features=2, bias=True)}. */
    @Override
    public String toString() {
        String head = getClass().getSimpleName() + "(" + extraRepr();
        if (children.isEmpty()) {
            return head + ")";
        }
        List<String> lines = new ArrayList<>();
        children.forEach((name, child) -> lines.add("  (" + name + "): " + child.toString().replace("\n", "\n  ")));
        return head + "\n" + String.join("\n", lines) + "\n)";
    }
}
