package adjoint.app.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCatalogTest {
    @TempDir
    Path dir;

    @Test
    void samplesAreBundledWithTheAppAndOpen() throws Exception {
        SampleCatalog catalog = SampleCatalog.bundled();
        assertThat(catalog.samples()).extracting(SampleCatalog.Sample::file)
                .contains("midterm-q8.adjoint", "tutorial-linear-regression.adjoint");
        for (SampleCatalog.Sample s : catalog.samples()) {
            assertThat(catalog.open(s).graph().nodes()).as(s.file()).isNotEmpty();
        }
        SampleCatalog.Sample q8 = catalog.samples().getFirst();
        assertThat(q8.title()).startsWith("Midterm Q8");
        assertThat(Graphs.grad(catalog.open(q8), "n1")).isCloseTo(Q8.DF_DX, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void folderWithoutAnIndexListsItsDocumentsByName() throws Exception {
        DocumentStore.save(dir.resolve("b.adjoint"), Q8.document());
        Files.writeString(dir.resolve("a.adj"), Q8.PROGRAM);
        Files.writeString(dir.resolve("notes.txt"), "not a sample");
        SampleCatalog catalog = SampleCatalog.fromFolder(dir);
        assertThat(catalog.samples()).extracting(SampleCatalog.Sample::title).containsExactly("a", "b");
        assertThat(catalog.open(catalog.samples().get(1))).isEqualTo(Q8.document());
    }

    @Test
    void folderWithAnIndexListsWhatItSays() throws Exception {
        DocumentStore.save(dir.resolve("q8.adjoint"), Q8.document());
        Files.writeString(dir.resolve("index.json"),
                "{\"samples\": [{\"file\": \"q8.adjoint\", \"title\": \"Q8\", \"description\": \"the graph\"}]}");
        assertThat(SampleCatalog.fromFolder(dir).samples())
                .containsExactly(new SampleCatalog.Sample("q8.adjoint", "Q8", "the graph"));
    }

    @Test
    void missingFolderSaysSo() {
        assertThatThrownBy(() -> SampleCatalog.fromFolder(dir.resolve("none"))).isInstanceOf(DocumentException.class);
    }
}
