package adjoint.app.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.DType;
import adjoint.engine.graph.ExprGraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentStoreTest {
    @TempDir
    Path dir;

    @Test
    void savedDocumentOpensEqual() throws Exception {
        Document d = Q8.document().withView(ViewSettings.DEFAULT.withZoom(1.5).withPan(10, -20)
                .withExamLabels(true).withDtype(DType.FLOAT32).withOutput("n3"));
        Path f = dir.resolve("q8.adjoint");
        DocumentStore.save(f, d);
        assertThat(DocumentStore.open(f)).isEqualTo(d);
    }

    @Test
    void everyKindOfOperandAndAttributeSurvivesAFile() throws Exception {
        String program = """
                d = arange(100).view(10, 10)
                e = d[0:2, 1:6:4]
                f = e[0, :]
                g = f[None, 1]
                x = [[1.0, -2.0], [3.5, 4.0]]
                y = tensor([1, 0])
                s = cat([x, x], dim=0).sum(dim=1, keepdim=True)
                t = tensor([1, 2], dtype=float64)
                l = cross_entropy(x, y, reduction="sum") + s.mean() + t.sum() + clamp(x, min=None, max=2).sum()
                """;
        Document d = Document.of(ExprGraph.parse(program));
        d = new AddNode("mul", new Point(0, 0)).apply(d);
        Path f = dir.resolve("all.adjoint");
        DocumentStore.save(f, d);
        Document back = DocumentStore.open(f);
        assertThat(back.graph()).isEqualTo(d.graph());
        assertThat(back).isEqualTo(d);
    }

    @Test
    void integersAndFloatsStayApart() throws Exception {
        Document d = Document.of(ExprGraph.parse("a = tensor(1)\nb = tensor(1.0)\nc = a + b"));
        Document back = DocumentStore.fromJson(DocumentStore.toJson(d), "test");
        assertThat(back.graph()).isEqualTo(d.graph());
        assertThat(Graphs.result(back, "n1").value().dtype()).isEqualTo(DType.INT64);
    }

    @Test
    void fileHasTheVersionedSchema() throws Exception {
        Path f = dir.resolve("q8.adjoint");
        DocumentStore.save(f, Q8.document());
        String json = Files.readString(f);
        assertThat(json).contains("\"format\" : \"adjoint\"", "\"version\" : 1", "\"graph\"", "\"positions\"", "\"view\"");
    }

    @Test
    void saveReplacesTheFileAndLeavesNoTemporaryFile() throws Exception {
        Path f = dir.resolve("q8.adjoint");
        DocumentStore.save(f, Document.empty());
        DocumentStore.save(f, Q8.document());
        assertThat(DocumentStore.open(f)).isEqualTo(Q8.document());
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("q8.adjoint");
        }
    }

    @Test
    void saveKeepsTheFilesPermissionsAndMakesNewFilesReadable() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path f = dir.resolve("q8.adjoint");
        DocumentStore.save(f, Q8.document());
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                .isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        DocumentStore.save(f, Document.empty());
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                .isEqualTo("rw-rw----");
    }

    @Test
    void saveCreatesMissingFolders() throws Exception {
        Path f = dir.resolve("a/b/q8.adjoint");
        DocumentStore.save(f, Q8.document());
        assertThat(Files.exists(f)).isTrue();
    }

    @Test
    void damagedFileIsRefusedAndLeftAlone() throws Exception {
        Path f = dir.resolve("broken.adjoint");
        byte[] broken = "{\"format\": \"adjoint\", \"version\": 1, \"graph\": {\"nodes\": [".getBytes(StandardCharsets.UTF_8);
        Files.write(f, broken);
        assertThatThrownBy(() -> DocumentStore.open(f)).isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("broken.adjoint is damaged: it is not valid JSON (line 1");
        assertThat(Files.readAllBytes(f)).isEqualTo(broken);
    }

    @Test
    void documentWithADanglingEdgeIsRefused() throws Exception {
        String json = DocumentStore.toJson(Q8.document()).replace("\"ref\" : \"n1\"", "\"ref\" : \"n99\"");
        assertThatThrownBy(() -> DocumentStore.fromJson(json, "q8.adjoint"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("q8.adjoint is damaged: ")
                .hasMessageContaining("n99");
    }

    @Test
    void otherJsonIsNotADocument() {
        assertThatThrownBy(() -> DocumentStore.fromJson("{\"hello\": 1}", "x.adjoint"))
                .hasMessage("x.adjoint is not an Adjoint document");
        assertThatThrownBy(() -> DocumentStore.fromJson("{\"format\": \"adjoint\"}", "x.adjoint"))
                .hasMessage("x.adjoint is damaged: it has no format version");
    }

    @Test
    void newerVersionIsRefusedAndNeverOverwritten() throws Exception {
        Path f = dir.resolve("future.adjoint");
        String future = DocumentStore.toJson(Q8.document()).replace("\"version\" : 1", "\"version\" : 2");
        Files.writeString(f, future);
        assertThatThrownBy(() -> DocumentStore.open(f)).isInstanceOf(DocumentException.class)
                .hasMessage("future.adjoint was saved by a newer Adjoint (format version 2); this version reads "
                        + "version 1 and older, so it is left unchanged");
        assertThatThrownBy(() -> DocumentStore.save(f, Document.empty())).isInstanceOf(DocumentException.class)
                .hasMessageContaining("newer Adjoint");
        assertThat(Files.readString(f)).isEqualTo(future);
    }

    @Test
    void programOpensAsALaidOutGraph() throws Exception {
        Path f = dir.resolve("q8.adj");
        Files.writeString(f, Q8.PROGRAM);
        Document d = DocumentStore.open(f);
        assertThat(d.graph()).isEqualTo(Q8.graph());
        assertThat(d.positions().keySet()).containsExactlyInAnyOrder("n1", "n2", "n3", "n4", "n5", "n6");
    }

    @Test
    void wrongProgramSaysWhere() throws Exception {
        Path f = dir.resolve("bad.adj");
        Files.writeString(f, "x = 1.5\nf = sinn(x)\n");
        assertThatThrownBy(() -> DocumentStore.open(f))
                .hasMessage("bad.adj: line 2, column 5: no function 'sinn' (did you mean 'sin'?)");
    }

    @Test
    void missingFileSaysSo() {
        assertThatThrownBy(() -> DocumentStore.open(dir.resolve("none.adjoint")))
                .isInstanceOf(DocumentException.class).hasMessageStartingWith("cannot read ");
    }

    @Test
    void documentWithUnconnectedPortsSurvivesAFile() throws Exception {
        Document d = new DeleteNodes(Set.of("n2")).apply(Q8.document());
        assertThat(DocumentStore.fromJson(DocumentStore.toJson(d), "t")).isEqualTo(d);
    }
}
