package adjoint.app.cli;

import adjoint.engine.Device;
import adjoint.engine.TensorException;
import adjoint.engine.bench.Benchmarks;
import adjoint.engine.bench.Workload;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code adjoint bench --json [--device D] [WORKLOAD...]}: times the engine's benchmark workloads
 * ({@link Workload}) on a device and prints one JSON object keyed by workload. The workloads live in the engine
 * ({@code adjoint.engine.bench}) so that they also run from the GPU bundle without the app.
 */
@Command(name = "bench", description = "Time the benchmark workloads on a device and print the figures as JSON.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print the result as JSON (the only format so far).")
    boolean json;

    @Option(names = "--device", description = "cpu, simd or gpu[:N] (default: simd where available).")
    String device;

    @Option(names = "--list", description = "List the workloads and exit.")
    boolean list;

    @Option(names = "--in-process", description = "Run every workload in this JVM (default: each in a JVM of its own).")
    boolean inProcess;

    @Parameters(paramLabel = "WORKLOAD", arity = "0..*", description = "Workloads to run (default: all), e.g. "
            + "matmul-f32-1024 add-f32-16M mlp-784-64-10-step-b64 scalar-graph-1000 landscape-512.")
    List<String> workloads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            for (Workload w : Workload.values()) {
                out.println(w.key() + "  (" + w.unit() + ")");
            }
            out.flush();
            return 0;
        }
        List<Workload> chosen;
        Device d;
        try {
            chosen = Benchmarks.parse(workloads);
            d = device == null ? Device.preferred() : Device.parse(device);
        } catch (IllegalArgumentException | TensorException e) {
            err.println("adjoint: " + e.getMessage());
            return 2;
        }
        err.println("computing on " + d.describe());
        Device.notices().forEach(n -> err.println("notice: " + n));
        out.println(Benchmarks.json(inProcess ? Benchmarks.run(chosen, d) : Benchmarks.runForked(chosen, d), d));
        out.flush();
        return 0;
    }
}
