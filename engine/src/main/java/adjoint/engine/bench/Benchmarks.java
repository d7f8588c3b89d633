package adjoint.engine.bench;

import adjoint.engine.DefaultDevice;
import adjoint.engine.Device;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the {@link Workload}s on a device: a warm-up of at least three seconds, longer until the timings settle (the
 * JIT compiles the Vector API kernels only after thousands of calls), then repetitions for about two seconds (at least three, at most fifty), reporting
 * the median. Our own harness: no timing assertions anywhere, figures only ({@code -Dadjoint.bench.warmup} and
 * {@code -Dadjoint.bench.seconds} change the two durations).
 *
 * <pre>{@code
 * Map<String, Benchmarks.Result> r = Benchmarks.run(List.of(Workload.ADD_F32_16M), Device.parse("simd"));
 * Benchmarks.json(r, Device.parse("simd")); // {"device": "simd", "add-f32-16M": {"gbps": 21.3, ...}}
 * }</pre>
 *
 * From the GPU bundle, without the app: {@code java adjoint.engine.bench.Benchmarks --device gpu [WORKLOAD...]}.
 */
public final class Benchmarks {
    private static final double SECONDS = Double.parseDouble(System.getProperty("adjoint.bench.seconds", "2"));
    /** The JIT needs thousands of calls before the Vector API kernels run as vector instructions. */
    private static final double WARMUP = Double.parseDouble(System.getProperty("adjoint.bench.warmup", "3"));

    private Benchmarks() {
    }

    /** A workload's figure in its unit, the median time of one repetition, and how many were timed. */
    public record Result(String unit, double value, double medianSeconds, int repetitions) {
    }

    /** Runs {@code workloads} with {@code device} as the default device, in order. */
    public static Map<String, Result> run(List<Workload> workloads, Device device) {
        Map<String, Result> out = new LinkedHashMap<>();
        try (var d = DefaultDevice.use(device)) {
            for (Workload w : workloads) {
                out.put(w.key(), time(w));
            }
        }
        return out;
    }

    static Result time(Workload w) {
        Workload.Prepared p = w.prepare();
        double fastest = warmUp(p.step());
        int reps = (int) Math.max(3, Math.min(50, Math.ceil(SECONDS / fastest)));
        double[] times = new double[reps];
        for (int i = 0; i < reps; i++) {
            times[i] = once(p.step());
        }
        Arrays.sort(times);
        double median = times[reps / 2];
        return new Result(w.unit(), p.figure().applyAsDouble(median), median, reps);
    }

    /**
     * Runs the step in windows of about a quarter second until a window's median is no longer 3% better than the
     * one before (the JIT has compiled what it will), and for at least {@code WARMUP} seconds, at most four times
     * that. Returns the fastest repetition seen.
     */
    private static double warmUp(Runnable step) {
        long start = System.nanoTime();
        double fastest = Double.MAX_VALUE;
        double previous = Double.MAX_VALUE;
        int calm = 0;
        while (true) {
            java.util.List<Double> window = new ArrayList<>();
            long windowStart = System.nanoTime();
            do {
                double t = once(step);
                window.add(t);
                fastest = Math.min(fastest, t);
            } while (System.nanoTime() - windowStart < 0.25e9);
            window.sort(null);
            double median = window.get(window.size() / 2);
            calm = median > 0.97 * previous ? calm + 1 : 0;
            previous = Math.min(previous, median);
            double elapsed = (System.nanoTime() - start) / 1e9;
            if ((calm >= 2 && elapsed >= WARMUP) || elapsed >= 4 * WARMUP) {
                return fastest;
            }
        }
    }

    private static double once(Runnable step) {
        long t0 = System.nanoTime();
        step.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The results as one JSON object keyed by workload, e.g. {@code {"matmul-f32-256": {"gflops": 91.2}}}. */
    public static String json(Map<String, Result> results, Device device) {
        StringBuilder sb = new StringBuilder("{\n  \"device\": \"").append(device.backend().name()).append("\",\n");
        sb.append("  \"device_description\": \"").append(device.describe().replace("\"", "'")).append("\",\n");
        sb.append("  \"threads\": ").append(Runtime.getRuntime().availableProcessors()).append(",\n");
        sb.append("  \"notices\": [");
        List<String> notices = Device.notices();
        for (int i = 0; i < notices.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append('"').append(notices.get(i).replace("\"", "'")).append('"');
        }
        sb.append("]");
        results.forEach((key, r) -> sb.append(",\n  \"").append(key).append("\": {\"").append(r.unit()).append("\": ")
                .append(String.format(Locale.ROOT, "%.4g", r.value())).append(", \"median_s\": ")
                .append(String.format(Locale.ROOT, "%.4g", r.medianSeconds())).append(", \"runs\": ")
                .append(r.repetitions()).append('}'));
        return sb.append("\n}").toString();
    }

    /** Parses workload names; none means all of them. */
    public static List<Workload> parse(List<String> names) {
        if (names == null || names.isEmpty()) {
            return List.of(Workload.values());
        }
        List<Workload> out = new ArrayList<>();
        for (String n : names) {
            out.add(Workload.byKey(n));
        }
        return out;
    }

    /**
     * Runs each workload in a JVM of its own, started as this one was (as JMH forks), so that one workload's JIT
     * profile and heap do not slow the next; in this JVM when a child cannot be started. A child runs with SerialGC,
     * as the command line does, unless this JVM names a collector: with G1, a step that allocates only a few large
     * arrays (add-f32-16M, 64 MB a result) never fills the young generation, so G1 collects nothing and grows the
     * heap to its maximum, and every result lands on memory never touched before, one page fault per 4 KB page (on
     * the 2-core VM of issue #4, about 10 us each: 1 GB/s instead of 15).
     */
    public static Map<String, Result> runForked(List<Workload> workloads, Device device) {
        Map<String, Result> out = new LinkedHashMap<>();
        for (Workload w : workloads) {
            Result r = fork(w, device);
            out.put(w.key(), r != null ? r : run(List.of(w), device).get(w.key()));
        }
        return out;
    }

    private static Result fork(Workload w, Device device) {
        String javaCommand = ProcessHandle.current().info().command().orElse(null);
        if (javaCommand == null) {
            return null;
        }
        List<String> command = new ArrayList<>(List.of(javaCommand));
        List<String> jvmOptions = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        command.addAll(jvmOptions);
        if (jvmOptions.stream().noneMatch(o -> o.startsWith("-XX:+Use") && o.endsWith("GC"))) {
            command.add("-XX:+UseSerialGC");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Benchmarks.class.getName(), "--one",
                "--device", device.toString(), w.key()));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String line = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            if (p.waitFor() != 0) {
                return null;
            }
            String[] f = line.split(" ");
            return new Result(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), Integer.parseInt(f[3]));
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * {@code [--json] [--device D] [--in-process] [WORKLOAD...]}: prints the JSON object (for the GPU bundle, without
     * the app); each workload in a JVM of its own unless {@code --in-process}.
     */
    public static void main(String[] args) {
        Device device = Device.preferred();
        List<String> names = new ArrayList<>();
        boolean one = false;
        boolean inProcess = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> { }
                case "--one" -> one = true;
                case "--in-process" -> inProcess = true;
                case "--device" -> device = Device.parse(args[++i]);
                default -> names.add(args[i]);
            }
        }
        List<Workload> workloads = parse(names);
        if (one) {
            Result r = run(workloads, device).get(workloads.get(0).key());
            System.out.println(r.unit() + " " + r.value() + " " + r.medianSeconds() + " " + r.repetitions());
            return;
        }
        System.out.println(json(inProcess ? run(workloads, device) : runForked(workloads, device), device));
    }
}
