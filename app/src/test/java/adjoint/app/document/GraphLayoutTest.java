package adjoint.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.app.document.GraphLayout.Direction;
import adjoint.app.document.GraphLayout.Size;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GraphLayoutTest {
    private static final Function<GraphNode, Size> SIZES = n -> GraphLayout.DEFAULT_SIZE;

    @Test
    void midtermGraphRunsLeftToRightWithoutOverlaps() {
        ExprGraph g = Q8.graph();
        Map<String, Point> at = GraphLayout.layout(g, SIZES, Direction.LEFT_TO_RIGHT);

        assertThat(at).hasSize(6);
        assertNoOverlaps(g, at);
        for (GraphNode n : g.nodes()) {
            for (String in : n.inputIds()) {
                assertThat(at.get(in).x() + GraphLayout.DEFAULT_SIZE.width())
                        .as("%s left of %s", in, n.id()).isLessThanOrEqualTo(at.get(n.id()).x());
            }
        }
    }

    @Test
    void midtermGraphTakesFiveLayersSoTheSharedSineFeedsThreeNodes() {
        Map<String, Point> at = GraphLayout.layout(Q8.graph());
        List<Double> columns = at.values().stream().map(Point::x).distinct().sorted().toList();
        assertThat(columns).hasSize(5);
    }

    @Test
    void topToBottomPutsInputsAboveReaders() {
        ExprGraph g = Q8.graph();
        Map<String, Point> at = GraphLayout.layout(g, SIZES, Direction.TOP_TO_BOTTOM);
        assertNoOverlaps(g, at);
        for (GraphNode n : g.nodes()) {
            for (String in : n.inputIds()) {
                assertThat(at.get(in).y() + GraphLayout.DEFAULT_SIZE.height()).isLessThanOrEqualTo(at.get(n.id()).y());
            }
        }
    }

    @Test
    void nodesOfDifferentSizesDoNotOverlap() {
        ExprGraph g = ExprGraph.parse("A = [[1.0, 2.0], [3.0, 4.0]]\nb = [1.0, 1.0]\ny = A @ b\nz = y.sum() + A.sum()");
        Function<GraphNode, Size> sizes = n -> n.isLeaf() ? new Size(220, 160) : new Size(90, 40);
        Map<String, Point> at = GraphLayout.layout(g, sizes, Direction.LEFT_TO_RIGHT);
        for (GraphNode a : g.nodes()) {
            for (GraphNode b : g.nodes()) {
                if (a != b) {
                    assertThat(Placement.overlaps(at.get(a.id()), sizes.apply(a), at.get(b.id()), sizes.apply(b)))
                            .as("%s overlaps %s", a.id(), b.id()).isFalse();
                }
            }
        }
    }

    @Test
    void emptyGraphHasNoPositions() {
        assertThat(GraphLayout.layout(ExprGraph.empty())).isEmpty();
    }

    @Test
    void layoutIsTheSameEveryTime() {
        assertThat(GraphLayout.layout(Q8.graph())).isEqualTo(GraphLayout.layout(Q8.graph()));
    }

    static void assertNoOverlaps(ExprGraph g, Map<String, Point> at) {
        for (GraphNode a : g.nodes()) {
            for (GraphNode b : g.nodes()) {
                if (a != b) {
                    assertThat(Placement.overlaps(at.get(a.id()), GraphLayout.DEFAULT_SIZE, at.get(b.id()),
                            GraphLayout.DEFAULT_SIZE)).as("%s overlaps %s", a.id(), b.id()).isFalse();
                }
            }
        }
    }
}
