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
    void theHeatmapHasAColourBarNumberedWithItsContourLevelsLowAtTheBottom() throws Exception {
        var p = q6Race();
        double[] levels = adjoint.engine.optimize.Contours.levels(p.sampled().surface(), LandscapePainter.LEVELS);
        Path svg = dir.resolve("bar.svg");
        Exports.svg(svg, 800, 600, s -> LandscapePainter.paint(s, 800, 600, p));
        String text = Files.readString(svg);
        for (double level : levels) {
            assertThat(text).contains(">" + Frame.brief(level) + "<");
        }
        Frame f = LandscapePainter.mainFrame(p, 800, 600);
        BufferedImage image = Exports.image(800, 600, 1, s -> LandscapePainter.paint(s, 800, 600, p));
        int x = (int) (f.left() + f.width() + 21);
        assertClose(image.getRGB(x, (int) (f.top() + f.height() - 5)), Colours.ramp(0));
        assertClose(image.getRGB(x, (int) f.top() + 5), Colours.ramp(1));
    }

    private static void assertClose(int argb, adjoint.app.render.Rgba expected) {
        assertThat((argb >> 16 & 0xff) / 255.0).isCloseTo(expected.r(), org.assertj.core.data.Offset.offset(0.01));
        assertThat((argb >> 8 & 0xff) / 255.0).isCloseTo(expected.g(), org.assertj.core.data.Offset.offset(0.01));
        assertThat((argb & 0xff) / 255.0).isCloseTo(expected.b(), org.assertj.core.data.Offset.offset(0.01));
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
