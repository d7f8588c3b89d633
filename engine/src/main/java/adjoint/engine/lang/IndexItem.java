package adjoint.engine.lang;

/**
 * One comma-separated part of an index {@code t[...]}: an expression (an integer index, e.g. {@code 0}
 * or {@code -1}) or a {@link Slice}.
 */
public sealed interface IndexItem extends SyntaxNode permits Expr, IndexItem.Slice {

    /**
     * {@code start:stop:step}; a part left out (or written {@code None}) is null.
     * {@code g[:2]} has start null, stop {@code 2}, step null. Positioned at its first token.
     */
    record Slice(Expr start, Expr stop, Expr step, Position at) implements IndexItem {

        public Slice {
            java.util.Objects.requireNonNull(at, "at");
        }
    }
}
