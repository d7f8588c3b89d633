package adjoint.engine.lang;

/**
 * A node of the syntax tree. Every node knows where its first token is ({@link #at()}); nodes built by code
 * rather than parsed use {@link Position#UNKNOWN}. Equality of nodes includes positions.
 */
public sealed interface SyntaxNode permits Program, Statement, IndexItem {

    /** Where the node's first token is. */
    Position at();

    /** The 1-based line of the node's first token, 0 when unknown. */
    default int line() {
        return at().line();
    }

    /** The 1-based column of the node's first token, 0 when unknown. */
    default int column() {
        return at().column();
    }
}
