package adjoint.engine.lang;

import java.util.List;
import java.util.Objects;

/**
 * A parsed program: its statements in order. Positioned at its first statement.
 *
 * <pre>{@code
 * Program program = Parser.parse("x = 1.5\ny = sin(x)\n").check();
 * program.output().name()   // "y"
 * }</pre>
 */
public record Program(List<Statement> statements, Position at) implements SyntaxNode {

    public Program {
        statements = List.copyOf(statements);
        Objects.requireNonNull(at, "at");
    }

    /** The statements, which are all assignments. */
    public List<Assign> assignments() {
        return statements.stream().map(Assign.class::cast).toList();
    }

    /**
     * The last assignment, whose node is the program's output.
     *
     * @throws ProgramException when there are no statements
     */
    public Assign output() {
        if (statements.isEmpty()) {
            throw new ProgramException(Parser.NOTHING_TO_EVALUATE, 1, 1);
        }
        return (Assign) statements.getLast();
    }

    /**
     * Checks every name, function, method and attribute (see {@link NameCheck}) and returns this program.
     *
     * @throws ProgramException at the first unknown or undefined name
     */
    public Program check() {
        NameCheck.check(this);
        return this;
    }
}
