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

    @Test
    void theStrategyFollowsTheGraphsSizeCountingTheLayersItsEdgesCross() {
        assertThat(GraphLayout.strategy(Q8.graph())).isEqualTo(GraphLayout.Strategy.NETWORK_SIMPLEX);
        assertThat(GraphLayout.strategy(longProgram(100))).isEqualTo(GraphLayout.Strategy.BRANDES_KOEPF); // 127 nodes, 3 174 crossings
        assertThat(GraphLayout.strategy(longProgram(200))).isEqualTo(GraphLayout.Strategy.SKETCH);
        // as many nodes, but every edge spans one layer: network simplex is quick on it
        assertThat(GraphLayout.strategy(ExprGraph.parse("x = 0.5\n" + "x = sin(x)\n".repeat(150))))
                .isEqualTo(GraphLayout.Strategy.NETWORK_SIMPLEX);
    }

    @Test
    void aLargeGraphIsLaidOutInLayersWithoutOverlaps() {
        for (int lines : new int[] {100, 450}) {
            ExprGraph g = longProgram(lines);
            for (Direction d : Direction.values()) {
                Map<String, Point> at = GraphLayout.layout(g, SIZES, d);

                assertThat(at).as("%d lines %s", lines, d).hasSize(g.nodes().size());
                assertNoOverlaps(g, at);
                for (GraphNode n : g.nodes()) {
                    for (String in : n.inputIds()) {
                        double before = d == Direction.LEFT_TO_RIGHT ? at.get(in).x() + GraphLayout.DEFAULT_SIZE.width()
                                : at.get(in).y() + GraphLayout.DEFAULT_SIZE.height();
                        double reader = d == Direction.LEFT_TO_RIGHT ? at.get(n.id()).x() : at.get(n.id()).y();
                        assertThat(before).as("%s before %s", in, n.id()).isLessThanOrEqualTo(reader);
                    }
                }
            }
        }
    }

    @Test
    void theSketchCentresEachLayerOnTheTallest() {
        ExprGraph g = ExprGraph.parse("a = 1.0\nb = 2.0\nc = 3.0\nf = a + b + c");
        Map<String, Point> at = GraphLayout.sketch(g, SIZES, Direction.LEFT_TO_RIGHT);
        double h = GraphLayout.DEFAULT_SIZE.height();
        String sum = g.output();

        assertThat(g.nodes().stream().filter(GraphNode::isLeaf).map(n -> at.get(n.id()).x()).distinct()).containsExactly(0.0);
        assertThat(at.get(sum).y() + h / 2).isEqualTo((3 * h + 2 * GraphLayout.NODE_GAP) / 2);
    }

    /** {@code lines} lines, each reading the line before and one of the inputs x and y, which every layer reads. */
    private static ExprGraph longProgram(int lines) {
        StringBuilder p = new StringBuilder("x = 0.5\ny = 1.5\nv0 = x * y\n");
        for (int i = 1; i < lines; i++) {
            String prev = "v" + (i - 1);
            p.append('v').append(i).append(" = ").append(switch (i % 4) {
                case 0 -> "sin(" + prev + ")";
                case 1 -> prev + " * x";
                case 2 -> prev + " + v" + Math.max(0, i - 3);
                default -> "tanh(" + prev + ") * y";
            }).append('\n');
        }
        return ExprGraph.parse(p.toString());
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
