package adjoint.engine.graph;

import java.util.List;

/**
 * One input of a graph node: another node, a constant written into the formula (the 4 in {@code 4 * w3}), or a
 * group of operands (the list given to {@code cat}). Constants are not nodes, so the midterm's
 * {@code sin x - 4 sin³x + ln sin x} has exactly six nodes.
 */
public sealed interface Operand {
    /** The node with this id. */
    record Ref(String id) implements Operand {
    }

    /**
     * A constant: a {@code Long}, {@code Double} or {@code Boolean}, a {@code String} keyword value, a dtype, a
     * nested {@code List} of numbers, or null for None.
     */
    record Const(Object value) implements Operand {
    }

    /** A list of operands, as the tensors given to {@code cat} or {@code stack}. */
    record Group(List<Operand> items) implements Operand {
        public Group {
            items = List.copyOf(items);
        }
    }

    static Operand ref(String id) {
        return new Ref(id);
    }

    static Operand constant(Object value) {
        return new Const(value);
    }

    /**
     * An input an editor has not connected yet. Evaluation reports it at the node ({@code input 2 is not
     * connected}); a program prints it as {@code None}.
     */
    static Operand unconnected() {
        return new Const(Unconnected.INPUT);
    }

    /** Whether this is an input an editor has not connected yet. */
    default boolean isUnconnected() {
        return this instanceof Const c && c.value() == Unconnected.INPUT;
    }

    /** The value of an {@link #unconnected()} input: never a value of the language. */
    enum Unconnected {
        INPUT
    }
}
