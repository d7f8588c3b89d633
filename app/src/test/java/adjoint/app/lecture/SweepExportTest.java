package adjoint.app.lecture;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.graph.ExprGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepExportTest {
    @TempDir
    Path folder;

    @Test
    void writesTheQ8BackwardSweepAsALoopingGifWithAFramePerStep() throws Exception {
        Lecture q8 = Lecture.of(ExprGraph.parse(SweepTest.Q8));
        Path gif = folder.resolve("q8-backward.gif");
        SweepExport.gif(q8, SweepExport.Part.BACKWARD, gif, 800);
        String keep = System.getProperty("adjoint.lecture.gif");
        if (keep != null) {
            Files.copy(gif, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(1 + 8);
            assertThat(reader.read(0).getWidth()).isGreaterThan(600);
        }
        assertThat(new String(Files.readAllBytes(gif), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("NETSCAPE2.0");
        assertThat(q8.timeline().position()).isZero();
    }

    @Test
    void writesOnePngPerForwardStep() {
        Lecture q8 = Lecture.of(ExprGraph.parse(SweepTest.Q8));
        List<Path> files = SweepExport.pngs(q8, SweepExport.Part.FORWARD, folder, "q8");
        assertThat(files).hasSize(7).allMatch(Files::exists);
    }
}
