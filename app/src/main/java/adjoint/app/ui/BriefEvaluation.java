package adjoint.app.ui;

import adjoint.app.document.Document;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphEvaluator;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An evaluation for laying a new graph out (a matrix node is taller than a scalar one): run off the JavaFX thread
 * and waited for only briefly; when it takes longer the layout goes on without values.
 */
final class BriefEvaluation {
    static final long WAIT_MS = 800;
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "adjoint-layout-evaluation");
        t.setDaemon(true);
        return t;
    });

    private BriefEvaluation() {
    }

    /** The document's evaluation if it is ready within {@link #WAIT_MS}, else null. */
    static GraphEvaluation of(Document d) {
        Future<GraphEvaluation> f = WORKER.submit(
                () -> GraphEvaluator.evaluate(d.graph(), d.view().dtype(), d.view().output(), Map.of()));
        try {
            return f.get(WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return null;
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
