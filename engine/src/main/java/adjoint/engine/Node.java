package adjoint.engine;

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
    /**
     * The node that produced each input when this one was recorded (null for a leaf), as PyTorch's edges: an
     * in-place operation may later give an input tensor a new history, but this node keeps the old one.
     */
    final Node[] edges;
    /** Whether each input required a gradient when this node was recorded. */
    private final boolean[] needs;
    private final Rule rule;
    private final Tensor[] saved;
    private final int[] savedVersions;
    Tensor output;
    boolean released;
    /** During a backward pass: the gradient summed so far from the nodes that use this one's output. */
    Tensor pendingGrad;
    /** The backward pass that last visited this node (for its topological sort). */
    Object visitedBy;

    Node(String op, Tensor[] inputs, Rule rule, Tensor[] saved) {
        this.op = op;
        this.inputs = inputs;
        this.edges = new Node[inputs.length];
        this.needs = new boolean[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            edges[i] = inputs[i].node();
            needs[i] = inputs[i].requiresGrad();
        }
        this.rule = rule;
        this.saved = saved;
        this.savedVersions = new int[saved.length];
        for (int i = 0; i < saved.length; i++) {
            savedVersions[i] = saved[i].version();
        }
    }

    boolean needs(int input) {
        return needs[input];
    }

    /** PyTorch's name for the node, as its messages print it: {@code exp} is {@code ExpBackward0}. */
    String torchName() {
        if (op.equals("copy_slices")) {
            return "torch::autograd::CopySlices";
        }
        StringBuilder name = new StringBuilder();
        for (String part : op.split("_")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.append("Backward0").toString();
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
        // Only a node that saved tensors loses something when the graph is freed, as in PyTorch.
        if (released && saved.length > 0) {
            throw new TensorException("Trying to backward through the graph a second time (or directly access saved "
                    + "tensors after they have already been freed). Saved intermediate values of the graph are freed when "
                    + "you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through "
                    + "the graph a second time or if you need to access saved tensors after calling backward.");
        }
        for (int i = 0; i < saved.length; i++) {
            if (saved[i].version() != savedVersions[i]) {
                throw modified(saved[i], savedVersions[i]);
            }
        }
        return rule.apply(grad, needs.clone());
    }

    /** PyTorch's message, naming this node for a saved output and the tensor's current history for an input. */
    private TensorException modified(Tensor t, int expected) {
        Node producer = t == output ? this : t.node();
        return new TensorException("one of the variables needed for gradient computation has been modified by an "
                + "inplace operation: [" + t.typeName() + " " + Shapes.format(t.shape()) + "]"
                + (producer == null ? "" : ", which is output 0 of " + producer.torchName() + ",")
                + " is at version " + t.version() + "; expected version " + expected + " instead. Hint: enable anomaly "
                + "detection to find the operation that failed to compute its gradient, with "
                + "torch.autograd.set_detect_anomaly(True).");
    }
}
