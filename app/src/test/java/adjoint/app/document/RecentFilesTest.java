package adjoint.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir
    Path dir;

    @Test
    void newestComesFirstAndAFileAppearsOnce() throws Exception {
        RecentFiles recent = new RecentFiles(dir);
        recent.add(dir.resolve("a.adjoint"));
        recent.add(dir.resolve("b.adjoint"));
        recent.add(dir.resolve("a.adjoint"));
        assertThat(recent.list()).containsExactly(dir.resolve("a.adjoint"), dir.resolve("b.adjoint"));
    }

    @Test
    void keepsAtMostTen() throws Exception {
        RecentFiles recent = new RecentFiles(dir);
        for (int i = 0; i < 15; i++) {
            recent.add(dir.resolve(i + ".adjoint"));
        }
        assertThat(recent.list()).hasSize(RecentFiles.LIMIT).first().isEqualTo(dir.resolve("14.adjoint"));
    }

    @Test
    void listOutlivesTheObject() throws Exception {
        new RecentFiles(dir).add(dir.resolve("q8.adjoint"));
        assertThat(new RecentFiles(dir).list()).containsExactly(dir.resolve("q8.adjoint"));
    }

    @Test
    void removeAndClear() throws Exception {
        RecentFiles recent = new RecentFiles(dir);
        recent.add(dir.resolve("a.adjoint"));
        recent.add(dir.resolve("b.adjoint"));
        recent.remove(dir.resolve("a.adjoint"));
        assertThat(recent.list()).containsExactly(dir.resolve("b.adjoint"));
        recent.clear();
        assertThat(recent.list()).isEmpty();
    }

    @Test
    void damagedListIsEmpty() throws Exception {
        Files.writeString(dir.resolve(RecentFiles.FILE_NAME), "[[[");
        assertThat(new RecentFiles(dir).list()).isEmpty();
    }
}
