package adjoint.app.lecture;

import adjoint.app.render.AnimatedGif;
import adjoint.app.render.GraphExport;
import adjoint.app.render.GraphTheme;
import adjoint.app.render.ImageSurface;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * The sweeps as pictures: frames drawn by {@link SweepPicture} (so the files show what the screen shows), written
 * as a looping animated GIF through {@code javax.imageio} or as one PNG per step. A frame is a pure function of its
 * timeline position, so an export never moves the lecture's timeline and may run on a worker thread; it reports
 * its progress and stops (throwing {@link CancellationException}, leaving no half-written file) when cancelled.
 *
 * <pre>{@code
 * SweepExport.gif(q8, Part.BACKWARD, Path.of("q8.gif"), 1200, 8, Progress.NONE); // 8 frames per step, tweened
 * SweepExport.pngs(q8, Part.BOTH, Path.of("steps"), Progress.NONE);             // step-000.png … step-014.png
 * }</pre>
 */
public final class SweepExport {
    /** Which steps to draw. */
    public enum Part { FORWARD, BACKWARD, BOTH }

    /** Told after each frame; asked whether to go on. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void done(int frames, int total) {
        }

        default boolean cancelled() {
            return false;
        }
    }

    private SweepExport() {
    }

    /** The frames of a part of the timeline: the moment before its first step, then one per step. */
    public static List<BufferedImage> frames(Lecture lecture, Part part, GraphTheme theme, double scale) {
        return frames(lecture, part, theme, scale, 1, Progress.NONE);
    }

    /**
     * The frames of a part: the moment before its first step, then {@code perStep} frames for each step, the last
     * of them the settled step and the others its animation at evenly spaced fractions.
     */
    public static List<BufferedImage> frames(Lecture lecture, Part part, GraphTheme theme, double scale, int perStep,
                                             Progress progress) {
        double[] positions = positions(lecture.timeline(), part, perStep);
        SweepPicture picture = new SweepPicture(lecture, theme);
        double[] box = picture.bounds();
        List<BufferedImage> out = new ArrayList<>();
        for (double p : positions) {
            checkCancelled(progress);
            out.add(frame(picture, box, theme, scale, p));
            progress.done(out.size(), positions.length);
        }
        return out;
    }

    /** The timeline positions a part's frames show, in order. */
    static double[] positions(SweepTimeline t, Part part, int perStep) {
        int from = part == Part.BACKWARD ? t.forward().size() : 0;
        int to = part == Part.FORWARD ? t.forward().size() : t.size();
        int n = Math.max(1, perStep);
        double[] out = new double[1 + (to - from) * n];
        out[0] = from;
        for (int i = 1; i < out.length; i++) {
            out[i] = from + i / (double) n;
        }
        return out;
    }

    private static BufferedImage frame(SweepPicture picture, double[] box, GraphTheme theme, double scale, double p) {
        ImageSurface s = new ImageSurface(box[2] - box[0], box[3] - box[1], scale, box[0], box[1], theme.background());
        picture.paint(s, p);
        return s.finish();
    }

    /** Writes a looping animated GIF, one frame per step, {@code delayMs} each (the last held three times as long). */
    public static void gif(Lecture lecture, Part part, Path file, int delayMs) {
        gif(lecture, part, file, delayMs, 1, Progress.NONE);
    }

    /**
     * Writes a looping animated GIF with {@code perStep} frames per step: the step's animation over half of
     * {@code delayMs}, then the settled step held for the other half (the very last held three times as long).
     */
    public static void gif(Lecture lecture, Part part, Path file, int delayMs, int perStep, Progress progress) {
        double[] positions = positions(lecture.timeline(), part, perStep);
        SweepPicture picture = new SweepPicture(lecture, GraphTheme.LIGHT);
        double[] box = picture.bounds();
        int n = Math.max(1, perStep);
        int tween = n == 1 ? delayMs : Math.max(20, delayMs / 2 / (n - 1));
        try (AnimatedGif gif = AnimatedGif.create(file)) {
            for (int i = 0; i < positions.length; i++) {
                checkCancelled(progress);
                boolean settled = positions[i] == Math.rint(positions[i]);
                int delay = i == positions.length - 1 ? 3 * delayMs : !settled ? tween : n == 1 ? delayMs : delayMs / 2;
                gif.add(frame(picture, box, GraphTheme.LIGHT, 1, positions[i]), delay);
                progress.done(i + 1, positions.length);
            }
            gif.finish();
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

    /**
     * Writes one PNG per step of a part into {@code folder}, drawn at twice the size for slides:
     * {@code step-000.png} the moment before the first step, then {@code step-001.png}, … (numbered across the
     * whole timeline, so the backward sweep's first file is {@code step-007.png} for Q8). A cancelled export
     * removes the files it wrote.
     */
    public static List<Path> pngs(Lecture lecture, Part part, Path folder, Progress progress) {
        double[] positions = positions(lecture.timeline(), part, 1);
        SweepPicture picture = new SweepPicture(lecture, GraphTheme.LIGHT);
        double[] box = picture.bounds();
        List<Path> out = new ArrayList<>();
        try {
            for (double p : positions) {
                checkCancelled(progress);
                Path file = folder.resolve(String.format(Locale.ROOT, "step-%03d.png", (int) p));
                GraphExport.writePng(frame(picture, box, GraphTheme.LIGHT, 2, p), file);
                out.add(file);
                progress.done(out.size(), positions.length);
            }
        } catch (CancellationException e) {
            out.forEach(SweepExport::deleteQuietly);
            throw e;
        }
        return out;
    }

    private static void checkCancelled(Progress progress) {
        if (progress.cancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("export cancelled");
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // nothing more to do: the file stays
        }
    }
}
