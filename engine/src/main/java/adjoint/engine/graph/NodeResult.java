package adjoint.engine.graph;

import adjoint.engine.Tensor;

/**
 * What evaluation gave one node: its value and gradient (either may be null), or the error that stopped it.
 *
 * @param value value, or null if the node failed
 * @param grad  the output's gradient with respect to this node, or null where none flowed
 * @param error a message when the node (or a node it reads) failed, else null
 * @param warning a message when the node computed but its value is not a number where its inputs were (log of a
 *                negative, 0/0): PyTorch's value is kept and the node is marked, else null
 */
public record NodeResult(Tensor value, Tensor grad, String error, String warning) {
    public boolean failed() {
        return error != null;
    }
}
