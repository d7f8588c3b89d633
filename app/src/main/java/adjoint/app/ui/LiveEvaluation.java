package adjoint.app.ui;

import adjoint.app.document.Document;
import adjoint.engine.DType;
import adjoint.engine.DefaultDevice;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphEvaluator;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs forward and backward off the JavaFX thread, on one worker: each request gets a generation number and waits
 * a short debounce; a request superseded before it starts is skipped, and a result older than the newest request
 * is dropped. Results are handed to the JavaFX thread (or whatever {@code deliver} runs on) and nothing else.
 */
final class LiveEvaluation implements AutoCloseable {
    static final long DEBOUNCE_MS = 50;

    /** One finished evaluation: of which document, its result or its failure, and how long it took. */
    record Result(long generation, Document document, GraphEvaluation evaluation, String failure, String device,
                  long millis) {
    }

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "adjoint-evaluation");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private final Executor deliver;
    private final Consumer<Result> onResult;
    private ScheduledFuture<?> pending;

    LiveEvaluation(Executor deliver, Consumer<Result> onResult) {
        this.deliver = deliver;
        this.onResult = onResult;
    }

    /** Asks for the document to be evaluated; returns the request's generation. */
    synchronized long request(Document document) {
        long gen = generation.incrementAndGet();
        if (pending != null) {
            pending.cancel(false);
        }
        pending = worker.schedule(() -> run(gen, document), DEBOUNCE_MS, TimeUnit.MILLISECONDS);
        return gen;
    }

    /** Evaluates a small graph once, so that the first real edit does not wait for the engine to warm up. */
    void warmUp() {
        worker.execute(() -> {
            try {
                ExprGraph g = ExprGraph.parse("x = 1.5\nv = [1.0, 2.0]\nf = sin(x) * (v * v).sum() + log(x) ** 2");
                GraphEvaluator.evaluate(g, DType.FLOAT64, null, Map.of());
            } catch (RuntimeException ignored) {
                // only a warm-up
            }
        });
    }

    long latest() {
        return generation.get();
    }

    private void run(long gen, Document document) {
        if (gen != generation.get()) {
            return;
        }
        long start = System.nanoTime();
        GraphEvaluation ev = null;
        String failure = null;
        try {
            ev = GraphEvaluator.evaluate(document.graph(), document.view().dtype(), document.view().output(), Map.of());
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        Result result = new Result(gen, document, ev, failure, DefaultDevice.get().toString(),
                (System.nanoTime() - start) / 1_000_000);
        deliver.execute(() -> {
            if (result.generation() == generation.get()) {
                onResult.accept(result);
            }
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
