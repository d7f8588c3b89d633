package adjoint.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.app.cli.AdjointCommand;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code adjoint render}: the command line's way to the painter (tested here, beside the painter). */
class RenderCommandTest {
    @TempDir
    Path dir;
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = AdjointCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path program(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void rendersTheMidtermProgramAsPngAndSvgWithTheNodeNamesAsText() throws IOException {
        Path q8 = program("q8.adj", Pictures.Q8 + "\n");
        Path png = dir.resolve("q8.png");
        Path svg = dir.resolve("q8.svg");

        assertThat(run("render", q8.toString(), "--png", png.toString(), "--svg", svg.toString(), "--values", "--grads"))
                .isZero();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(600);
        assertThat(Files.readString(svg)).contains(">x</text>", ">w2</text>", ">w3</text>", ">w4</text>",
                ">w5</text>", ">f</text>", ">-0.70295</text>");
    }

    @Test
    void scaleTwoGivesTwiceThePixels() throws IOException {
        Path q8 = program("q8.adj", Pictures.Q8);
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("two.png");

        assertThat(run("render", q8.toString(), "--png", one.toString())).isZero();
        assertThat(run("render", q8.toString(), "--png", two.toString(), "--scale", "2")).isZero();

        assertThat(ImageIO.read(two.toFile()).getWidth()).isEqualTo(2 * ImageIO.read(one.toFile()).getWidth());
    }

    @Test
    void aMissingFileIsAnErrorWithAMessage() {
        assertThat(run("render", dir.resolve("nope.adj").toString(), "--png", dir.resolve("o.png").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no such file").doesNotContain("\tat ");
    }

    @Test
    void aProgramWithASyntaxErrorIsRefusedWithItsLineAndColumn() throws IOException {
        Path bad = program("bad.adj", "x = 1.5\nf = sinn(x)\n");

        assertThat(run("render", bad.toString(), "--svg", dir.resolve("o.svg").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("line 2, column 5");
        assertThat(dir.resolve("o.svg")).doesNotExist();
    }

    @Test
    void noOutputOrABadScaleIsAUsageError() throws IOException {
        Path q8 = program("q8.adj", Pictures.Q8);

        assertThat(run("render", q8.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--png");
        assertThat(run("render", q8.toString(), "--png", dir.resolve("o.png").toString(), "--scale", "9")).isEqualTo(2);
    }

    @Test
    void anUnwritableOutputIsAnError() throws IOException {
        Path q8 = program("q8.adj", Pictures.Q8);

        assertThat(run("render", q8.toString(), "--svg", dir.resolve("missing/dir/o.svg").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("cannot write");
    }
}
