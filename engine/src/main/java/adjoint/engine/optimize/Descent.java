package adjoint.engine.optimize;

import adjoint.engine.Tensor;
import adjoint.engine.optim.Optimizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A descent of an {@link Objective}, one step at a time, with an engine optimizer stepping its variables: each
 * step is the optimizer's update from the last gradient, then one forward and one backward pass at the new point.
 * The path stops, with a message, at the first point where f or ∇f is not a finite number or a value grows past
 * {@link #DIVERGENCE_LIMIT}. Not thread-safe: drive it from one worker thread; each step is a few passes.
 *
 * <pre>{@code
 * Objective q6 = Objective.parse("x = 1.0\ny = 1.0\nf = -x*log(x) - y*log(y)", "x", "y");
 * Descent d = new Descent(q6, Settings.of(Algorithm.SGD).withLr(Math.E - 1));
 * d.step().values();   // [e, e]
 * d.step().values();   // [3e - 2, 3e - 2]
 * d.path().toCsv();    // k,x,y,f,df/dx,df/dy ...
 * }</pre>
 */
public final class Descent {
    /** A coordinate or f whose magnitude passes this has diverged. */
    public static final double DIVERGENCE_LIMIT = 1e12;

    private final Objective objective;
    private final Settings settings;
    private final Map<String, Tensor> params = new LinkedHashMap<>();
    private final Optimizer optimizer;
    private final List<PathPoint> points = new ArrayList<>();
    private String stopped;

    /** Starts at the program's values of the variables. */
    public Descent(Objective objective, Settings settings) {
        this(objective, settings, objective.start());
    }

    /** Starts at {@code start} (a point, flattened as in {@link Objective#variables()}): evaluates step 0. */
    public Descent(Objective objective, Settings settings, double[] start) {
        if (start.length != objective.dimension()) {
            throw new IllegalArgumentException("the start needs " + objective.dimension() + " coordinates, not " + start.length);
        }
        this.objective = objective;
        this.settings = settings;
        for (Objective.Variable v : objective.variables()) {
            double[] values = Arrays.copyOfRange(start, v.offset(), v.offset() + v.size());
            params.put(v.id(), Tensor.fromDoubles(objective.dtype(), values, v.shape()).requiresGrad(true));
        }
        this.optimizer = settings.create(List.copyOf(params.values()));
        evaluate();
    }

    /** Takes one step and returns the new point; refused once the path has stopped. */
    public PathPoint step() {
        if (stopped != null) {
            throw new IllegalStateException("the path has stopped: " + stopped);
        }
        optimizer.step();
        return evaluate();
    }

    /** Takes up to {@code steps} steps, fewer if the path stops. */
    public Path run(int steps) {
        return run(steps, p -> { }, () -> false);
    }

    /**
     * Takes up to {@code steps} steps, telling {@code onStep} each new point; stops early when the path stops or
     * {@code cancelled} says so (checked before each step).
     */
    public Path run(int steps, Consumer<PathPoint> onStep, BooleanSupplier cancelled) {
        for (int i = 0; i < steps && stopped == null && !cancelled.getAsBoolean(); i++) {
            onStep.accept(step());
        }
        return path();
    }

    /** The iterates so far. */
    public Path path() {
        return new Path(objective.coordinates(), settings, points, stopped);
    }

    public PathPoint current() {
        return points.getLast();
    }

    public boolean isStopped() {
        return stopped != null;
    }

    /** Why the path stopped, or null. */
    public String stopMessage() {
        return stopped;
    }

    public Settings settings() {
        return settings;
    }

    public Objective objective() {
        return objective;
    }

    private PathPoint evaluate() {
        optimizer.zeroGrad();
        int k = points.size();
        Objective.Sample s = objective.sample(objective.evaluate(params), params);
        double[] values = new double[objective.dimension()];
        for (Objective.Variable v : objective.variables()) {
            System.arraycopy(params.get(v.id()).toDoubles(), 0, values, v.offset(), v.size());
        }
        PathPoint point = new PathPoint(k, values, s.f(), s.grad());
        points.add(point);
        stopped = problem(k, s, values);
        return point;
    }

    private String problem(int k, Objective.Sample s, double[] values) {
        String why = s.note() == null ? "" : ": " + s.note();
        List<String> names = objective.coordinates();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                return names.get(i) + " became " + word(values[i]) + " at step " + k;
            }
        }
        if (s.error() != null) {
            return "f could not be evaluated at step " + k + ": " + s.error();
        }
        if (!Double.isFinite(s.f())) {
            return "f became " + word(s.f()) + " at step " + k + why;
        }
        double[] grad = s.grad();
        for (int i = 0; i < grad.length; i++) {
            if (!Double.isFinite(grad[i])) {
                return "the gradient df/d" + names.get(i) + " became " + word(grad[i]) + " at step " + k + why;
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (Math.abs(values[i]) > DIVERGENCE_LIMIT) {
                return "diverged at step " + k + ": |" + names.get(i) + "| passed " + limit();
            }
        }
        if (Math.abs(s.f()) > DIVERGENCE_LIMIT) {
            return "diverged at step " + k + ": |f| passed " + limit();
        }
        return null;
    }

    private static String word(double v) {
        return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
    }

    private static String limit() {
        return String.format(Locale.ROOT, "%.0e", DIVERGENCE_LIMIT);
    }
}
