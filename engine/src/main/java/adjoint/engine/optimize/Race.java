package adjoint.engine.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Several optimizers descending one objective from one start, in lockstep: each {@link #step()} moves every path
 * that has not stopped by one step, so a view can animate them side by side with a legend.
 *
 * <pre>{@code
 * Race race = new Race(q6, List.of(Settings.of(Algorithm.SGD).withLr(0.1), Settings.of(Algorithm.ADAM).withLr(0.1)));
 * race.step();
 * race.paths().get(1).last().values();
 * }</pre>
 */
public final class Race {
    private final List<Descent> racers = new ArrayList<>();

    /** Every racer starts at the program's values. */
    public Race(Objective objective, List<Settings> settings) {
        this(objective, settings, objective.start());
    }

    public Race(Objective objective, List<Settings> settings, double[] start) {
        if (settings.isEmpty()) {
            throw new IllegalArgumentException("a race needs at least one optimizer");
        }
        settings.forEach(s -> racers.add(new Descent(objective, s, start)));
    }

    /** One step of every path still going; returns the paths. */
    public List<Path> step() {
        racers.stream().filter(d -> !d.isStopped()).forEach(Descent::step);
        return paths();
    }

    /** Up to {@code steps} rounds, telling {@code onRound} the paths after each; ends early when all stop or on cancel. */
    public List<Path> run(int steps, Consumer<List<Path>> onRound, BooleanSupplier cancelled) {
        for (int i = 0; i < steps && !finished() && !cancelled.getAsBoolean(); i++) {
            onRound.accept(step());
        }
        return paths();
    }

    public List<Path> paths() {
        return racers.stream().map(Descent::path).toList();
    }

    /** Whether every path has stopped. */
    public boolean finished() {
        return racers.stream().allMatch(Descent::isStopped);
    }

    public List<Descent> racers() {
        return List.copyOf(racers);
    }
}
