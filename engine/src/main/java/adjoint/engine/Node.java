package adjoint.engine;

import java.util.Arrays;
import java.util.List;

/** One recorded operation: its inputs, what it saved, and the rule that maps the output's gradient to theirs. */
final class Node implements GradNode {
    /** The gradient rule: given the output's gradient, the gradients of the inputs (null where not needed). */
    @FunctionalInterface
    interface Rule {
        Tensor[] apply(Tensor grad, boolean[] needs);
    }

    private final String op;
    final Tensor[] inputs;
    private final Rule rule;
    private final Tensor[] saved;
    private final int[] savedVersions;
    Tensor output;
    boolean released;

    Node(String op, Tensor[] inputs, Rule rule, Tensor[] saved) {
        this.op = op;
        this.inputs = inputs;
        this.rule = rule;
        this.saved = saved;
        this.savedVersions = Arrays.stream(saved).mapToInt(Tensor::version).toArray();
    }

    @Override
    public String op() {
        return op;
    }

    @Override
    public List<Tensor> inputs() {
        return List.of(inputs);
    }

    @Override
    public List<Tensor> saved() {
        return List.of(saved);
    }

    Tensor[] apply(Tensor grad) {
        if (released) {
            throw new TensorException("Trying to backward through the graph a second time (or directly access saved "
                    + "tensors after they have already been freed). Specify retain_graph=True if you need to backward "
                    + "through the graph a second time.");
        }
        for (int i = 0; i < saved.length; i++) {
            if (saved[i].version() != savedVersions[i]) {
                throw new TensorException("one of the variables needed for gradient computation has been modified by "
                        + "an inplace operation: [" + saved[i].typeName() + " " + Shapes.format(saved[i].shape())
                        + "], which is output 0 of " + op + "; is at version " + saved[i].version() + "; expected version "
                        + savedVersions[i] + " instead.");
            }
        }
        boolean[] needs = new boolean[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            needs[i] = inputs[i].requiresGrad();
        }
        return rule.apply(grad, needs);
    }
}
