package adjoint.engine.lang;

import java.util.Objects;

/**
 * {@code name = value}: names a node of the graph. Positioned at the name.
 *
 * <pre>{@code
 * Parser.parse("w2 = sin(w1)").assignments().getFirst().name()   // "w2"
 * }</pre>
 */
public record Assign(String name, Expr value, Position at) implements Statement {

    public Assign {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(at, "at");
    }
}
