package adjoint.app.lecture;

import java.util.Arrays;
import java.util.Locale;

/**
 * Frame times of the lecture's animation, for the frame-rate overlay (F in the lecture window) and the frame-rate
 * harness: the time between animation pulses that repainted, and the time the painting itself took, over the last
 * {@value #WINDOW} frames.
 */
final class FrameMeter {
    static final int WINDOW = 240;
    private final long[] intervals = new long[WINDOW];
    private final long[] paints = new long[WINDOW];
    private int intervalCount;
    private int paintCount;
    private long lastFrame = -1;

    /** An animation frame painted at pulse time {@code now} (ns); the time since the run's last one is recorded. */
    void frame(long now) {
        if (lastFrame >= 0) {
            intervals[intervalCount++ % WINDOW] = now - lastFrame;
        }
        lastFrame = now;
    }

    /** The animation stopped: the pause until the next one is no frame time. */
    void endRun() {
        lastFrame = -1;
    }

    /** How long one paint took, in ns. */
    void paint(long nanos) {
        paints[paintCount++ % WINDOW] = nanos;
    }

    /** Mean and 99th percentile of the recorded values, in ms: {mean, p99}; zeros when none. */
    static double[] stats(long[] values, int count) {
        int n = Math.min(count, values.length);
        if (n == 0) {
            return new double[] {0, 0};
        }
        long[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        double sum = 0;
        for (long v : sorted) {
            sum += v;
        }
        int p99 = Math.min(n - 1, (int) Math.ceil(0.99 * n) - 1);
        return new double[] {sum / n / 1e6, sorted[p99] / 1e6};
    }

    double[] frameStats() {
        return stats(intervals, intervalCount);
    }

    double[] paintStats() {
        return stats(paints, paintCount);
    }

    /** One line for the overlay: {@code 60 fps · frame 16.7 ms (p99 17.1) · paint 2.3 ms (p99 4.0)}. */
    String summary() {
        double[] f = frameStats();
        double[] p = paintStats();
        return String.format(Locale.ROOT, "%s fps · frame %.1f ms (p99 %.1f) · paint %.1f ms (p99 %.1f)",
                f[0] == 0 ? "–" : String.format(Locale.ROOT, "%.0f", 1000 / f[0]), f[0], f[1], p[0], p[1]);
    }
}
