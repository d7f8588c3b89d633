package adjoint.app.optimize;

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
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

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
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage frame : frames) {
                BufferedImage rgb = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
                rgb.getGraphics().drawImage(frame, 0, 0, null);
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), null);
                String format = meta.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
                IIOMetadataNode control = child(root, "GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", Integer.toString(Math.max(1, delayMs / 10)));
                control.setAttribute("transparentColorIndex", "0");
                IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
                app.setAttribute("applicationID", "NETSCAPE");
                app.setAttribute("authenticationCode", "2.0");
                app.setUserObject(new byte[] {1, 0, 0});
                child(root, "ApplicationExtensions").appendChild(app);
                meta.setFromTree(format, root);
                writer.writeToSequence(new IIOImage(rgb, null, meta), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
