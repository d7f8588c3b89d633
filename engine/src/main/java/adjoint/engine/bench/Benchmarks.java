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
 * Runs the {@link Workload}s on a device: a warm-up of about four seconds (the JIT compiles the Vector API kernels
 * only after thousands of calls), then repetitions for about two seconds (at least three, at most fifty), reporting
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
    private static final double WARMUP = Double.parseDouble(System.getProperty("adjoint.bench.warmup", "4"));

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
        long start = System.nanoTime();
        int warm = 0;
        double first = Double.MAX_VALUE;
        while (warm < 2 || (warm < 5000 && System.nanoTime() - start < WARMUP * 1e9)) {
            long t0 = System.nanoTime();
            p.step().run();
            first = Math.min(first, (System.nanoTime() - t0) / 1e9);
            warm++;
        }
        int reps = (int) Math.max(3, Math.min(50, Math.ceil(SECONDS / first)));
        double[] times = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            p.step().run();
            times[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(times);
        double median = times[reps / 2];
        return new Result(w.unit(), p.figure().applyAsDouble(median), median, reps);
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

    /** {@code [--json] [--device D] [WORKLOAD...]}: prints the JSON object (for the GPU bundle, without the app). */
    public static void main(String[] args) {
        Device device = Device.preferred();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> { }
                case "--device" -> device = Device.parse(args[++i]);
                default -> names.add(args[i]);
            }
        }
        List<Workload> workloads = parse(names);
        System.out.println(json(run(workloads, device), device));
    }
}
