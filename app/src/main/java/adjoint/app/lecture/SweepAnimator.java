package adjoint.app.lecture;

import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import javafx.animation.AnimationTimer;
import javafx.util.Duration;

/**
 * Moves the picture's fractional position after the timeline's whole one, on an {@link AnimationTimer}: a step of
 * one is animated over half the base pace divided by the speed, a longer jump (scrubbing, rewinding, jumping to a
 * node) is shown at once. Playing holds each settled step for the other half of the pace, then steps. The timer
 * runs only while something moves and repaints only when the position changed; with a zero pace there is no
 * animation at all (tests).
 */
final class SweepAnimator {
    private final SweepTimeline timeline;
    private final Duration pace;
    private final DoubleSupplier speed;
    private final DoubleConsumer repaint;
    private final Runnable playEnded;
    private final FrameMeter meter = new FrameMeter();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            tick(now);
        }
    };
    private double shown;
    private double from;
    private long started = -1;
    private boolean playing;
    private long holdUntil = -1;
    private boolean running;

    /**
     * @param repaint   paints the picture at a fractional position (called only when it changed)
     * @param playEnded told when playing reaches the end of the timeline
     */
    SweepAnimator(SweepTimeline timeline, Duration pace, DoubleSupplier speed, DoubleConsumer repaint,
                  Runnable playEnded) {
        this.timeline = timeline;
        this.pace = pace;
        this.speed = speed;
        this.repaint = repaint;
        this.playEnded = playEnded;
        this.shown = timeline.position();
    }

    /** The position the picture shows now: the timeline's position, or a fraction on the way to it. */
    double shown() {
        return shown;
    }

    boolean isMoving() {
        return started >= 0;
    }

    boolean isPlaying() {
        return playing;
    }

    FrameMeter meter() {
        return meter;
    }

    /** The timeline moved: animate a single step, show anything else at once. */
    void follow() {
        int to = timeline.position();
        if (to == shown) {
            return;
        }
        if (animated() && Math.abs(to - shown) <= 1) {
            from = shown;
            started = 0;   // the first pulse sets the start time
            start();
        } else {
            show(to);
        }
    }

    /** Completes the step being animated at once (a key pressed during the animation). */
    void finish() {
        if (isMoving()) {
            started = -1;
            meter.endRun();
            show(timeline.position());
        }
    }

    /** Shows {@code position} (a fraction between steps, for tests and the frame-rate harness) and repaints. */
    void show(double position) {
        shown = position;
        repaint.accept(shown);
    }

    void play() {
        if (timeline.atEnd()) {
            timeline.rewind();
        }
        if (!animated()) {
            while (timeline.stepForward()) {
                // no animation: playing runs to the end at once
            }
            playEnded.run();
            return;
        }
        playing = true;
        holdUntil = -1;
        if (!isMoving()) {
            timeline.stepForward();
        }
        start();
    }

    void pause() {
        playing = false;
        holdUntil = -1;
        if (!isMoving()) {
            stop();
        }
    }

    private void tick(long now) {
        if (started == 0) {
            started = now;
        }
        if (started > 0) {
            double f = Math.min(1, (now - started) / (nanos(pace) / 2 / speed()));
            int to = timeline.position();
            double p = f >= 1 ? to : from + (to - from) * f;
            if (f >= 1) {
                started = -1;
                holdUntil = playing ? now + (long) (nanos(pace) / 2 / speed()) : -1;
            }
            if (p != shown) {
                meter.frame(now);
                show(p);
            }
            if (f >= 1) {
                meter.endRun();
            }
        } else if (playing && holdUntil >= 0 && now >= holdUntil) {
            holdUntil = -1;
            if (!timeline.stepForward()) {
                playing = false;
                playEnded.run();
            }
        }
        if (!isMoving() && !playing) {
            stop();
        }
    }

    private boolean animated() {
        return pace.toMillis() > 0;
    }

    private double speed() {
        return Math.max(0.05, speed.getAsDouble());
    }

    private static double nanos(Duration d) {
        return d.toMillis() * 1e6;
    }

    private void start() {
        if (!running) {
            running = true;
            timer.start();
        }
    }

    private void stop() {
        if (running) {
            running = false;
            timer.stop();
        }
    }
}
