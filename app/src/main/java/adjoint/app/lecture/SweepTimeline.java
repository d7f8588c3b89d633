package adjoint.app.lecture;

import java.util.ArrayList;
import java.util.List;

/**
 * The forward sweep followed by the backward sweep, as one timeline a lecture steps through. The position counts
 * the steps shown: 0 is before the first, {@link #size()} after the last. Changes go through the named methods and
 * tell the listeners.
 */
public final class SweepTimeline {
    private final List<SweepStep> forward;
    private final List<SweepStep> backward;
    private final List<SweepStep> all;
    private final List<Runnable> listeners = new ArrayList<>();
    private int position;

    public SweepTimeline(List<SweepStep> forward, List<SweepStep> backward) {
        this.forward = List.copyOf(forward);
        this.backward = List.copyOf(backward);
        List<SweepStep> both = new ArrayList<>(forward);
        both.addAll(backward);
        this.all = List.copyOf(both);
    }

    public List<SweepStep> steps() {
        return all;
    }

    public List<SweepStep> forward() {
        return forward;
    }

    public List<SweepStep> backward() {
        return backward;
    }

    public int size() {
        return all.size();
    }

    public int position() {
        return position;
    }

    /** The step shown last, or null before the first. */
    public SweepStep current() {
        return position == 0 ? null : all.get(position - 1);
    }

    /** The steps shown so far, in order. */
    public List<SweepStep> shown() {
        return all.subList(0, position);
    }

    /** Whether the timeline is in (or past the start of) the backward sweep. */
    public boolean inBackward() {
        return position > forward.size();
    }

    /** The fraction of the timeline shown, 0 to 1. */
    public double progress() {
        return all.isEmpty() ? 1 : position / (double) all.size();
    }

    public boolean atEnd() {
        return position == all.size();
    }

    public boolean stepForward() {
        return seek(position + 1);
    }

    public boolean stepBack() {
        return seek(position - 1);
    }

    /** Moves to a position (clamped); true when it changed. */
    public boolean seek(int to) {
        int p = Math.max(0, Math.min(all.size(), to));
        if (p == position) {
            return false;
        }
        position = p;
        listeners.forEach(Runnable::run);
        return true;
    }

    /** Back to the start of the forward sweep. */
    public void rewind() {
        seek(0);
    }

    /** To the start of the backward sweep (every value known, no adjoint yet). */
    public void toBackward() {
        seek(forward.size());
    }

    /**
     * To the step that completes {@code node}: its value in the forward sweep, or, when the backward sweep has begun
     * (or {@code backwardSweep} is asked for), its whole adjoint. False if no such node.
     */
    public boolean jumpTo(String node, boolean backwardSweep) {
        int from = backwardSweep ? forward.size() : 0;
        int to = backwardSweep ? all.size() : forward.size();
        for (int i = to - 1; i >= from; i--) {
            SweepStep s = all.get(i);
            if (s.node().equals(node) && s.completesNode()) {
                seek(i + 1);
                return true;
            }
        }
        return false;
    }

    public void jumpTo(String node) {
        jumpTo(node, inBackward());
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }
}
