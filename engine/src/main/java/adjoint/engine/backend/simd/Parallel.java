package adjoint.engine.backend.simd;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * The SIMD backend's threads: one small pool of daemon workers, as many as the machine has cores less the caller,
 * who always runs a share of the work itself. Work submitted from a worker runs sequentially (no nesting).
 */
final class Parallel {
    /** The number of threads that share large operations ({@code -Dadjoint.threads=N} overrides). */
    static final int THREADS = Math.max(1, Integer.getInteger("adjoint.threads", Runtime.getRuntime().availableProcessors()));
    private static final ForkJoinPool POOL = THREADS == 1 ? null : new ForkJoinPool(THREADS - 1, pool -> {
        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        t.setDaemon(true);
        t.setName("adjoint-simd-" + t.getPoolIndex());
        return t;
    }, null, false);

    private Parallel() {
    }

    /** A share of a range of work: indices {@code [from, to)}. */
    interface Range {
        void run(int from, int to);
    }

    /** Runs {@code body} over {@code [0, n)}, split among the threads when each share gets at least {@code grain}. */
    static void forRange(int n, int grain, Range body) {
        int shares = (int) Math.min(THREADS, n / Math.max(1L, grain));
        if (shares <= 1 || Thread.currentThread() instanceof ForkJoinWorkerThread w && w.getPool() == POOL) {
            body.run(0, n);
            return;
        }
        ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[shares - 1];
        for (int s = 1; s < shares; s++) {
            int from = (int) ((long) n * s / shares);
            int to = (int) ((long) n * (s + 1) / shares);
            tasks[s - 1] = POOL.submit(() -> body.run(from, to));
        }
        body.run(0, (int) ((long) n / shares));
        for (ForkJoinTask<?> t : tasks) {
            t.join();
        }
    }

    /** Runs {@code count} independent tasks {@code body(i)} on the threads, the caller taking its share. */
    static void forEach(int count, java.util.function.IntConsumer body) {
        forRange(count, 1, (from, to) -> {
            for (int i = from; i < to; i++) {
                body.accept(i);
            }
        });
    }
}
