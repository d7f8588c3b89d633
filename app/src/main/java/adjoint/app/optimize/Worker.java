package adjoint.app.optimize;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongPredicate;

/**
 * One worker thread for a view's computations, with generation numbers: each {@link #submit} starts a new
 * generation, and a result is applied (on the UI executor) only while its generation is still the newest. Tests
 * pass direct executors, so everything runs on the caller's thread.
 */
final class Worker {
    /** A computation that can ask whether it is still wanted and hand over results as it goes. */
    interface Job {
        void run(long generation, LongPredicate current, Consumer<Runnable> publish);
    }

    private final Executor background;
    private final Executor ui;
    private final AtomicLong generation = new AtomicLong();

    Worker(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** A daemon worker thread that applies results with {@code Platform.runLater}. */
    static Worker forFx(String name) {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        return new Worker(pool, javafx.application.Platform::runLater);
    }

    /** Starts {@code job} as the newest generation; older jobs see {@code current} turn false. */
    long submit(Job job) {
        long g = generation.incrementAndGet();
        background.execute(() -> {
            if (generation.get() != g) {
                return;
            }
            try {
                job.run(g, x -> generation.get() == x, apply -> ui.execute(() -> {
                    if (generation.get() == g) {
                        apply.run();
                    }
                }));
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    throw e;
                });
            }
        });
        return g;
    }

    /** Runs {@code job} on the worker without starting a new generation (its results still need the current one). */
    void append(Job job) {
        long g = generation.get();
        background.execute(() -> {
            if (generation.get() == g) {
                job.run(g, x -> generation.get() == x, apply -> ui.execute(() -> {
                    if (generation.get() == g) {
                        apply.run();
                    }
                }));
            }
        });
    }

    /** Drops every result still to come and stops the thread. */
    void close() {
        generation.incrementAndGet();
        if (background instanceof ExecutorService s) {
            s.shutdownNow();
        }
    }
}
