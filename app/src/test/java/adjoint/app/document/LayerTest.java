package adjoint.app.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.graph.ExprGraph;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayerTest {
    private static final String LAYER = """
            x = [1.0, 2.0, 3.0]
            W = [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]
            b = [0.5, -0.5]
            y = linear(x, W, b)
            loss = y.sum()
            """;

    @Test
    void linearExpandsIntoTransposeProductAndSumThatComputeTheSame() {
        Document d = Document.of(ExprGraph.parse(LAYER));
        Document expanded = new ExpandLayer("n4").apply(d);

        assertThat(expanded.graph().nodes()).hasSize(7);
        assertThat(expanded.graph().node("n4").op()).isEqualTo("add");
        assertThat(expanded.graph().node("n4").name()).isEqualTo("y");
        assertThat(expanded.graph().toProgram()).contains("y = x @ W.T + b");
        assertThat(Graphs.result(expanded, "n4").value().toDoubles())
                .containsExactly(Graphs.result(d, "n4").value().toDoubles());
        assertThat(Graphs.result(expanded, "n2").grad().toDoubles())
                .containsExactly(Graphs.result(d, "n2").grad().toDoubles());
        assertThat(CollapseLayer.canCollapse(expanded.graph().node("n4"))).isTrue();
    }

    @Test
    void collapseGivesBackExactlyTheLayer() {
        Document d = Document.of(ExprGraph.parse(LAYER));
        Document back = new CollapseLayer("n4").apply(new ExpandLayer("n4").apply(d));
        assertThat(back.graph()).isEqualTo(d.graph());
        assertThat(back.positions()).isEqualTo(d.positions());
    }

    @Test
    void layerWithoutBiasOrWithKeywordsCollapsesExactly() {
        for (String call : new String[] {"linear(x, W)", "linear(x, W, None)", "linear(x, weight=W, bias=b)"}) {
            Document d = Document.of(ExprGraph.parse(LAYER.replace("linear(x, W, b)", call)));
            Document expanded = new ExpandLayer("n4").apply(d);
            assertThat(new CollapseLayer("n4").apply(expanded).graph()).as(call).isEqualTo(d.graph());
        }
    }

    @Test
    void expandedLayerSurvivesSavingAndPasting() throws Exception {
        Document expanded = new ExpandLayer("n4").apply(Document.of(ExprGraph.parse(LAYER)));
        Document reopened = DocumentStore.fromJson(DocumentStore.toJson(expanded), "test");
        assertThat(new CollapseLayer("n4").apply(reopened).graph().node("n4").op()).isEqualTo("linear");

        Document pasted = new Paste(Fragment.copy(expanded, Set.of("n1", "n2", "n3", "n4", "n6", "n7")), null)
                .apply(Document.empty());
        String y = Graphs.id(pasted, "y");
        assertThat(new CollapseLayer(y).apply(pasted).graph().node(y).op()).isEqualTo("linear");
    }

    @Test
    void paletteLayerWithItsInputNotConnectedExpandsAndCollapses() {
        Document d = new AddNode("linear", new Point(400, 0)).apply(Document.empty());
        Document expanded = new ExpandLayer("n1").apply(d);
        assertThat(new CollapseLayer("n1").apply(expanded).graph()).isEqualTo(d.graph());
    }

    @Test
    void collapseIsRefusedWhenTheOperationsWereChanged() {
        Document expanded = new ExpandLayer("n4").apply(Document.of(ExprGraph.parse(LAYER)));
        Document changed = new SetSign("n4", 1, -1).apply(expanded);
        assertThatThrownBy(() -> new CollapseLayer("n4").apply(changed))
                .hasMessageContaining("were changed, so they are no longer the layer");
        assertThatThrownBy(() -> new CollapseLayer("n5").apply(expanded)).hasMessage("loss is not an expanded layer");
        assertThatThrownBy(() -> new ExpandLayer("n5").apply(expanded)).hasMessage("loss is not a layer that expands");
    }

    @Test
    void expandingMakesRoomByMovingWhatFollows() {
        Document d = Document.of(ExprGraph.parse(LAYER));
        Document expanded = new ExpandLayer("n4").apply(d);
        assertThat(expanded.position("n5").x()).isGreaterThan(d.position("n5").x());
        assertThat(expanded.position("n4").x()).isLessThan(expanded.position("n5").x());
    }
}
