package adjoint.app.render;

import adjoint.app.document.Document;
import adjoint.app.document.ViewSettings;
import adjoint.engine.graph.ExprGraph;
import java.util.Map;

/** Documents for the render tests, laid out as the app lays them out. */
final class Pictures {
    static final String Q8 = "x = 1.5\nf = sin(x) - 4*sin(x)**3 + log(sin(x))";

    private Pictures() {
    }

    static Document laidOut(String program) {
        Document d = new Document(ExprGraph.parse(program), Map.of(), ViewSettings.DEFAULT);
        return MeasuredLayout.apply(d, GraphExport.evaluate(d));
    }
}
