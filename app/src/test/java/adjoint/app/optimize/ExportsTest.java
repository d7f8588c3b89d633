package adjoint.app.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsTest {
    @TempDir
    Path dir;

    private static LandscapePainter.Picture q6Race() {
        LandscapeModel m = LandscapeModelTest.direct();
        m.load(LandscapeModelTest.Q6, List.of("x", "y"));
        m.steps(10);
        return new LandscapePainter.Picture(List.of("x", "y"), m.sampledProperty().get(), m.domainProperty().get(),
                m.startProperty().get(), m.pathsProperty().get(), true);
    }

    @Test
    void landscapePngAndSvgComeFromThePainter() throws Exception {
        var p = q6Race();
        Path png = dir.resolve("l.png");
        Exports.png(png, 800, 600, s -> LandscapePainter.paint(s, 800, 600, p));
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        Path svg = dir.resolve("l.svg");
        Exports.svg(svg, 800, 600, s -> LandscapePainter.paint(s, 800, 600, p));
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg").contains("sgd");
    }

    @Test
    void svmPictureAndAnimatedGif() throws Exception {
        SvmModel m = SvmModelTest.direct();
        m.loadDataset("midterm-q4");
        var p = new SvmPainter.Picture(m.pointsProperty().get(), m.snapshotProperty().get(), new double[] {0, 10, 0, 10},
                true, true, 1, "hinge");
        BufferedImage a = Exports.image(600, 500, 1, s -> SvmPainter.paint(s, 600, 500, p));
        Path gif = dir.resolve("a.gif");
        Exports.gif(gif, List.of(a, a, a), 100);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(3);
        }
    }
}
