package adjoint.engine.lang;

/** A statement of a {@link Program}. The language has one kind: {@link Assign}. */
public sealed interface Statement extends SyntaxNode permits Assign {
}
