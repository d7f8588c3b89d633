package adjoint.app.lecture;

import adjoint.app.document.Document;
import adjoint.engine.graph.ExprGraph;
import java.time.Instant;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The frame-rate harness of lecture mode (not a test: it asserts nothing). It opens a lecture window on a generated
 * graph of 50 nodes, then on every animation pulse shows the next fractional timeline position (36 frames per
 * step by default, as a step animates at the normal speed: 0.6 s at 60 fps; through both sweeps) and records the time between pulses and the time the painting took. Run it on a real
 * display (Xvfb will do) with the test class path, as docs/lecture.md shows:
 *
 * <pre>{@code
 * java ... adjoint.app.lecture.LectureFrameRate [frames] [nodes] [frames per step]
 * // 50 nodes, 57 edges, 108 steps, 1200 frames at 1600×1000: 60.0 fps; frame 16.7 ms (p99 17.9); paint 2.1 ms (p99 4.0)
 * }</pre>
 */
public final class LectureFrameRate {
    private static final int WARM_UP = 120;

    private LectureFrameRate() {
    }

    /**
     * A layered graph of {@code nodes} nodes like a small network: six inputs, then layers of 12, 12, 10, 6 and 3
     * operations each over two neighbours of the layer before, and one output (any rest goes into wider layers).
     * Layered rather than one long chain: the symbolic adjoint formulas of a 50-deep chain with sharing grow
     * exponentially (see docs/lecture.md).
     */
    static ExprGraph graph(int nodes) {
        int[] layers = {6, 12, 12, 10, 6, 3, 1};
        int extra = nodes - java.util.Arrays.stream(layers).sum();
        layers[2] += Math.max(0, extra);
        StringBuilder b = new StringBuilder();
        java.util.List<String> previous = new java.util.ArrayList<>();
        int k = 0;
        for (int i = 0; i < layers[0]; i++) {
            String v = "v" + ++k;
            b.append(v).append(" = ").append(0.3 + 0.2 * i).append('\n');
            previous.add(v);
        }
        for (int layer = 1; layer < layers.length; layer++) {
            java.util.List<String> here = new java.util.ArrayList<>();
            for (int i = 0; i < layers[layer]; i++) {
                String p = previous.get(i % previous.size());
                String q = previous.get((i + 1) % previous.size());
                String v = "v" + ++k;
                String op = layer == layers.length - 1 ? p + " + " + q + (previous.size() > 2 ? " + " + previous.get(2) : "")
                        : switch (k % 4) {
                            case 0 -> p + " * " + q;
                            case 1 -> "sin(" + p + ")";
                            case 2 -> p + " - " + q;
                            default -> p + " + " + q;
                        };
                b.append(v).append(" = ").append(op).append('\n');
                here.add(v);
            }
            previous = here;
        }
        return ExprGraph.parse(b.toString());
    }

    public static void main(String[] args) {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 1200;
        int nodes = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int perStep = args.length > 2 ? Integer.parseInt(args[2]) : 36;
        Platform.startup(() -> run(frames, nodes, perStep));
    }

    private static void run(int frames, int nodes, int perStep) {
        ExprGraph g = graph(nodes);
        Stage stage = new Stage();
        LectureWindow w = new LectureWindow(stage, Document.of(g), Duration.millis(1200));
        stage.setWidth(1600);
        stage.setHeight(1000);
        stage.show();
        int steps = w.lecture().timeline().size();
        long[] intervals = new long[frames];
        long[] paints = new long[frames];
        new AnimationTimer() {
            private int i = -WARM_UP;
            private long last = -1;

            @Override
            public void handle(long now) {
                if (i >= frames) {
                    stop();
                    report(g, steps, frames, perStep, intervals, paints, stage);
                    Platform.exit();
                    return;
                }
                double p = ((i + WARM_UP) % (perStep * steps)) / (double) perStep;
                long t0 = System.nanoTime();
                w.showAt(p);
                long paint = System.nanoTime() - t0;
                if (i >= 0) {
                    paints[i] = paint;
                    intervals[i] = last < 0 ? 0 : now - last;
                }
                last = now;
                i++;
            }
        }.start();
    }

    private static void report(ExprGraph g, int steps, int frames, int perStep, long[] intervals, long[] paints, Stage stage) {
        long edges = g.nodes().stream().mapToLong(n -> n.inputIds().size()).sum();
        double[] f = FrameMeter.stats(java.util.Arrays.copyOfRange(intervals, 1, frames), frames - 1);
        double[] p = FrameMeter.stats(paints, frames);
        System.out.printf(Locale.ROOT, "%s: %d nodes, %d edges, %d steps, %d frames (%d a step) at %.0f×%.0f: "
                        + "%.1f fps; frame %.1f ms (p99 %.1f); paint %.2f ms (p99 %.2f)%n",
                Instant.now(), g.nodes().size(), edges, steps, frames, perStep, stage.getWidth(), stage.getHeight(),
                1000 / f[0], f[0], f[1], p[0], p[1]);
    }
}
