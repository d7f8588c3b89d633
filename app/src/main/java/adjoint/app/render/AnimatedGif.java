package adjoint.app.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * A looping animated GIF written frame by frame through {@code javax.imageio}, into a {@code .part} file beside
 * the target that {@link #finish()} moves into place: closing without finishing (an error, a cancelled export)
 * leaves no half-written file.
 *
 * <pre>{@code
 * try (AnimatedGif gif = AnimatedGif.create(Path.of("race.gif"))) {
 *     for (BufferedImage frame : frames) gif.add(frame, 120);
 *     gif.finish();
 * }
 * }</pre>
 */
public final class AnimatedGif implements AutoCloseable {
    private final Path file;
    private final Path partial;
    private final ImageWriter writer;
    private final ImageOutputStream out;
    private boolean first = true;
    private boolean finished;

    private AnimatedGif(Path file, Path partial, ImageWriter writer, ImageOutputStream out) {
        this.file = file;
        this.partial = partial;
        this.writer = writer;
        this.out = out;
    }

    public static AnimatedGif create(Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try {
            ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(partial));
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            return new AnimatedGif(file, partial, writer, out);
        } catch (IOException e) {
            writer.dispose();
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Appends a frame shown for {@code delayMs} (GIF counts hundredths of a second; at least one). */
    public void add(BufferedImage frame, int delayMs) {
        BufferedImage rgb = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.drawImage(frame, 0, 0, null);
        g.dispose();
        try {
            writer.writeToSequence(new IIOImage(rgb, null, metadata(rgb, delayMs)), null);
            first = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Ends the animation and moves it into place. */
    public void finish() {
        try {
            writer.endWriteSequence();
            out.close();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            finished = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Releases the writer; without {@link #finish()} the partial file is removed. */
    @Override
    public void close() {
        writer.dispose();
        if (!finished) {
            try {
                out.close();
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // nothing more to do: the partial file stays
            }
        }
    }

    private IIOMetadata metadata(BufferedImage image, int delayMs) throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                writer.getDefaultWriteParam());
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(Math.max(1, delayMs / 10)));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(loop);
        }
        meta.setFromTree(format, root);
        return meta;
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
