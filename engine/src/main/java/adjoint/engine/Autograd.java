package adjoint.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records operations and runs the backward pass: a topological order and one reverse loop. The pass keeps its
 * working state on the nodes (the gradient pending at each, the pass that visited it), so two threads must not run
 * backward through the same graph at once; separate graphs are independent.
 */
final class Autograd {
    private Autograd() {
    }

    /** Attaches a gradient rule to {@code out} when recording is on and some input requires a gradient. */
    static Tensor record(Tensor out, String op, Tensor[] inputs, Node.Rule rule, Tensor... saved) {
        if (!NoGrad.isGradEnabled() || !out.dtype().isFloating()) {
            return out;
        }
        boolean any = false;
        for (Tensor t : inputs) {
            any |= t.requiresGrad();
        }
        if (!any) {
            return out;
        }
        Node node = new Node(op, inputs, rule, saved);
        node.output = out;
        out.attach(node);
        return out;
    }

    static void backward(Tensor root, Tensor gradient, boolean retainGraph) {
        if (!root.requiresGrad()) {
            throw new TensorException("element 0 of tensors does not require grad and does not have a grad_fn");
        }
        if (gradient == null) {
            if (root.numel() != 1) {
                throw new TensorException("grad can be implicitly created only for scalar outputs");
            }
            gradient = Tensor.zerosOn(root, root.dtype(), root.shape()).add_(1L);
        } else if (!java.util.Arrays.equals(gradient.shape(), root.shape())) {
            throw new TensorException("Mismatch in shape: grad_output[0] has a shape of torch.Size("
                    + Shapes.format(gradient.shape()) + ") and output[0] has a shape of torch.Size("
                    + Shapes.format(root.shape()) + ").");
        }
        try (var scope = NoGrad.enter()) {
            run(root, gradient.detach(), retainGraph);
        }
    }

    private static void run(Tensor root, Tensor gradient, boolean retainGraph) {
        Node start = root.node();
        if (start == null) {
            accumulate(root, gradient);
            return;
        }
        long before = adjoint.engine.backend.Storage.newestSerial();
        List<Node> order = topologicalOrder(start);
        // A leaf's gradients are summed first and added into .grad once, as PyTorch's AccumulateGrad.
        Map<Tensor, Tensor> leafGrads = new IdentityHashMap<>();
        start.pendingGrad = gradient;
        try {
            for (Node node : order) {
                Tensor g = node.pendingGrad;
                if (g == null) {
                    continue;
                }
                node.pendingGrad = null;
                // Only the tensor's current history retains its gradient (an in-place op moves retain_grad along).
                if (node.output != null && node.output.retainsGrad() && node.output.node() == node) {
                    accumulate(node.output, g);
                }
                Tensor[] inputGrads = node.apply(g);
                if (!retainGraph) {
                    node.released = true;
                }
                for (int i = 0; i < node.inputs.length; i++) {
                    Tensor input = node.inputs[i];
                    if (!node.needs(i) || inputGrads[i] == null) {
                        continue;
                    }
                    Tensor gi = fit(inputGrads[i], input);
                    Node next = node.edges[i];
                    if (next == null) {
                        leafGrads.merge(input, gi, Tensor::add);
                    } else {
                        next.pendingGrad = next.pendingGrad == null ? gi : next.pendingGrad.add(gi);
                    }
                }
            }
            adoptOrAccumulate(leafGrads, before);
        } finally {
            for (Node node : order) {
                node.pendingGrad = null;
            }
        }
    }

    /** Reverse topological order: every node comes before the nodes that produced its inputs. */
    private static List<Node> topologicalOrder(Node start) {
        Object pass = new Object();
        List<Node> post = new ArrayList<>();
        Node[] stack = new Node[16];
        int[] next = new int[16];
        int depth = 0;
        stack[0] = start;
        start.visitedBy = pass;
        depth = 1;
        while (depth > 0) {
            Node node = stack[depth - 1];
            int i = next[depth - 1];
            if (i < node.edges.length) {
                next[depth - 1] = i + 1;
                Node child = node.edges[i];
                if (child != null && child.visitedBy != pass) {
                    child.visitedBy = pass;
                    if (depth == stack.length) {
                        stack = java.util.Arrays.copyOf(stack, 2 * depth);
                        next = java.util.Arrays.copyOf(next, 2 * depth);
                    }
                    stack[depth] = child;
                    next[depth] = 0;
                    depth++;
                }
            } else {
                depth--;
                stack[depth] = null;
                post.add(node);
            }
        }
        java.util.Collections.reverse(post);
        return post;
    }

    /** Sums a gradient over broadcast dimensions and casts it, so it matches the input it belongs to. */
    static Tensor fit(Tensor grad, Tensor input) {
        Tensor g = Movement.sumToShape(grad, input.shapeRef());
        return g.dtype() == input.dtype() ? g : g.to(input.dtype());
    }

    /**
     * Accumulates each leaf's summed gradient. A leaf without {@code .grad} adopts its gradient instead of a copy
     * when that is a whole storage created during this pass and given to no other leaf (as PyTorch steals a
     * gradient nothing else refers to): such a storage can only be referred to by the rule that made it, and rules
     * keep nothing.
     */
    private static void adoptOrAccumulate(Map<Tensor, Tensor> leafGrads, long before) {
        Map<adjoint.engine.backend.Storage, Integer> uses = new IdentityHashMap<>();
        leafGrads.replaceAll((t, g) -> fit(g, t));
        leafGrads.values().forEach(g -> uses.merge(g.storage(), 1, Integer::sum));
        leafGrads.forEach((t, g) -> {
            adjoint.engine.backend.Storage s = g.storage();
            boolean whole = g.storageOffset() == 0 && g.isContiguous() && s.size() == g.numel();
            if (t.grad() == null && whole && s.serial() > before && uses.get(s) == 1) {
                t.setGradUnchecked(new Tensor(s, g.shape()));
            } else {
                accumulate(t, g);
            }
        });
    }

    /** Adds into {@code .grad} in place (a tensor holding the old {@code .grad} sees the sum), as PyTorch. */
    private static void accumulate(Tensor t, Tensor g) {
        Tensor fitted = fit(g, t);
        if (t.grad() == null) {
            t.setGradUnchecked(fitted.contiguousCopy());
        } else {
            t.grad().add_(fitted);
        }
    }
}
