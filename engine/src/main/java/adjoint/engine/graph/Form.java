package adjoint.engine.graph;

/** How a node's operation is written in a program, so a graph prints back as the user wrote it. */
public enum Form {
    /** A variable: {@code x = 1.5}; its value is the node's {@code value} attribute. */
    LEAF,
    /** An operator: {@code a + b - c} (the signed sum {@code add}), {@code a * b}, {@code a / b}, {@code a ** b}, {@code a @ b}, {@code -a}. */
    OPERATOR,
    /** A function call: {@code sin(x)}, {@code sum(x, dim=0)}. */
    FUNCTION,
    /** A method call on the first input: {@code x.view(2, 3)}. */
    METHOD,
    /** An attribute of the first input: {@code A.T}. */
    ATTRIBUTE,
    /** Indexing the first input: {@code d[0:2, 1]}; the items are the node's {@code index} attribute. */
    INDEX
}
