package adjoint.app.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.app.document.DocumentStore;
import adjoint.engine.graph.ExprGraph;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepExportTest {
    @TempDir
    Path folder;

    private static Lecture q8Sample() throws Exception {
        return Lecture.of(DocumentStore.open(Path.of("../samples/midterm-q8.adjoint")));
    }

    private static List<BufferedImage> read(Path gif) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            List<BufferedImage> out = new ArrayList<>();
            for (int i = 0; i < reader.getNumImages(true); i++) {
                out.add(reader.read(i));
            }
            return out;
        }
    }

    /** Keeps a copy where -Dadjoint.lecture.out names a folder, to look at. */
    private static void keep(Path file) throws Exception {
        String out = System.getProperty("adjoint.lecture.out");
        if (out != null) {
            Files.createDirectories(Path.of(out));
            Files.copy(file, Path.of(out).resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void writesTheQ8BackwardSweepAsALoopingGifWithAFramePerStep() throws Exception {
        Lecture q8 = Lecture.of(ExprGraph.parse(SweepTest.Q8));
        Path gif = folder.resolve("q8-backward.gif");
        SweepExport.gif(q8, SweepExport.Part.BACKWARD, gif, 800);
        List<BufferedImage> frames = read(gif);
        assertThat(frames).hasSize(1 + 8);
        assertThat(frames.getFirst().getWidth()).isGreaterThan(600);
        assertThat(new String(Files.readAllBytes(gif), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("NETSCAPE2.0");
        assertThat(q8.timeline().position()).isZero();
    }

    @Test
    void theSampleQ8BackwardSweepGifHasTheAnimationBetweenSteps() throws Exception {
        Lecture q8 = q8Sample();
        Path gif = folder.resolve("q8-backward-sweep.gif");
        List<Integer> progress = new ArrayList<>();
        SweepExport.gif(q8, SweepExport.Part.BACKWARD, gif, 1200, 8, new SweepExport.Progress() {
            @Override
            public void done(int frames, int total) {
                progress.add(frames);
                assertThat(total).isEqualTo(1 + 8 * 8);
            }
        });
        keep(gif);
        List<BufferedImage> frames = read(gif);
        assertThat(frames).hasSize(1 + 8 * 8);
        assertThat(progress).hasSize(frames.size()).endsWith(frames.size());
        assertThat(Files.exists(folder.resolve("q8-backward-sweep.gif.part"))).isFalse();
        // an in-between frame is neither the step before nor the step after
        assertThat(same(frames.get(4 * 8 + 4), frames.get(4 * 8))).isFalse();
        assertThat(same(frames.get(4 * 8 + 4), frames.get(5 * 8))).isFalse();
        // the settled frames are the one-frame-per-step export's
        List<BufferedImage> settled = SweepExport.frames(q8, SweepExport.Part.BACKWARD,
                adjoint.app.render.GraphTheme.LIGHT, 1);
        assertThat(settled.get(5).getWidth()).isEqualTo(frames.get(5 * 8).getWidth());
    }

    @Test
    void writesOnePngPerStepNumberedAcrossTheTimeline() throws Exception {
        Lecture q8 = q8Sample();
        Path out = Files.createDirectories(folder.resolve("steps"));
        List<Path> files = SweepExport.pngs(q8, SweepExport.Part.BOTH, out, SweepExport.Progress.NONE);
        assertThat(files).hasSize(1 + 6 + 8).allMatch(Files::exists);
        assertThat(files.getFirst().getFileName().toString()).isEqualTo("step-000.png");
        assertThat(files.get(1).getFileName().toString()).isEqualTo("step-001.png");
        assertThat(files.getLast().getFileName().toString()).isEqualTo("step-014.png");
        for (Path p : List.of(files.get(6), files.get(11), files.getLast())) {
            keep(p);
        }
        assertThat(ImageIO.read(files.get(11).toFile()).getWidth()).isGreaterThan(1200);
    }

    @Test
    void writesOnePngPerForwardStep() {
        Lecture q8 = Lecture.of(ExprGraph.parse(SweepTest.Q8));
        List<Path> files = SweepExport.pngs(q8, SweepExport.Part.FORWARD, folder, "q8");
        assertThat(files).hasSize(7).allMatch(Files::exists);
    }

    @Test
    void aCancelledExportStopsAndLeavesNoFiles() throws Exception {
        Lecture q8 = Lecture.of(ExprGraph.parse(SweepTest.Q8));
        SweepExport.Progress stopAfterThree = new SweepExport.Progress() {
            private int frames;

            @Override
            public void done(int done, int total) {
                frames = done;
            }

            @Override
            public boolean cancelled() {
                return frames >= 3;
            }
        };
        Path gif = folder.resolve("cancelled.gif");
        assertThatThrownBy(() -> SweepExport.gif(q8, SweepExport.Part.BOTH, gif, 800, 4, stopAfterThree))
                .isInstanceOf(CancellationException.class);
        Path out = Files.createDirectories(folder.resolve("pngs"));
        assertThatThrownBy(() -> SweepExport.pngs(q8, SweepExport.Part.BOTH, out, stopAfterThree))
                .isInstanceOf(CancellationException.class);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("pngs");
        }
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    private static boolean same(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
