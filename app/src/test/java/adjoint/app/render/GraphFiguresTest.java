package adjoint.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.app.document.Document;
import adjoint.engine.graph.GraphEvaluation;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphFiguresTest {
    @Test
    void laidOutNodesOfTheMidtermGraphDoNotOverlap() {
        Document q8 = Pictures.laidOut(Pictures.Q8);
        GraphFigures f = GraphFigures.of(q8, GraphExport.evaluate(q8), GraphFigures.FigureOptions.SHOW_ALL);

        List<NodeFigure> nodes = List.copyOf(f.nodes().values());
        assertThat(nodes).hasSize(6);
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                NodeFigure a = nodes.get(i);
                NodeFigure b = nodes.get(j);
                assertThat(a.intersects(b.x(), b.y(), b.x() + b.width(), b.y() + b.height()))
                        .as("%s overlaps %s", a.label(), b.label()).isFalse();
            }
        }
    }

    @Test
    void noEdgeRunsUnderANodeItDoesNotTouch() {
        Document q8 = Pictures.laidOut(Pictures.Q8);
        GraphFigures f = GraphFigures.of(q8, GraphExport.evaluate(q8), GraphFigures.FigureOptions.SHOW_ALL);

        for (EdgeFigure e : f.edges()) {
            for (NodeFigure n : f.nodes().values()) {
                if (n.id().equals(e.from()) || n.id().equals(e.to())) {
                    continue;
                }
                for (double[] p : e.samples(20)) {
                    assertThat(n.contains(p[0], p[1])).as("edge %s→%s under %s", e.from(), e.to(), n.label()).isFalse();
                }
            }
        }
    }

    @Test
    void aScalarShowsAsANumberAndAMatrixAsItsShapeAndAHeatMap() {
        Document d = Pictures.laidOut("A = [[1.0, -2.0, 3.0], [4.0, 5.0, -6.0]]\nf = (A * A).sum()");
        GraphEvaluation ev = GraphExport.evaluate(d);
        GraphFigures f = GraphFigures.of(d, ev, GraphFigures.FigureOptions.SHOW_ALL);
        NodeFigure a = f.nodes().values().stream().filter(n -> n.label().equals("A")).findFirst().orElseThrow();
        NodeFigure out = f.node(d.output());

        assertThat(a.value().text()).isEqualTo("(2, 3)");
        assertThat(a.value().hasHeatMap()).isTrue();
        assertThat(a.value().rows()).isEqualTo(2);
        assertThat(a.grad().text()).isEqualTo("(2, 3)");
        assertThat(out.value().text()).isEqualTo("91");
        assertThat(out.value().hasHeatMap()).isFalse();
    }

    @Test
    void anErrorIsMarkedOnTheNodeWhereItArisesWithItsMessage() {
        Document d = Pictures.laidOut("a = [1.0, 2.0]\nb = [1.0, 2.0, 3.0]\nf = a * b");
        GraphFigures f = GraphFigures.of(d, GraphExport.evaluate(d), GraphFigures.FigureOptions.SHOW_ALL);
        NodeFigure product = f.node(d.output());

        assertThat(product.problem()).isEqualTo(NodeFigure.Problem.ERROR);
        assertThat(String.join(" ", product.message())).isNotBlank();
        assertThat(f.nodes().values()).filteredOn(n -> !n.id().equals(d.output()))
                .allMatch(n -> n.problem() == NodeFigure.Problem.NONE);
        String svg = GraphExport.svg(d, GraphExport.evaluate(d), GraphExport.ExportOptions.DEFAULT);
        assertThat(svg).contains("stroke=\"" + GraphTheme.LIGHT.error().hex() + "\"");
    }

    @Test
    void aLogOfANegativeNumberIsMarkedAsAWarning() {
        Document d = Pictures.laidOut("x = -1.0\nf = log(x)");
        GraphFigures f = GraphFigures.of(d, GraphExport.evaluate(d), GraphFigures.FigureOptions.SHOW_ALL);

        assertThat(f.node(d.output()).problem()).isEqualTo(NodeFigure.Problem.WARNING);
        assertThat(String.join(" ", f.node(d.output()).message())).contains("log");
    }

    @Test
    void portsAreFoundWhereTheyAreDrawn() {
        Document q8 = Pictures.laidOut(Pictures.Q8);
        GraphFigures f = GraphFigures.of(q8, null, GraphFigures.FigureOptions.SHOW_ALL);
        NodeFigure sum = f.node(q8.output());
        PortFigure second = sum.inputs().get(1);

        assertThat(f.portAt(second.x() + 2, second.y() - 1, 3)).isEqualTo(second);
        assertThat(f.portAt(sum.outputPort().x(), sum.outputPort().y(), 3).isOutput()).isTrue();
        assertThat(f.nodeAt(sum.centerX(), sum.centerY())).isEqualTo(sum);
        assertThat(second.hint()).isEqualTo("\u2212");
    }
}
