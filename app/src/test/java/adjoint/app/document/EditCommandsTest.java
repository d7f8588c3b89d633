package adjoint.app.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.Form;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.graph.Operand;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Disconnect, delete, move, rename, values, requires_grad, constants, signs and the output. */
class EditCommandsTest {
    @Test
    void disconnectLeavesThePortEmpty() {
        Document d = new Disconnect("n2", Port.input(0)).apply(Q8.document());
        assertThat(d.graph().node("n2").inputs()).containsExactly(Operand.unconnected());
        assertThat(Graphs.result(d, "n2").error()).isEqualTo("input 1 is not connected");
        assertThat(Graphs.result(d, "n6").error()).isEqualTo("needs w2, which has an error");
    }

    @Test
    void disconnectingATermOfALongSumRemovesTheTerm() {
        Document d = new Disconnect("n6", Port.input(1)).apply(Q8.document());
        assertThat(d.graph().node("n6").inputIds()).containsExactly("n2", "n5");
        assertThat(d.graph().node("n6").signs()).containsExactly(1, 1);
    }

    @Test
    void disconnectingAnEmptyPortChangesNothing() {
        Document d = new AddNode("sin", new Point(0, 0)).apply(Document.empty());
        assertThat(new Disconnect("n1", Port.input(0)).apply(d)).isSameAs(d);
    }

    @Test
    void deleteTakesTheEdgesAndLeavesReadersUnconnected() {
        Document d = new DeleteNodes(Set.of("n3")).apply(Q8.document());
        assertThat(d.graph().contains("n3")).isFalse();
        assertThat(d.positions()).doesNotContainKey("n3");
        assertThat(d.graph().node("n4").inputs()).containsExactly(Operand.constant(4L), Operand.unconnected());
        assertThat(Graphs.result(d, "n4").error()).isEqualTo("input 2 is not connected");
        assertThat(new DeleteNodes(Set.of("n3")).description()).isEqualTo("Delete node");
    }

    @Test
    void deletingTheOutputPicksTheLastNode() {
        Document d = new DeleteNodes(Set.of("n6", "n5")).apply(Q8.document());
        assertThat(d.graph().nodes()).hasSize(4);
        assertThat(d.output()).isEqualTo("n4");
    }

    @Test
    void deletingEverythingGivesAnEmptyGraph() {
        Document d = new DeleteNodes(Set.of("n1", "n2", "n3", "n4", "n5", "n6")).apply(Q8.document());
        assertThat(d.graph().nodes()).isEmpty();
        assertThat(d.output()).isNull();
    }

    @Test
    void deletingAChosenOutputForgetsTheChoice() {
        Document d = new SetOutput("n3").apply(Q8.document());
        d = new DeleteNodes(Set.of("n3")).apply(d);
        assertThat(d.view().output()).isNull();
    }

    @Test
    void moveShiftsOnlyTheChosenNodes() {
        Document before = Q8.document();
        Document d = new MoveNodes(Set.of("n1", "n2"), 10, -5).apply(before);
        assertThat(d.position("n1")).isEqualTo(before.position("n1").translate(10, -5));
        assertThat(d.position("n2")).isEqualTo(before.position("n2").translate(10, -5));
        assertThat(d.position("n3")).isEqualTo(before.position("n3"));
    }

    @Test
    void placePutsNodesWhereAsked() {
        Document d = new PlaceNodes(Map.of("n1", new Point(-40, 20), "nope", new Point(0, 0))).apply(Q8.document());
        assertThat(d.position("n1")).isEqualTo(new Point(-40, 20));
        assertThat(d.positions()).doesNotContainKey("nope");
    }

    @Test
    void renameChangesTheLabelAndKeepsEarlierNames() {
        Document d = new Rename("n1", "u").apply(Q8.document());
        assertThat(d.graph().node("n1").names()).containsExactly("x", "u");
        assertThat(d.labels().get("n1")).isEqualTo("u");
        assertThat(Graphs.grad(d, "n1")).isEqualTo(Graphs.grad(Q8.document(), "n1"));
    }

    @Test
    void renameRefusesTakenReservedAndMalformedNames() {
        Document d = Q8.document();
        assertThatThrownBy(() -> new Rename("n3", "w2").apply(d)).hasMessage("another node is already called w2");
        assertThatThrownBy(() -> new Rename("n3", "2x").apply(d)).hasMessageContaining("is not a name");
        assertThatThrownBy(() -> new Rename("n3", "None").apply(d)).hasMessageContaining("reserved");
        assertThatThrownBy(() -> new Rename("n3", "sin").apply(d)).hasMessageContaining("function");
    }

    @Test
    void renamingToNothingLetsTheNodeBeNumbered() {
        Document d = new AddNode("variable", new Point(0, 0)).apply(Document.empty());
        d = new Rename("n1", " ").apply(d);
        assertThat(d.graph().node("n1").names()).isEmpty();
        assertThat(d.labels().get("n1")).isEqualTo("w1");
    }

    @Test
    void setValueReadsScalarsVectorsAndMatrices() {
        Document d = new AddNode("variable", new Point(0, 0)).apply(Document.empty());
        d = SetLeafValue.parse("n1", "[[1, 2], [3, 4]]").apply(d);
        assertThat(LeafValues.value(d.graph().node("n1"))).isEqualTo(List.of(List.of(1L, 2L), List.of(3L, 4L)));
        assertThat(Graphs.result(d, "n1").value().shape()).containsExactly(2, 2);
        d = SetLeafValue.parse("n1", "-2.5").apply(d);
        assertThat(Graphs.value(d, "n1")).isEqualTo(-2.5);
    }

    @Test
    void setValueRefusesTextThatIsNoValue() {
        assertThatThrownBy(() -> SetLeafValue.parse("n1", "[[1, 2], [3]]")).isInstanceOf(Command.EditRefused.class);
        assertThatThrownBy(() -> SetLeafValue.parse("n1", "sin(2)")).hasMessageContaining("is not");
        assertThatThrownBy(() -> SetLeafValue.parse("n1", "[1, ")).hasMessageContaining("is not a constant");
    }

    @Test
    void setValueRefusesComputedNodes() {
        assertThatThrownBy(() -> new SetLeafValue("n2", 1.0).apply(Q8.document()))
                .hasMessageContaining("w2 is computed");
    }

    @Test
    void setValueOfAConstantKeepsItAConstant() {
        Document d = new AddNode("constant", new Point(0, 0)).apply(Document.empty());
        d = SetLeafValue.parse("n1", "[2.0, 3.0]").apply(d);
        assertThat(d.graph().toProgram()).isEqualTo("c = tensor([2.0, 3.0])\n");
    }

    @Test
    void tableEditReplacesOneElement() {
        Object v = LeafValues.withElement(List.of(List.of(1.0, 2.0), List.of(3.0, 4.0)), new int[] {1, 0}, 9.0);
        assertThat(v).isEqualTo(List.of(List.of(1.0, 2.0), List.of(9.0, 4.0)));
        assertThatThrownBy(() -> LeafValues.withElement(List.of(1.0), new int[] {3}, 0)).isInstanceOf(Command.EditRefused.class);
    }

    @Test
    void requiresGradOffMakesTheVariableAConstantAndBack() {
        Document q8 = Q8.document();
        Document off = new SetRequiresGrad("n1", false).apply(q8);
        GraphNode x = off.graph().node("n1");
        assertThat(x.form()).isEqualTo(Form.FUNCTION);
        assertThat(x.names()).containsExactly("x", "w1");
        assertThat(LeafValues.requiresGrad(x)).isFalse();
        assertThat(Graphs.result(off, "n1").grad()).isNull();
        assertThat(Graphs.value(off, "n6")).isEqualTo(Graphs.value(q8, "n6"));

        Document on = new SetRequiresGrad("n1", true).apply(off);
        assertThat(on.graph()).isEqualTo(q8.graph());
    }

    @Test
    void requiresGradOnAnIntegerConstantIsAKeyword() {
        Document d = Document.of(ExprGraph.parse("y = tensor([1, 0])"));
        d = new SetRequiresGrad("n1", true).apply(d);
        assertThat(d.graph().node("n1").kwargs()).containsEntry("requires_grad", Operand.constant(true));
        d = new SetRequiresGrad("n1", false).apply(d);
        assertThat(d.graph().node("n1").kwargs()).isEmpty();
    }

    @Test
    void constantsAndKeywordsAreSetFromText() {
        Document d = Document.of(ExprGraph.parse("x = [1.0, 2.0]\ns = softmax(x, dim=0)"));
        d = SetConstant.parse("n2", Port.keyword("dim"), "-1").apply(d);
        assertThat(d.graph().toProgram()).isEqualTo("x = [1.0, 2.0]\ns = softmax(x, dim=-1)\n");
        d = new RemoveKeyword("n2", "dim").apply(d);
        assertThat(d.graph().node("n2").kwargs()).isEmpty();
        d = SetConstant.parse("n2", Port.keyword("dtype"), "float32").apply(d);
        assertThat(d.graph().toProgram()).contains("dtype=float32");
    }

    @Test
    void exponentOfThePowerIsAConstantPort() {
        Document d = SetConstant.parse("n3", Port.input(1), "2").apply(Q8.document());
        assertThat(d.graph().formula("n3", d.labels())).isEqualTo("w2**2");
    }

    @Test
    void signsFlip() {
        Document d = new SetSign("n6", 1, 1).apply(Q8.document());
        assertThat(d.graph().formula("n6", d.labels())).isEqualTo("w2 + w4 + w5");
        assertThat(Port.input(1).label(d.graph().node("n6"))).isEqualTo("+");
        assertThat(Port.input(1).label(Q8.graph().node("n6"))).isEqualTo("\u2212");
        assertThatThrownBy(() -> new SetSign("n2", 0, -1).apply(d)).hasMessage("w2 is not a sum");
    }

    @Test
    void setOutputChoosesWhereBackwardStarts() {
        Document d = new SetOutput("n3").apply(Q8.document());
        assertThat(d.output()).isEqualTo("n3");
        assertThat(Graphs.grad(d, "n2")).isCloseTo(3 * Math.pow(Math.sin(1.5), 2), org.assertj.core.api.Assertions.within(1e-12));
        Document back = new SetOutput(null).apply(d);
        assertThat(back.view().output()).isNull();
    }

    @Test
    void autoLayoutPlacesEveryNode() {
        Document d = new AutoLayout(GraphLayout.Direction.TOP_TO_BOTTOM).apply(Q8.document().withPositions(Map.of()));
        assertThat(d.positions()).hasSize(6);
        assertThat(d.position("n1").y()).isLessThan(d.position("n2").y());
    }

    @Test
    void portsNameTheirParameters() {
        Document d = Document.of(ExprGraph.parse("x = [1.0]\nW = [[1.0]]\nb = [0.0]\ny = linear(x, W, b)"));
        GraphNode y = d.graph().node("n4");
        assertThat(Port.of(y).stream().map(p -> p.label(y)).toList()).containsExactly("input", "weight", "bias");
        GraphNode mul = Q8.graph().node("n4");
        assertThat(Port.of(mul)).containsExactly(Port.input(0), Port.input(1));
        assertThat(Port.input(0).operand(mul)).isEqualTo(Operand.constant(4L));
    }
}
