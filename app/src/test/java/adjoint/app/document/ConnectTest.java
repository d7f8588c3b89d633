package adjoint.app.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.graph.Operand;
import org.junit.jupiter.api.Test;

class ConnectTest {
    @Test
    void edgeThatWouldCloseACycleIsRefusedInTheExamsWords() {
        Document d = Q8.document().withView(ViewSettings.DEFAULT.withExamLabels(true));
        assertThatThrownBy(() -> new Connect("n3", "n2", Port.input(0)).apply(d))
                .isInstanceOf(Command.EditRefused.class).hasMessage("connecting w3 to w2 would make a cycle");
    }

    @Test
    void nodeCannotReadItself() {
        Document d = new AddNode("sin", new Point(0, 0)).apply(Document.empty());
        assertThatThrownBy(() -> new Connect("n1", "n1", Port.input(0)).apply(d))
                .hasMessage("connecting w1 to w1 would make a cycle");
    }

    @Test
    void shapesThatCannotBeMultipliedAreRefused() {
        Document d = Document.of(adjoint.engine.graph.ExprGraph.parse(
                "A = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]\nB = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]\nc = A.sum()"));
        Document withMatmul = new AddNode("matmul", new Point(400, 0)).apply(d);
        Document half = new Connect("n1", "n4", Port.input(0)).apply(withMatmul);
        assertThatThrownBy(() -> new Connect("n2", "n4", Port.input(1)).apply(half))
                .isInstanceOf(Command.EditRefused.class)
                .hasMessageStartingWith("cannot connect: [2, 3] @ [2, 3] \u2014 ")
                .hasMessageContaining("cannot be multiplied");
    }

    @Test
    void compatibleShapesConnect() {
        Document d = Document.of(adjoint.engine.graph.ExprGraph.parse(
                "A = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]\nv = [1.0, 1.0, 1.0]\nc = A.sum()"));
        d = new AddNode("matmul", new Point(400, 0)).apply(d);
        d = new Connect("n1", "n4", Port.input(0)).apply(d);
        d = new Connect("n2", "n4", Port.input(1)).apply(d);
        assertThat(Graphs.result(d, "n4").value().toDoubles()).containsExactly(6.0, 15.0);
    }

    @Test
    void aConstantInAPortIsReplacedByTheEdge() {
        Document d = Q8.document();
        d = new AddNode("variable", new Point(0, 300)).apply(d);
        d = new Connect("n7", "n4", Port.input(0)).apply(d);
        assertThat(d.graph().node("n4").inputs().getFirst()).isEqualTo(Operand.ref("n7"));
    }

    @Test
    void thePortPastTheLastTermOfASumAddsATerm() {
        Document d = Q8.document();
        d = new AddNode("variable", new Point(0, 300)).apply(d);
        d = new Connect("n7", "n6", Port.input(3)).apply(d);
        assertThat(d.graph().node("n6").inputs()).hasSize(4);
        assertThat(d.graph().node("n6").signs()).containsExactly(1, -1, 1, 1);
    }

    @Test
    void aPortThatIsNotThereIsRefused() {
        Document d = Q8.document();
        assertThatThrownBy(() -> new Connect("n1", "n2", Port.input(3)).apply(d))
                .hasMessage("cannot connect to w2: it has no input 4");
        Document more = new AddNode("variable", new Point(0, 300)).apply(d);
        assertThatThrownBy(() -> new Connect("n2", "n7", Port.input(0)).apply(more))
                .hasMessage("cannot connect to x1: it has no inputs");
    }

    @Test
    void outputFollowsTheChainBeingBuilt() {
        Document d = new AddNode("variable", new Point(0, 0)).apply(Document.empty());
        d = new AddNode("sin", new Point(200, 0)).apply(d);
        assertThat(d.graph().output()).isEqualTo("n1");
        d = new Connect("n1", "n2", Port.input(0)).apply(d);
        assertThat(d.graph().output()).isEqualTo("n2");
    }

    @Test
    void aChosenOutputStaysWhereItWas() {
        Document d = new AddNode("variable", new Point(0, 0)).apply(Document.empty());
        d = new SetOutput("n1").apply(d);
        d = new AddNode("sin", new Point(200, 0)).apply(d);
        d = new Connect("n1", "n2", Port.input(0)).apply(d);
        assertThat(d.output()).isEqualTo("n1");
        assertThat(d.graph().output()).isEqualTo("n1");
    }

    @Test
    void keywordPortsConnectToo() {
        Document d = new AddNode("variable", new Point(0, 0)).apply(Document.empty());
        d = new AddNode("variable", new Point(0, 100)).apply(d);
        d = new AddNode("clamp", new Point(200, 0)).apply(d);
        d = new Connect("n1", "n3", Port.input(0)).apply(d);
        d = new Connect("n2", "n3", Port.keyword("max")).apply(d);
        assertThat(d.graph().node("n3").kwargs()).containsEntry("max", Operand.ref("n2"));
        assertThat(Port.of(d.graph().node("n3"))).contains(Port.keyword("max"));
    }
}
