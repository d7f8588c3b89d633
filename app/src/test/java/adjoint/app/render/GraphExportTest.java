package adjoint.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.app.document.Document;
import adjoint.engine.graph.GraphEvaluation;
import java.awt.image.BufferedImage;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GraphExportTest {
    private static Document q8;
    private static GraphEvaluation ev;

    @BeforeAll
    static void build() {
        System.setProperty("java.awt.headless", "true");
        q8 = Pictures.laidOut(Pictures.Q8);
        ev = GraphExport.evaluate(q8);
    }

    private static GraphExport.ExportOptions options(double scale, boolean transparent) {
        return new GraphExport.ExportOptions(scale, transparent, true, true, null, GraphTheme.LIGHT);
    }

    @Test
    void svgKeepsNodeLabelsFormulasAndValuesAsText() {
        String svg = GraphExport.svg(q8, ev, options(1, false));

        assertThat(svg).startsWith("<?xml").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        for (String label : q8.labels().values()) {
            assertThat(svg).contains(">" + label + "</text>");
        }
        assertThat(svg).contains(">sin(x)</text>").contains(">w2 - w4 + w5</text>").contains(">-0.70295</text>");
    }

    @Test
    void pngAtScaleTwoHasTwiceThePixelsInEachDirection() {
        BufferedImage one = GraphExport.png(q8, ev, options(1, false));
        BufferedImage two = GraphExport.png(q8, ev, options(2, false));

        assertThat(two.getWidth()).isEqualTo(2 * one.getWidth());
        assertThat(two.getHeight()).isEqualTo(2 * one.getHeight());
    }

    @Test
    void transparentPngLeavesTheBackgroundClear() {
        BufferedImage clear = GraphExport.png(q8, ev, options(1, true));
        BufferedImage filled = GraphExport.png(q8, ev, options(1, false));

        assertThat(clear.getRGB(1, 1) >>> 24).isZero();
        assertThat(filled.getRGB(1, 1)).isEqualTo(GraphTheme.LIGHT.background().argb());
    }

    @Test
    void hiddenValuesAndGradientsAreNotWritten() {
        String svg = GraphExport.svg(q8, ev, new GraphExport.ExportOptions(1, false, false, false, null, GraphTheme.LIGHT));

        assertThat(svg).contains(">w2</text>").doesNotContain(">-0.70295</text>").doesNotContain(">grad</text>");
    }

    @Test
    void selectionOnlyDrawsTheSelectedNodesAndTheEdgesBetweenThem() {
        String x = q8.graph().nodes().getFirst().id();
        String sin = q8.graph().consumers(x).getFirst();
        GraphFigures all = GraphFigures.of(q8, ev, GraphFigures.FigureOptions.SHOW_ALL);
        GraphFigures two = GraphFigures.of(q8, ev, GraphFigures.FigureOptions.SHOW_ALL.only(Set.of(x, sin)));
        String svg = GraphExport.svg(q8, ev, new GraphExport.ExportOptions(1, false, true, true, Set.of(x, sin),
                GraphTheme.DARK));

        assertThat(all.edges()).hasSize(7);
        assertThat(two.nodes()).hasSize(2);
        assertThat(two.edges()).hasSize(1);
        assertThat(svg).contains(">x</text>").contains(">w2</text>").doesNotContain(">w5</text>");
    }
}
