package adjoint.app.lecture;

import adjoint.engine.Tensor;

/**
 * One step of a sweep, as the lecture shows it.
 *
 * <ul>
 *   <li>{@link Kind#VALUE}: the forward sweep computes {@code node}: {@code formula} (e.g. {@code sin(w1)}) = value.</li>
 *   <li>{@link Kind#SEED}: the backward sweep starts at the output: w̄ = 1.</li>
 *   <li>{@link Kind#EDGE}: the edge {@code node → child} contributes w̄child × ∂child/∂node; {@code formula} is that
 *       term ({@code grad(w3)*d(w3)/d(w2)}), {@code partial} the local partial ({@code 3*w2**2}), {@code value} the
 *       contribution, {@code runningSum} w̄node so far ({@code term} of {@code terms} terms added).</li>
 *   <li>{@link Kind#UNREACHED}: the output does not read {@code node}; its adjoint is 0.</li>
 * </ul>
 *
 * @param node       the node's id
 * @param label      its label (w2)
 * @param child      for an edge, the child's id; else null
 * @param childLabel for an edge, the child's label; else null
 * @param formula    the formula in the expression language, or null where there is none
 * @param partial    for an edge, ∂child/∂node in the expression language (null for a tensor operation)
 * @param value      the value computed at this step (null where it could not be computed)
 * @param partialValue for an edge, the local partial's value (null where not a single formula)
 * @param childAdjoint for an edge, w̄child's value
 * @param runningSum for a backward step, w̄node after this step
 */
public record SweepStep(Kind kind, String node, String label, String child, String childLabel, String formula,
                        String partial, Tensor value, Tensor partialValue, Tensor childAdjoint, Tensor runningSum,
                        int term, int terms) {

    /** What a step does. */
    public enum Kind { VALUE, SEED, EDGE, UNREACHED }

    public boolean isForward() {
        return kind == Kind.VALUE;
    }

    /** Whether this step completes the node's adjoint (its last term, the seed, or an unreached node). */
    public boolean completesNode() {
        return kind != Kind.EDGE || term == terms;
    }

    /** One line for a status bar or a caption, in plain text with the exam's symbols. */
    public String caption() {
        return switch (kind) {
            case VALUE -> label + (formula == null ? "" : " = " + Pretty.text(formula)) + " = " + Pretty.number(value);
            case SEED -> Pretty.bar(label) + " = 1   (the output)";
            case UNREACHED -> Pretty.bar(label) + " = 0   (the output does not read " + label + ")";
            case EDGE -> Pretty.bar(childLabel) + " · ∂" + childLabel + "/∂" + label
                    + (partial == null ? "" : " = " + Pretty.number(childAdjoint) + " · " + Pretty.text(partial))
                    + " = " + Pretty.number(value)
                    + (terms > 1 ? "   (" + Pretty.bar(label) + " so far: " + Pretty.number(runningSum)
                    + ", term " + term + " of " + terms + ")" : "");
        };
    }
}
