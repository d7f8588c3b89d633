package adjoint.app.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.graph.Form;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddNodeTest {
    private static final Point AT = new Point(100, 50);

    @Test
    void variableIsAScalarLeafNamedXAtThePoint() {
        Document d = new AddNode("variable", AT).apply(Document.empty());
        GraphNode x = d.graph().node("n1");
        assertThat(x.form()).isEqualTo(Form.LEAF);
        assertThat(x.name()).isEqualTo("x");
        assertThat(LeafValues.value(x)).isEqualTo(1.0);
        assertThat(d.position("n1")).isEqualTo(AT);
        assertThat(d.graph().output()).isEqualTo("n1");
    }

    @Test
    void secondVariableGetsAFreshName() {
        Document d = new AddNode("variable", AT).apply(Document.empty());
        d = new AddNode("variable", AT).apply(d);
        assertThat(d.graph().node("n2").name()).isEqualTo("x1");
    }

    @Test
    void vectorAndMatrixHoldListValues() {
        Document d = new AddNode("vector", AT).apply(Document.empty());
        d = new AddNode("matrix", AT).apply(d);
        assertThat(Graphs.result(d, "n1").value().shape()).containsExactly(3);
        assertThat(Graphs.result(d, "n2").value().shape()).containsExactly(2, 2);
    }

    @Test
    void constantGetsNoGradient() {
        Document d = new AddNode("constant", AT).apply(Document.empty());
        GraphNode c = d.graph().node("n1");
        assertThat(LeafValues.isValue(c)).isTrue();
        assertThat(LeafValues.requiresGrad(c)).isFalse();
        assertThat(d.graph().toProgram()).isEqualTo("c = tensor(1.0)\n");
    }

    @Test
    void operationStartsWithItsInputsNotConnected() {
        Document d = new AddNode("matmul", AT).apply(Document.empty());
        GraphNode m = d.graph().node("n1");
        assertThat(m.inputs()).containsExactly(Operand.unconnected(), Operand.unconnected());
        assertThat(Port.of(m)).containsExactly(Port.input(0), Port.input(1));
        assertThat(Graphs.result(d, "n1").error()).isEqualTo("input 1 is not connected");
    }

    @Test
    void anUnconnectedSecondInputIsReportedByNumber() {
        Document d = new AddNode("variable", AT).apply(Document.empty());
        d = new AddNode("mul", AT).apply(d);
        d = new Connect("n1", "n2", Port.input(0)).apply(d);
        assertThat(Graphs.result(d, "n2").error()).isEqualTo("input 2 is not connected");
        assertThat(Graphs.result(d, "n1").error()).isNull();
    }

    @Test
    void subIsASignedSumAndPowSquaresByDefault() {
        Document d = new AddNode("sub", AT).apply(Document.empty());
        d = new AddNode("pow", AT).apply(d);
        assertThat(d.graph().node("n1").op()).isEqualTo("add");
        assertThat(d.graph().node("n1").signs()).containsExactly(1, -1);
        assertThat(d.graph().node("n2").inputs().get(1)).isEqualTo(Operand.constant(2L));
    }

    @Test
    void softmaxComesWithADim() {
        Document d = new AddNode("softmax", AT).apply(Document.empty());
        assertThat(d.graph().node("n1").kwargs()).containsEntry("dim", Operand.constant(-1L));
    }

    @Test
    void linearComesWithItsWeightAndBiasAsVariablesLeftOfIt() {
        Document d = new AddNode("linear", AT).apply(Document.empty());
        GraphNode linear = d.graph().node("n1");
        assertThat(linear.inputs()).containsExactly(Operand.unconnected(), Operand.ref("n2"), Operand.ref("n3"));
        assertThat(d.graph().node("n2").name()).isEqualTo("W");
        assertThat(d.graph().node("n3").name()).isEqualTo("b");
        assertThat(d.position("n2").x()).isLessThan(AT.x());
        assertThat(d.position("n3").y()).isGreaterThan(d.position("n2").y());
        assertThat(d.graph().output()).isEqualTo("n1");

        d = new AddNode("vector", AT).apply(d);
        d = new Connect("n4", "n1", Port.input(0)).apply(d);
        assertThat(Graphs.result(d, "n1").value().shape()).containsExactly(2);
    }

    @Test
    void ofFixesTheIdSoTheCallerCanSelectTheNode() {
        Document d = new AddNode("variable", AT).apply(Document.empty());
        AddNode add = AddNode.of(d, "cos", AT);
        assertThat(add.apply(d).graph().node(add.id()).op()).isEqualTo("cos");
    }

    @Test
    void unknownEntryIsRefusedWithASuggestion() {
        assertThatThrownBy(() -> new AddNode("sinn", AT).apply(Document.empty()))
                .isInstanceOf(Command.EditRefused.class).hasMessage("there is no node 'sinn' (did you mean 'sin'?)");
    }

    @Test
    void everyEntryMakesANodeThatPrintsAsAProgram() {
        for (String entry : AddNode.entries()) {
            Document d = new AddNode(entry, AT).apply(Document.empty());
            assertThat(d.graph().nodes()).as(entry).isNotEmpty();
            assertThat(d.graph().toProgram()).as(entry).isNotBlank();
            Graphs.evaluate(d);
        }
    }

    @Test
    void paletteOffersTheLanguagesFunctionsAndTheLayers() {
        assertThat(AddNode.entries()).contains("variable", "vector", "matrix", "constant", "data", "sin", "add",
                "matmul", "T", "linear", "embedding", "softmax", "mse_loss", "cross_entropy", "flatten");
        assertThat(AddNode.entries()).doesNotContain("tensor");
    }

    @Test
    void nodesAddedSinceNamesTheNewNodes() {
        Document before = new AddNode("variable", AT).apply(Document.empty());
        Document after = new AddNode("linear", AT).apply(before);
        assertThat(after.nodesAddedSince(before)).containsExactlyInAnyOrder("n2", "n3", "n4");
        assertThat(List.copyOf(after.nodesAddedSince(before))).hasSize(3);
    }
}
