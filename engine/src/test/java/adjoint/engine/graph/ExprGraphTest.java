package adjoint.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExprGraphTest {
    static final String MIDTERM = "x = 1.5\nf = sin(x) - 4*sin(x)**3 + log(sin(x))";

    @Test
    void midtermFormulaSharesTheSineAndHasTheExamsSixNodes() {
        ExprGraph g = ExprGraph.parse(MIDTERM);
        assertThat(g.nodes()).extracting(GraphNode::op).containsExactly("leaf", "sin", "pow", "mul", "log", "add");
        assertThat(g.examLabels().values()).containsExactly("w1", "w2", "w3", "w4", "w5", "w6");
        assertThat(g.consumers("n2")).containsExactly("n3", "n5", "n6");
        assertThat(g.output()).isEqualTo("n6");
        assertThat(g.node("n6").signs()).containsExactly(1, -1, 1);
    }

    @Test
    void labelsAreNamesOrPlacesInTopologicalOrder() {
        ExprGraph g = ExprGraph.parse(MIDTERM);
        assertThat(g.labels()).containsExactly(Map.entry("n1", "x"), Map.entry("n2", "w2"), Map.entry("n3", "w3"),
                Map.entry("n4", "w4"), Map.entry("n5", "w5"), Map.entry("n6", "f"));
    }

    @Test
    void generatedLabelsAvoidNamesInUse() {
        ExprGraph g = ExprGraph.parse("w2 = 1.0\ny = sin(w2) * cos(w2)");
        assertThat(g.labels().values()).doesNotHaveDuplicates().contains("w2", "y");
    }

    @Test
    void formulaWritesOneNodeOverItsInputsLabels() {
        ExprGraph g = ExprGraph.parse(MIDTERM);
        assertThat(g.formula("n6", g.examLabels())).isEqualTo("w2 - w4 + w5");
        assertThat(g.formula("n4", g.examLabels())).isEqualTo("4 * w3");
        assertThat(g.formula("n3", g.examLabels())).isEqualTo("w2**3");
    }

    @Test
    void programPrintsBackAndParsesToTheSameGraph() {
        for (String program : List.of(MIDTERM, "A = [[1.0, 2.0], [3.0, 4.0]]\nb = A.T @ A\nc = b.sum(dim=0, keepdim=True)",
                "d = arange(100).view(10, 10)\ne = d[0:2, 1:6:4]\nf = e[0, :]")) {
            ExprGraph g = ExprGraph.parse(program);
            assertThat(ExprGraph.parse(g.toProgram()).toProgram()).isEqualTo(g.toProgram());
        }
    }

    @Test
    void graphsWithTheSameNodesAndOutputAreEqual() {
        assertThat(ExprGraph.parse(MIDTERM)).isEqualTo(ExprGraph.parse(MIDTERM)).hasSameHashCodeAs(ExprGraph.parse(MIDTERM));
        assertThat(ExprGraph.parse(MIDTERM).withOutput("n2")).isNotEqualTo(ExprGraph.parse(MIDTERM));
        assertThat(ExprGraph.empty()).isEqualTo(ExprGraph.of(List.of(), null));
    }

    @Test
    void withNodeAddsOrReplacesKeepingTheOutput() {
        ExprGraph g = ExprGraph.parse(MIDTERM);
        ExprGraph more = g.withNode(GraphNode.leaf(g.nextId(), "y", 2.0));
        assertThat(more.nodes()).hasSize(7);
        assertThat(more.output()).isEqualTo("n6");
        ExprGraph changed = g.withNode(g.node("n1").withAttr("value", 2.0));
        assertThat(changed.node("n1").attrs()).containsEntry("value", 2.0);
        assertThat(changed.nodes()).hasSize(6);
    }

    @Test
    void withoutRemovesOnlyNodesNobodyReads() {
        ExprGraph g = ExprGraph.parse(MIDTERM);
        assertThat(g.without("n6").output()).isEqualTo("n5");
        assertThatThrownBy(() -> g.without("n2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("w2 is used by 3 node(s)");
    }

    @Test
    void cyclesAreFoundBeforeTheyAreMade() {
        ExprGraph g = ExprGraph.parse(MIDTERM);
        assertThat(g.wouldCycle("n6", "n2")).isTrue();
        assertThat(g.wouldCycle("n2", "n2")).isTrue();
        assertThat(g.wouldCycle("n1", "n5")).isFalse();
        assertThat(g.dependsOn("n6", "n1")).isTrue();
        assertThat(g.dependsOn("n1", "n6")).isFalse();
    }

    @Test
    void aCycleOrADanglingEdgeIsNoGraph() {
        GraphNode a = new GraphNode("n1", List.of(), "sin", Form.FUNCTION, List.of(Operand.ref("n2")), Map.of(), Map.of());
        GraphNode b = new GraphNode("n2", List.of(), "cos", Form.FUNCTION, List.of(Operand.ref("n1")), Map.of(), Map.of());
        assertThatThrownBy(() -> ExprGraph.of(List.of(a, b), null)).hasMessage("the graph has a cycle");
        assertThatThrownBy(() -> ExprGraph.of(List.of(a), null)).hasMessage("n1 reads n2, which is not a node");
    }

    @Test
    void nodesAreSortedWhateverOrderTheyCome() {
        ExprGraph g = ExprGraph.parse(MIDTERM);
        ExprGraph shuffled = ExprGraph.of(g.nodes().reversed(), "n6");
        assertThat(shuffled.nodes()).extracting(GraphNode::id).startsWith("n1", "n2");
    }

    @Test
    void nextIdIsFresh() {
        assertThat(ExprGraph.empty().nextId()).isEqualTo("n1");
        assertThat(ExprGraph.parse(MIDTERM).nextId()).isEqualTo("n7");
    }

    @Test
    void unconnectedInputIsAConstantThatIsNoValueOfTheLanguage() {
        assertThat(Operand.unconnected().isUnconnected()).isTrue();
        assertThat(Operand.constant(null).isUnconnected()).isFalse();
        GraphNode sin = new GraphNode("n1", List.of(), "sin", Form.FUNCTION, List.of(Operand.unconnected()), Map.of(), Map.of());
        ExprGraph g = ExprGraph.of(List.of(sin), null);
        assertThat(g.node("n1").inputIds()).isEmpty();
        assertThat(g.toProgram()).isEqualTo("w1 = sin(None)\n");
    }
}
