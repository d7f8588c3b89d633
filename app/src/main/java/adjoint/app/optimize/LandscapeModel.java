package adjoint.app.optimize;

import adjoint.engine.optimize.Algorithm;
import adjoint.engine.optimize.Axis;
import adjoint.engine.optimize.Curve;
import adjoint.engine.optimize.Landscape;
import adjoint.engine.optimize.Objective;
import adjoint.engine.optimize.Path;
import adjoint.engine.optimize.Race;
import adjoint.engine.optimize.Settings;
import adjoint.engine.optimize.Surface;
import adjoint.engine.optimize.SurfaceGrid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The landscape view's state, without any window: a program with one or two free variables, the sampled curve or
 * surface on the current domain, a start point and a race of optimizers from it. Every computation runs on the
 * {@link Worker}; results arrive as property changes on the UI executor. Changes of the program, domain, start
 * or optimizers start a new generation, so stale results are dropped.
 */
final class LandscapeModel {
    /** Grid points per axis of a surface, samples of a curve. */
    static final int GRID = 140;
    static final int CURVE_SAMPLES = 400;

    /** The sampled function for the view: a surface (two variables) or a curve (one). */
    record Sampled(Surface surface, Curve curve) {
    }

    /** The domain shown: x range, and y range for two variables (for one variable y is f's range, chosen by the view). */
    record Domain(double xMin, double xMax, double yMin, double yMax) {
        Domain zoomed(double factor, double cx, double cy) {
            return new Domain(cx + (xMin - cx) * factor, cx + (xMax - cx) * factor,
                    cy + (yMin - cy) * factor, cy + (yMax - cy) * factor);
        }

        Domain shifted(double dx, double dy) {
            return new Domain(xMin + dx, xMax + dx, yMin + dy, yMax + dy);
        }
    }

    private final Worker sampler;
    /** Used only by the sampler's jobs, one at a time. */
    private SurfaceGrid grid;
    private final Worker racer;
    private final ObjectProperty<Objective> objective = new SimpleObjectProperty<>();
    private final ObjectProperty<String> error = new SimpleObjectProperty<>();
    private final ObjectProperty<Domain> domain = new SimpleObjectProperty<>();
    private final ObjectProperty<Sampled> sampled = new SimpleObjectProperty<>();
    private final ObjectProperty<double[]> start = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Path>> paths = new SimpleObjectProperty<>(List.of());
    private final Set<Algorithm> algorithms = EnumSet.of(Algorithm.SGD);
    /** Each optimizer's learning rate α: the race compares them at rates of their own. */
    private final Map<Algorithm, Double> lrs = new EnumMap<>(Algorithm.class);
    private double beta = 0.9;
    /** Touched only on the worker thread. */
    private Race race;
    private volatile boolean stepping;

    LandscapeModel(Worker sampler, Worker racer) {
        this.sampler = sampler;
        this.racer = racer;
        for (Algorithm a : Algorithm.values()) {
            lrs.put(a, 0.1);
        }
    }

    /** Parses {@code program} with {@code variables} (one or two names) free; resets domain, start and race. */
    void load(String program, List<String> variables) {
        try {
            Objective f = Objective.parse(program, variables.toArray(String[]::new));
            if (f.dimension() < 1 || f.dimension() > 2) {
                throw new IllegalArgumentException("choose one or two scalar variables (these give " + f.dimension()
                        + " coordinates)");
            }
            error.set(null);
            objective.set(f);
            double[] s = f.start();
            start.set(s.clone());
            domain.set(f.dimension() == 2
                    ? new Domain(s[0] - 2.5, s[0] + 6.5, s[1] - 2.5, s[1] + 6.5)
                    : new Domain(s[0] - 4, s[0] + 4, 0, 1));
            resample();
            restart();
        } catch (RuntimeException e) {
            error.set(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    void setDomain(Domain d) {
        domain.set(d);
        resample();
    }

    /** Moves the start point and restarts the race from it. */
    void placeStart(double... point) {
        start.set(point.clone());
        restart();
    }

    void setAlgorithms(Set<Algorithm> chosen) {
        algorithms.clear();
        algorithms.addAll(chosen);
        restart();
    }

    /** Gives every optimizer the learning rate {@code value}. */
    void setLearningRate(double value) {
        lrs.replaceAll((a, old) -> value);
        restart();
    }

    /** Gives one optimizer a learning rate of its own. */
    void setLearningRate(Algorithm a, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("the learning rate must be a finite number >= 0, not " + value);
        }
        lrs.put(a, value);
        restart();
    }

    void setBeta(double value) {
        beta = value;
        restart();
    }

    /** The optimizers of the race, in legend order. */
    List<Settings> settings() {
        List<Settings> out = new ArrayList<>();
        for (Algorithm a : algorithms) {
            Settings s = Settings.of(a).withLr(lrs.get(a));
            out.add(a.usesBeta() ? s.withBeta(a == Algorithm.NESTEROV ? Math.max(beta, 1e-3) : beta) : s);
        }
        return out;
    }

    /** Throws away the race and starts a fresh one from the start point (step 0 of every path). */
    void restart() {
        Objective f = objective.get();
        double[] s = start.get();
        List<Settings> chosen = settings();
        racer.submit((g, current, publish) -> {
            stepping = false;
            try {
                race = f == null || chosen.isEmpty() ? null : new Race(f, chosen, s);
                List<Path> snapshot = race == null ? List.of() : race.paths();
                publish.accept(() -> paths.set(snapshot));
            } catch (RuntimeException e) {
                race = null;
                publish.accept(() -> {
                    paths.set(List.of());
                    error.set("could not start the race: " + e.getMessage());
                });
            }
        });
    }

    /** One step of every path still going; ignored while the previous step is still being computed. */
    void step() {
        steps(1);
    }

    void steps(int count) {
        if (stepping) {
            return;
        }
        stepping = true;
        racer.append((g, current, publish) -> {
            try {
                if (race == null) {
                    return;
                }
                for (int i = 0; i < count && !race.finished() && current.test(g); i++) {
                    race.step();
                }
                List<Path> snapshot = race.paths();
                publish.accept(() -> paths.set(snapshot));
            } finally {
                stepping = false;
            }
        });
    }

    /** Whether every path has stopped (converged paths keep going; this is for NaN and divergence). */
    boolean finished() {
        return !paths.get().isEmpty() && paths.get().stream().allMatch(p -> p.stopped() != null);
    }

    private void resample() {
        Objective f = objective.get();
        Domain d = domain.get();
        if (f == null || d == null) {
            return;
        }
        sampler.submit((g, current, publish) -> {
            try {
                Sampled s = f.dimension() == 2
                        ? new Sampled(grid(new Axis(d.xMin, d.xMax, GRID), new Axis(d.yMin, d.yMax, GRID), f).sample(f), null)
                        : new Sampled(null, Landscape.curve(f, new Axis(d.xMin, d.xMax, CURVE_SAMPLES)));
                publish.accept(() -> sampled.set(s));
            } catch (RuntimeException e) {
                publish.accept(() -> error.set("could not sample the function: " + e.getMessage()));
            }
        });
    }

    /** The sampler's grid for these axes: kept while the domain stays, so redraws reuse its memory. */
    private SurfaceGrid grid(Axis xs, Axis ys, Objective f) {
        SurfaceGrid g = grid;
        if (g == null || !g.matches(xs, ys, f.dtype())) {
            g = new SurfaceGrid(xs, ys, f.dtype());
            grid = g;
        }
        return g;
    }

    /** A domain that holds every path and the start, with a margin. */
    Domain fitted() {
        Domain d = domain.get();
        double[] lo = start.get().clone();
        double[] hi = start.get().clone();
        for (Path p : paths.get()) {
            p.points().forEach(q -> {
                for (int i = 0; i < lo.length; i++) {
                    if (Double.isFinite(q.value(i)) && Math.abs(q.value(i)) < 1e6) {
                        lo[i] = Math.min(lo[i], q.value(i));
                        hi[i] = Math.max(hi[i], q.value(i));
                    }
                }
            });
        }
        double[] pad = new double[lo.length];
        Arrays.setAll(pad, i -> Math.max(0.5, 0.15 * (hi[i] - lo[i])));
        return lo.length == 2
                ? new Domain(lo[0] - pad[0], hi[0] + pad[0], lo[1] - pad[1], hi[1] + pad[1])
                : new Domain(lo[0] - pad[0], hi[0] + pad[0], d.yMin, d.yMax);
    }

    ReadOnlyObjectProperty<Objective> objectiveProperty() {
        return objective;
    }

    ReadOnlyObjectProperty<String> errorProperty() {
        return error;
    }

    ReadOnlyObjectProperty<Domain> domainProperty() {
        return domain;
    }

    ReadOnlyObjectProperty<Sampled> sampledProperty() {
        return sampled;
    }

    ReadOnlyObjectProperty<double[]> startProperty() {
        return start;
    }

    ReadOnlyObjectProperty<List<Path>> pathsProperty() {
        return paths;
    }

    double learningRate(Algorithm a) {
        return lrs.get(a);
    }

    double beta() {
        return beta;
    }

    Set<Algorithm> algorithms() {
        return EnumSet.copyOf(algorithms.isEmpty() ? EnumSet.noneOf(Algorithm.class) : algorithms);
    }

    /**
     * The frames that replay a race as it stands: each frame every path up to one step, from the start to the last
     * step taken, at most {@code maxFrames} of them (evenly spaced; the first and the last always among them).
     */
    static List<List<Path>> replay(List<Path> shown, int maxFrames) {
        int steps = shown.stream().mapToInt(Path::steps).max().orElse(0);
        int stride = Math.max(1, (int) Math.ceil(steps / (double) Math.max(1, maxFrames - 1)));
        List<List<Path>> frames = new ArrayList<>();
        for (int k = 0; ; k = Math.min(k + stride, steps)) {
            int at = k;
            frames.add(shown.stream().map(p -> p.upTo(at)).toList());
            if (k == steps) {
                return frames;
            }
        }
    }

    void close() {
        sampler.close();
        racer.close();
    }
}
