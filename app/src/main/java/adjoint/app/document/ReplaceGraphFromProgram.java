package adjoint.app.document;

import adjoint.app.document.GraphLayout.Size;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.lang.ProgramException;
import java.util.function.Function;

/**
 * The expression bar: replaces the graph by the graph of a program (repeated subexpressions shared, so the
 * midterm's {@code f = sin(x) - 4*sin(x)**3 + log(sin(x))} gives its six nodes). A node that is the same as
 * before, by name or by what it computes from the same inputs, keeps its id and position; new nodes are placed
 * next to their inputs, or the whole graph is laid out when nothing was placed. Refused with the parser's
 * message ({@code line 2, column 5: no function 'sinn' (did you mean 'sin'?)}) when the program is wrong.
 *
 * <pre>{@code
 * document = new ReplaceGraphFromProgram("x = 1.5\nf = sin(x) - 4*sin(x)**3 + log(sin(x))").apply(document);
 * document.graph().toProgram();    // the program back, as the expression bar shows it
 * }</pre>
 */
public record ReplaceGraphFromProgram(String program, Function<GraphNode, Size> sizes) implements Command {
    public ReplaceGraphFromProgram(String program) {
        this(program, n -> GraphLayout.DEFAULT_SIZE);
    }

    @Override
    public String description() {
        return "Edit program";
    }

    @Override
    public Document apply(Document d) {
        ExprGraph parsed;
        try {
            parsed = ExprGraph.parse(program);
        } catch (ProgramException e) {
            throw new EditRefused(e.describe());
        } catch (IllegalArgumentException e) {
            throw new EditRefused(e.getMessage());
        }
        ExprGraph g = IdentityMatch.rename(d.graph(), parsed);
        if (g.equals(d.graph())) {
            return d;
        }
        ViewSettings view = d.view();
        if (view.output() != null && !g.contains(view.output())) {
            view = view.withOutput(null);
        }
        if (view.output() != null) {
            g = g.withOutput(view.output());
        }
        return new Document(g, Placement.complete(g, d.positions(), sizes), view);
    }
}
