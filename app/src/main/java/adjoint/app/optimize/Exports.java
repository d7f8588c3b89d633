package adjoint.app.optimize;

import adjoint.app.render.AnimatedGif;
import adjoint.app.render.ImageSurface;
import adjoint.app.render.Rgba;
import adjoint.app.render.Surface;
import adjoint.app.render.SvgSurface;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * Pictures of the optimization views as files, drawn by the same painter as the screen: PNG (at any scale),
 * SVG, and a looping animated GIF of frames.
 */
final class Exports {
    private Exports() {
    }

    static BufferedImage image(double width, double height, double scale, Consumer<Surface> painter) {
        ImageSurface s = new ImageSurface(width, height, scale, 0, 0, Rgba.WHITE);
        painter.accept(s);
        return s.finish();
    }

    static void png(Path file, double width, double height, Consumer<Surface> painter) {
        write(image(width, height, 2, painter), "png", file);
    }

    static void svg(Path file, double width, double height, Consumer<Surface> painter) {
        SvgSurface s = new SvgSurface(width, height, 0, 0, Rgba.WHITE);
        painter.accept(s);
        try {
            Files.writeString(file, s.finish(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(BufferedImage image, String format, Path file) {
        try {
            if (!ImageIO.write(image, format, file.toFile())) {
                throw new IOException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GIF that loops forever, {@code delayMs} per frame. */
    static void gif(Path file, List<BufferedImage> frames, int delayMs) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("no frames to write");
        }
        try (AnimatedGif gif = AnimatedGif.create(file)) {
            frames.forEach(frame -> gif.add(frame, delayMs));
            gif.finish();
        }
    }
}
