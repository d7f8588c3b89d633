package adjoint.app.lecture;

import adjoint.app.render.GraphExport;
import adjoint.app.render.GraphTheme;
import adjoint.app.render.ImageSurface;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * The sweeps as pictures: one frame per step drawn by {@link SweepPicture} (so the files show what the screen
 * shows), written as a looping animated GIF through {@code javax.imageio} or as one PNG per step.
 */
public final class SweepExport {
    /** Which steps to draw. */
    public enum Part { FORWARD, BACKWARD, BOTH }

    private SweepExport() {
    }

    /** The frames of a part of the timeline: the moment before its first step, then one per step. */
    public static List<BufferedImage> frames(Lecture lecture, Part part, GraphTheme theme, double scale) {
        SweepTimeline t = lecture.timeline();
        int from = part == Part.BACKWARD ? t.forward().size() : 0;
        int to = part == Part.FORWARD ? t.forward().size() : t.size();
        int was = t.position();
        SweepPicture picture = new SweepPicture(lecture, theme);
        double[] box = picture.bounds();
        List<BufferedImage> out = new ArrayList<>();
        try {
            for (int p = from; p <= to; p++) {
                t.seek(p);
                ImageSurface s = new ImageSurface(box[2] - box[0], box[3] - box[1], scale, box[0], box[1],
                        theme.background());
                picture.paint(s);
                out.add(s.finish());
            }
        } finally {
            t.seek(was);
        }
        return out;
    }

    /** Writes a looping animated GIF, {@code delayMs} per frame (the last one held three times as long). */
    public static void gif(Lecture lecture, Part part, Path file, int delayMs) {
        List<BufferedImage> frames = frames(lecture, part, GraphTheme.LIGHT, 1);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames.size(); i++) {
                BufferedImage rgb = indexable(frames.get(i));
                int delay = i == frames.size() - 1 ? 3 * delayMs : delayMs;
                writer.writeToSequence(new IIOImage(rgb, null, metadata(writer, rgb, delay, i == 0)), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
    }

    /** Writes one PNG per step into {@code folder}: {@code prefix-00.png} (before the first step), {@code -01}, … */
    public static List<Path> pngs(Lecture lecture, Part part, Path folder, String prefix) {
        List<Path> out = new ArrayList<>();
        List<BufferedImage> frames = frames(lecture, part, GraphTheme.LIGHT, 2);
        for (int i = 0; i < frames.size(); i++) {
            Path file = folder.resolve(String.format(Locale.ROOT, "%s-%02d.png", prefix, i));
            GraphExport.writePng(frames.get(i), file);
            out.add(file);
        }
        return out;
    }

    private static BufferedImage indexable(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static IIOMetadata metadata(ImageWriter writer, BufferedImage image, int delayMs, boolean first)
            throws IOException {
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(Math.max(1, delayMs / 10)));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            apps.appendChild(loop);
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
