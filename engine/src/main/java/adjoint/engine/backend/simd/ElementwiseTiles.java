package adjoint.engine.backend.simd;

import adjoint.engine.DType;
import adjoint.engine.backend.CpuStorage;
import adjoint.engine.backend.ElementwiseProgram;
import adjoint.engine.backend.ElementwiseProgram.Binary;
import adjoint.engine.backend.ElementwiseProgram.Input;
import adjoint.engine.backend.ElementwiseProgram.Step;
import adjoint.engine.backend.ElementwiseProgram.Unary;
import adjoint.engine.backend.View;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs an {@link ElementwiseProgram} tile by tile: every step of the program over {@value #TILE} elements, then the
 * next tile, so the intermediate values stay in the core's cache instead of streaming whole arrays through memory
 * once per step. Steps use the same vector kernels ({@link DoubleLoops}, {@link FloatLoops}) as the one-primitive
 * operations, so the results equal theirs bit for bit; in a whole tile each run of simple steps between library
 * calls is instead one generated loop that keeps its intermediates in registers ({@link GroupKernel}, the same
 * vector operations, so the same bits). Intermediates live in a per-thread scratch array, one slot
 * per value still needed (a value's slot is reused once its last reader has run); a step that is an output is
 * written straight into the output's array. Threads take tiles from a shared counter, so a core that another
 * process slows down takes fewer.
 *
 * <p>Into fresh outputs ({@link #runFresh}) the calling thread allocates them while the other threads start: the JVM
 * zero-fills a new array, which for arrays of megabytes runs at the speed of memory, and meanwhile the others compute
 * their first tiles into a per-thread staging area, copied over once the outputs exist.
 */
final class ElementwiseTiles {
    /** Elements per tile: a few dozen values of a tile fit in a core's L1 and L2 caches. */
    static final int TILE = 1024;
    /** Tiles per thread below which a program stays on one thread. */
    private static final int GRAIN = 8;
    /** Tiles a thread computes ahead, into its staging area, while the outputs are being allocated. */
    private static final int STAGED = 64;
    /** Per thread, for float64 and float32: the scratch slots of one tile, and the staging area. */
    private static final ThreadLocal<Object> SCRATCH64 = new ThreadLocal<>();
    private static final ThreadLocal<Object> SCRATCH32 = new ThreadLocal<>();
    private static final ThreadLocal<Object> STAGING64 = new ThreadLocal<>();
    private static final ThreadLocal<Object> STAGING32 = new ThreadLocal<>();

    private ElementwiseTiles() {
    }

    /**
     * Runs the program if every view is a float32 or float64 heap array of one dtype, the outputs are contiguous and
     * each input is contiguous or one broadcast value; returns false (having done nothing) otherwise.
     */
    static boolean run(ElementwiseProgram program, View[] in, View[] out) {
        DType dtype = out[0].dtype();
        for (View v : out) {
            if (!SimdBackend.isFloat(v) || v.dtype() != dtype || !v.isContiguous()) {
                return false;
            }
        }
        if (!fits(in, dtype)) {
            return false;
        }
        Outputs outputs = new Outputs(out.length);
        Object[] arrays = new Object[out.length];
        for (int k = 0; k < out.length; k++) {
            arrays[k] = SimdBackend.array(out[k]);
            outputs.offsets[k] = out[k].offset();
        }
        outputs.arrays = arrays;
        share(new Plan(program, in, dtype, out[0].numel()), out[0].numel(), dtype, outputs, null);
        return true;
    }

    /**
     * The program's outputs on {@code numel} elements, in fresh storages of {@code backend}, or null (having done
     * nothing) if the inputs are not float32 or float64 heap arrays of {@code dtype}, each contiguous or one
     * broadcast value.
     */
    static CpuStorage[] runFresh(SimdBackend backend, ElementwiseProgram program, View[] in, DType dtype, int numel) {
        return runFresh(backend, program, in, dtype, numel, () -> { });
    }

    /** As above; the calling thread runs {@code beforeAllocating} first (a test's delay or failure). */
    static CpuStorage[] runFresh(SimdBackend backend, ElementwiseProgram program, View[] in, DType dtype, int numel,
                                 Runnable beforeAllocating) {
        if ((dtype != DType.FLOAT32 && dtype != DType.FLOAT64) || !fits(in, dtype)) {
            return null;
        }
        CpuStorage[] fresh = new CpuStorage[program.outputs().length];
        Outputs outputs = new Outputs(fresh.length);
        share(new Plan(program, in, dtype, numel), numel, dtype, outputs, () -> {
            Object[] arrays = new Object[fresh.length];
            try {
                beforeAllocating.run();
                for (int k = 0; k < fresh.length; k++) {
                    fresh[k] = new CpuStorage(backend, dtype, numel);
                    arrays[k] = dtype == DType.FLOAT64 ? fresh[k].doubles() : fresh[k].floats();
                }
            } finally {
                outputs.arrays = fresh[fresh.length - 1] != null ? arrays : new Object[0]; // none: the others stop
            }
        });
        return fresh;
    }

    private static boolean fits(View[] in, DType dtype) {
        for (View v : in) {
            if (!SimdBackend.isFloat(v) || v.dtype() != dtype || !(v.isContiguous() || isBroadcastValue(v))) {
                return false;
            }
        }
        return true;
    }

    /** Where the outputs' elements go: their arrays (null until allocated) and the offset of element 0 in each. */
    private static final class Outputs {
        volatile Object[] arrays;
        final int[] offsets;

        Outputs(int count) {
            offsets = new int[count];
        }
    }

    /**
     * Runs the tiles on the threads, each taking the next until none is left; the caller's share first runs
     * {@code allocate} (if not null), which sets the outputs' arrays. A thread that finds them unset computes up to
     * {@value #STAGED} tiles into its staging area, then waits for them and copies its staged tiles over.
     */
    private static void share(Plan plan, int n, DType dtype, Outputs outputs, Runnable allocate) {
        int tiles = (n + TILE - 1) / TILE;
        int count = plan.outputs.length;
        AtomicInteger next = new AtomicInteger();
        Parallel.forRange(Math.max(1, tiles / GRAIN), 1, (from, to) -> {
            if (from == 0 && allocate != null) {
                allocate.run();
            }
            Object scratch = scratch(dtype == DType.FLOAT64 ? SCRATCH64 : SCRATCH32, dtype, plan.scratchSlots() * TILE);
            Object staging = null;
            int[] staged = new int[STAGED];
            int stagedCount = 0;
            int[] at = new int[count];
            Object[] stagingArrays = new Object[count];
            for (int t = next.getAndIncrement(); t < tiles; t = next.getAndIncrement()) {
                int start = t * TILE;
                Object[] arrays = outputs.arrays;
                if (arrays == null && stagedCount < STAGED) {
                    if (staging == null) {
                        staging = scratch(dtype == DType.FLOAT64 ? STAGING64 : STAGING32, dtype,
                                STAGED * count * TILE);
                        java.util.Arrays.fill(stagingArrays, staging);
                    }
                    for (int k = 0; k < count; k++) {
                        at[k] = (stagedCount * count + k) * TILE;
                    }
                    plan.runTile(scratch, start, Math.min(TILE, n - start), stagingArrays, at);
                    staged[stagedCount++] = t;
                    continue;
                }
                arrays = stagedCount > 0 ? unstage(staging, staged, stagedCount, n, outputs) : arrays;
                stagedCount = 0;
                if (arrays.length == 0) {
                    return;
                }
                for (int k = 0; k < count; k++) {
                    at[k] = outputs.offsets[k] + start;
                }
                plan.runTile(scratch, start, Math.min(TILE, n - start), arrays, at);
            }
            if (stagedCount > 0) {
                unstage(staging, staged, stagedCount, n, outputs);
            }
        });
    }

    /** Waits for the outputs' arrays, copies the staged tiles into them and returns them (none if allocation failed). */
    private static Object[] unstage(Object staging, int[] staged, int stagedCount, int n, Outputs outputs) {
        Object[] arrays = outputs.arrays;
        for (int spins = 1; arrays == null; spins++) {
            if (spins % 256 == 0) {
                Thread.yield(); // the allocating thread may be waiting for this core
            } else {
                Thread.onSpinWait();
            }
            arrays = outputs.arrays;
        }
        int count = arrays.length;
        for (int j = 0; j < stagedCount; j++) {
            int start = staged[j] * TILE;
            for (int k = 0; k < count; k++) {
                System.arraycopy(staging, (j * count + k) * TILE, arrays[k], outputs.offsets[k] + start,
                        Math.min(TILE, n - start));
            }
        }
        return arrays;
    }

    private static boolean isBroadcastValue(View v) {
        for (int s : v.strides()) {
            if (s != 0) {
                return false;
            }
        }
        return true;
    }

    /** The thread's array of {@code local}: a double[] or float[] of at least {@code size} elements. */
    private static Object scratch(ThreadLocal<Object> local, DType dtype, int size) {
        Object a = local.get();
        boolean fits = dtype == DType.FLOAT64 ? a instanceof double[] d && d.length >= size
                : a instanceof float[] f && f.length >= size;
        if (!fits) {
            a = dtype == DType.FLOAT64 ? new double[size] : new float[size];
            local.set(a);
        }
        return a;
    }

    /**
     * Where each step's value lies within a tile, worked out once per run, and the order a whole tile runs them in.
     * Two orders: one step after another over the tile (any tile), and, for whole tiles, in <em>stages</em>: each
     * call of a library routine (log, exp, ...) a loop of its own, each run of simple steps between them one
     * {@link GroupKernel} that keeps its intermediates in registers. A simple step joins the earliest run after the
     * calls it depends on, so the calls come as early as they can and the runs are as long as they can be.
     */
    static final class Plan {
        private static final int UNIFORM = 0;
        private static final int INPUT = 1;
        private static final int SCRATCH = 2;
        private static final int OUTPUT = 3;
        /** A staged step that lives only in a register of its run. */
        private static final int REGISTER = 4;
        /** {@code -Dadjoint.simd.generated=false} runs every tile one step after another. */
        private static final boolean GENERATED = !"false".equals(System.getProperty("adjoint.simd.generated"));

        private final List<Step> steps;
        private final DType dtype;
        private final int[] kind;
        /** The input, scratch slot or output index of each step, by kind. */
        private final int[] where;
        private final Object[] inArrays;
        private final int[] inOffsets;
        private final int[] inStrides;
        private final int[] outputs;
        private final Object uniforms;
        private final int slots;
        /** The staged order (null if no run of simple steps is worth a kernel) and its places. */
        private final Stage[] stages;
        private final int[] stagedKind;
        private final int[] stagedWhere;
        private final int stagedSlots;

        /** One stage of a whole tile: a step computed by a loop of its own, or a run of simple steps. */
        private sealed interface Stage {
        }

        private record Call(int step) implements Stage {
        }

        /** A generated run: external e of the kernel is step {@code externals[e]}'s value. */
        private record Run(GroupKernel kernel, int[] externals) implements Stage {
        }

        /** The plan of {@code p} on {@code n} elements of these inputs (kernels are generated only if a tile is whole). */
        Plan(ElementwiseProgram p, View[] in, DType dtype, int n) {
            steps = p.steps();
            outputs = p.outputs();
            this.dtype = dtype;
            int count = steps.size();
            kind = new int[count];
            where = new int[count];
            inArrays = new Object[in.length];
            inOffsets = new int[in.length];
            inStrides = new int[in.length];
            for (int k = 0; k < in.length; k++) {
                inArrays[k] = SimdBackend.array(in[k]);
                inOffsets[k] = in[k].offset();
                inStrides[k] = isBroadcastValue(in[k]) ? 0 : 1;
            }
            double[] u = p.uniformValues(dtype);
            uniforms = dtype == DType.FLOAT64 ? u : toFloats(u);
            slots = assign(p, count);
            stagedKind = kind.clone();
            stagedWhere = where.clone();
            Stage[] staged = null;
            if (GENERATED && n >= TILE) {
                try {
                    staged = stage(count);
                } catch (RuntimeException | LinkageError e) {
                    staged = null; // a kernel that cannot be generated: every tile runs step by step
                }
            }
            stages = staged;
            int used = 0;
            for (int i = 0; i < count; i++) {
                used = stagedKind[i] == SCRATCH ? Math.max(used, stagedWhere[i] + 1) : used;
            }
            stagedSlots = used;
        }

        /** Scratch slots a thread needs for either order. */
        int scratchSlots() {
            return Math.max(slots, stages == null ? 0 : stagedSlots);
        }

        /** Whether whole tiles run in stages with generated kernels (for tests). */
        boolean generated() {
            return stages != null;
        }

        /** Kinds and places of every step; returns the number of scratch slots used. */
        private int assign(ElementwiseProgram p, int count) {
            int[] lastUse = new int[count];
            for (int i = 0; i < count; i++) {
                for (int operand : operands(steps.get(i))) {
                    lastUse[operand] = i;
                }
            }
            java.util.Arrays.fill(where, -1);
            for (int k = 0; k < outputs.length; k++) {
                int s = outputs[k];
                if (!p.isUniform(s) && !(steps.get(s) instanceof Input) && where[s] < 0) {
                    kind[s] = OUTPUT;
                    where[s] = k;
                }
            }
            java.util.ArrayDeque<Integer> free = new java.util.ArrayDeque<>();
            int used = 0;
            for (int i = 0; i < count; i++) {
                Step s = steps.get(i);
                if (p.isUniform(i)) {
                    kind[i] = UNIFORM;
                    where[i] = i;
                    continue;
                }
                if (s instanceof Input input) {
                    kind[i] = INPUT;
                    where[i] = input.index();
                    continue;
                }
                for (int operand : operands(s)) {
                    if (kind[operand] == SCRATCH && lastUse[operand] == i && !free.contains(where[operand])) {
                        free.push(where[operand]); // an elementwise step may overwrite its own operand
                    }
                }
                if (kind[i] != OUTPUT) {
                    kind[i] = SCRATCH;
                    where[i] = free.isEmpty() ? used++ : free.pop();
                }
            }
            return used;
        }

        /**
         * The staged order, with {@link #stagedKind} and {@link #stagedWhere} set for it (a scratch slot for every
         * value another stage reads; no reuse), or null if no run has two simple steps.
         */
        private Stage[] stage(int count) {
            int[] depth = new int[count]; // calls on the longest path to the step, itself included
            boolean[] simple = new boolean[count];
            int deepest = 0;
            for (int i = 0; i < count; i++) {
                if (kind[i] == UNIFORM || kind[i] == INPUT) {
                    continue;
                }
                Step s = steps.get(i);
                simple[i] = GroupKernel.isSimple(op(s));
                for (int operand : operands(s)) {
                    depth[i] = Math.max(depth[i], depth[operand]);
                }
                depth[i] += simple[i] ? 0 : 1;
                deepest = Math.max(deepest, depth[i]);
            }
            // stage of a step: a call at depth d runs in stage 2d - 1, a simple step at depth d in run 2d
            int[] stageOf = new int[count];
            for (int i = 0; i < count; i++) {
                stageOf[i] = kind[i] == UNIFORM || kind[i] == INPUT ? -1 : simple[i] ? 2 * depth[i] : 2 * depth[i] - 1;
            }
            boolean[] kept = new boolean[count]; // read by another stage: needs a place in memory
            for (int i = 0; i < count; i++) {
                for (int operand : operands(steps.get(i))) {
                    if (stageOf[operand] >= 0 && (stageOf[operand] != stageOf[i] || !simple[i])) {
                        kept[operand] = true;
                    }
                }
            }
            int slot = 0;
            int longest = 0;
            int[] runLength = new int[2 * deepest + 1];
            for (int i = 0; i < count; i++) {
                if (stageOf[i] < 0 || stagedKind[i] == OUTPUT) {
                    continue;
                }
                if (!simple[i] || kept[i]) {
                    stagedKind[i] = SCRATCH;
                    stagedWhere[i] = slot++;
                } else {
                    stagedKind[i] = REGISTER;
                }
            }
            for (int i = 0; i < count; i++) {
                if (stageOf[i] >= 0 && simple[i]) {
                    longest = Math.max(longest, ++runLength[stageOf[i]]);
                }
            }
            if (longest < 2) {
                return null;
            }
            List<Stage> order = new java.util.ArrayList<>();
            for (int stage = 0; stage <= 2 * deepest; stage++) {
                List<Integer> members = new java.util.ArrayList<>();
                for (int i = 0; i < count; i++) {
                    if (stageOf[i] == stage) {
                        members.add(i);
                    }
                }
                if (stage % 2 == 1) {
                    members.forEach(i -> order.add(new Call(i)));
                } else if (!members.isEmpty()) {
                    order.add(run(members));
                }
            }
            return order.toArray(Stage[]::new);
        }

        /** The generated kernel of a run of simple steps (in program order), with the steps its externals hold. */
        private Run run(List<Integer> members) {
            List<Integer> externals = new java.util.ArrayList<>();
            List<Boolean> broadcast = new java.util.ArrayList<>();
            java.util.Map<Integer, Integer> local = new java.util.HashMap<>();
            List<GroupKernel.Op> ops = new java.util.ArrayList<>();
            java.util.Map<Integer, Integer> writes = new java.util.HashMap<>();
            for (int i : members) {
                int[] refs = new int[2];
                int[] operands = operands(steps.get(i));
                for (int j = 0; j < operands.length; j++) {
                    Integer l = local.get(operands[j]);
                    if (l == null) {
                        int e = externals.indexOf(operands[j]);
                        if (e < 0) {
                            e = externals.size();
                            externals.add(operands[j]);
                            broadcast.add(stride(operands[j]) == 0);
                        }
                        refs[j] = GroupKernel.Op.external(e);
                    } else {
                        refs[j] = l;
                    }
                }
                local.put(i, ops.size());
                ops.add(new GroupKernel.Op(op(steps.get(i)), refs[0], refs[1]));
                if (stagedKind[i] != REGISTER) {
                    writes.put(ops.size() - 1, externals.size());
                    externals.add(i);
                    broadcast.add(false);
                }
            }
            GroupKernel kernel = GroupKernel.of(new GroupKernel.Description(dtype, List.copyOf(broadcast), List.copyOf(ops),
                    java.util.Map.copyOf(writes)));
            return new Run(kernel, externals.stream().mapToInt(Integer::intValue).toArray());
        }

        private static Enum<?> op(Step s) {
            return switch (s) {
                case Unary u -> u.op();
                case Binary b -> b.op();
                default -> throw new IllegalStateException(s.toString());
            };
        }

        private static int[] operands(Step s) {
            return switch (s) {
                case Unary u -> new int[] {u.x()};
                case Binary b -> new int[] {b.a(), b.b()};
                default -> new int[0];
            };
        }

        private static float[] toFloats(double[] d) {
            float[] f = new float[d.length];
            for (int i = 0; i < d.length; i++) {
                f[i] = (float) d[i];
            }
            return f;
        }

        private Object array(int step, int[] kinds, int[] places, Object scratch, Object[] outs) {
            return switch (kinds[step]) {
                case UNIFORM -> uniforms;
                case INPUT -> inArrays[places[step]];
                case SCRATCH -> scratch;
                default -> outs[places[step]];
            };
        }

        private int offset(int step, int[] kinds, int[] places, int start, int[] at) {
            return switch (kinds[step]) {
                case UNIFORM -> places[step];
                case INPUT -> inOffsets[places[step]] + start * inStrides[places[step]];
                case SCRATCH -> places[step] * TILE;
                default -> at[places[step]];
            };
        }

        private int stride(int step) {
            return switch (kind[step]) {
                case UNIFORM -> 0;
                case INPUT -> inStrides[where[step]];
                default -> 1;
            };
        }

        /** Tile {@code [start, start + n)}: output k's elements go to {@code outs[k]} from index {@code at[k]}. */
        void runTile(Object scratch, int start, int n, Object[] outs, int[] at) {
            if (stages != null && n == TILE) {
                for (Stage stage : stages) {
                    switch (stage) {
                        case Call c -> runStep(c.step(), stagedKind, stagedWhere, scratch, start, n, outs, at);
                        case Run r -> {
                            Object[] arrays = new Object[r.externals().length];
                            int[] offsets = new int[arrays.length];
                            for (int e = 0; e < arrays.length; e++) {
                                int step = r.externals()[e];
                                arrays[e] = array(step, stagedKind, stagedWhere, scratch, outs);
                                offsets[e] = offset(step, stagedKind, stagedWhere, start, at);
                            }
                            r.kernel().run(arrays, offsets, n);
                        }
                    }
                }
            } else {
                for (int i = 0; i < steps.size(); i++) {
                    if (kind[i] == SCRATCH || kind[i] == OUTPUT) {
                        runStep(i, kind, where, scratch, start, n, outs, at);
                    }
                }
            }
            for (int k = 0; k < outputs.length; k++) {
                int s = outputs[k];
                if (kind[s] != OUTPUT || where[s] != k) {
                    copy(array(s, kind, where, scratch, outs), offset(s, kind, where, start, at), stride(s), outs[k], at[k], n);
                }
            }
        }

        /** Step {@code i} over the tile with one vector loop, its operands and result placed by {@code kinds}. */
        private void runStep(int i, int[] kinds, int[] places, Object scratch, int start, int n, Object[] outs, int[] at) {
            Object o = array(i, kinds, places, scratch, outs);
            int oo = offset(i, kinds, places, start, at);
            switch (steps.get(i)) {
                case Unary u when o instanceof double[] od -> DoubleLoops.unary(u.op(),
                        (double[]) array(u.x(), kinds, places, scratch, outs), offset(u.x(), kinds, places, start, at),
                        stride(u.x()), od, oo, 1, n);
                case Unary u -> FloatLoops.unary(u.op(),
                        (float[]) array(u.x(), kinds, places, scratch, outs), offset(u.x(), kinds, places, start, at),
                        stride(u.x()), (float[]) o, oo, 1, n);
                case Binary b when o instanceof double[] od -> DoubleLoops.binary(b.op(),
                        (double[]) array(b.a(), kinds, places, scratch, outs), offset(b.a(), kinds, places, start, at),
                        stride(b.a()), (double[]) array(b.b(), kinds, places, scratch, outs),
                        offset(b.b(), kinds, places, start, at), stride(b.b()), od, oo, 1, n);
                case Binary b -> FloatLoops.binary(b.op(),
                        (float[]) array(b.a(), kinds, places, scratch, outs), offset(b.a(), kinds, places, start, at),
                        stride(b.a()), (float[]) array(b.b(), kinds, places, scratch, outs),
                        offset(b.b(), kinds, places, start, at), stride(b.b()), (float[]) o, oo, 1, n);
                default -> throw new IllegalStateException();
            }
        }

        private static void copy(Object from, int offset, int stride, Object to, int at, int n) {
            if (stride == 1) {
                System.arraycopy(from, offset, to, at, n);
            } else if (to instanceof double[] d) {
                java.util.Arrays.fill(d, at, at + n, ((double[]) from)[offset]);
            } else {
                java.util.Arrays.fill((float[]) to, at, at + n, ((float[]) from)[offset]);
            }
        }
    }
}
