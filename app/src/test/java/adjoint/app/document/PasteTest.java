package adjoint.app.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.graph.Operand;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasteTest {
    @Test
    void copyKeepsInsideEdgesAndCutsOutsideOnes() {
        Document q8 = Q8.document();
        String clip = Fragment.copy(q8, Set.of("n3", "n4"));
        Document d = new Paste(clip, null).apply(q8);

        List<String> added = d.nodesAddedSince(q8);
        assertThat(added).containsExactly("n7", "n8");
        assertThat(d.graph().node("n7").inputs()).containsExactly(Operand.unconnected(), Operand.constant(3L));
        assertThat(d.graph().node("n8").inputs()).containsExactly(Operand.constant(4L), Operand.ref("n7"));
        assertThat(d.graph().node("n7").name()).isEqualTo("w3_1");
        assertThat(d.position("n7")).isEqualTo(q8.position("n3").translate(Paste.OFFSET, Paste.OFFSET));
        assertThat(d.output()).isEqualTo(q8.output());
    }

    @Test
    void pasteAtAPointPutsTheTopLeftThere() {
        Document q8 = Q8.document();
        Document d = new Paste(Fragment.copy(q8, Set.of("n1", "n2")), new Point(1000, 1000)).apply(q8);
        double left = d.nodesAddedSince(q8).stream().mapToDouble(id -> d.position(id).x()).min().orElseThrow();
        double top = d.nodesAddedSince(q8).stream().mapToDouble(id -> d.position(id).y()).min().orElseThrow();
        assertThat(new Point(left, top)).isEqualTo(new Point(1000, 1000));
    }

    @Test
    void pasteIntoAnEmptyDocumentWorksAndComputes() {
        Document q8 = Q8.document();
        Document d = new Paste(Fragment.copy(q8, Set.of("n1", "n2", "n3", "n4", "n5", "n6")), null).apply(Document.empty());
        assertThat(d.graph().nodes()).hasSize(6);
        assertThat(d.graph().node("n1").names()).containsExactly("x", "w1");
        assertThat(Graphs.grad(d, "n1")).isEqualTo(Graphs.grad(q8, "n1"));
    }

    @Test
    void duplicateIsCopyAndPasteBeside() {
        Document q8 = Q8.document();
        Document d = new Duplicate(Set.of("n2")).apply(q8);
        assertThat(d.graph().nodes()).hasSize(7);
        assertThat(d.graph().node("n7").op()).isEqualTo("sin");
        assertThat(new Duplicate(Set.of("n2")).description()).isEqualTo("Duplicate node");
    }

    @Test
    void clipboardTextThatIsNotAFragmentIsRefused() {
        assertThat(Fragment.isFragment("hello")).isFalse();
        assertThat(Fragment.isFragment(Fragment.copy(Q8.document(), Set.of("n1")))).isTrue();
        assertThatThrownBy(() -> new Paste("{\"format\": \"adjoint\"}", null).apply(Document.empty()))
                .hasMessage("the clipboard holds no nodes of Adjoint");
    }
}
