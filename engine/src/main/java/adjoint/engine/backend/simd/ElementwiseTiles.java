package adjoint.engine.backend.simd;

import adjoint.engine.DType;
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
 * operations, so the results equal theirs bit for bit. Intermediates live in a per-thread scratch array, one slot
 * per value still needed (a value's slot is reused once its last reader has run); a step that is an output is
 * written straight into the output's array. Threads take tiles from a shared counter, so a core that another
 * process slows down takes fewer.
 */
final class ElementwiseTiles {
    /** Elements per tile: a few dozen values of a tile fit in a core's L1 and L2 caches. */
    static final int TILE = 1024;
    /** Tiles per thread below which a program stays on one thread. */
    private static final int GRAIN = 8;
    private static final ThreadLocal<double[]> DOUBLE_SCRATCH = ThreadLocal.withInitial(() -> new double[0]);
    private static final ThreadLocal<float[]> FLOAT_SCRATCH = ThreadLocal.withInitial(() -> new float[0]);

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
        for (View v : in) {
            if (!SimdBackend.isFloat(v) || v.dtype() != dtype || !(v.isContiguous() || isBroadcastValue(v))) {
                return false;
            }
        }
        Plan plan = new Plan(program, in, out, dtype);
        int n = out[0].numel();
        int tiles = (n + TILE - 1) / TILE;
        AtomicInteger next = new AtomicInteger();
        // one worker per share of the threads; each takes the next tile until none is left
        Parallel.forRange(Math.max(1, tiles / GRAIN), 1, (from, to) -> {
            Object scratch = scratch(dtype, plan.slots * TILE);
            for (int t = next.getAndIncrement(); t < tiles; t = next.getAndIncrement()) {
                plan.runTile(scratch, t * TILE, Math.min(TILE, n - t * TILE));
            }
        });
        return true;
    }

    private static boolean isBroadcastValue(View v) {
        for (int s : v.strides()) {
            if (s != 0) {
                return false;
            }
        }
        return true;
    }

    private static Object scratch(DType dtype, int size) {
        if (dtype == DType.FLOAT64) {
            double[] s = DOUBLE_SCRATCH.get();
            if (s.length < size) {
                s = new double[size];
                DOUBLE_SCRATCH.set(s);
            }
            return s;
        }
        float[] s = FLOAT_SCRATCH.get();
        if (s.length < size) {
            s = new float[size];
            FLOAT_SCRATCH.set(s);
        }
        return s;
    }

    /** Where each step's value lies within a tile, worked out once per run. */
    private static final class Plan {
        private static final int UNIFORM = 0;
        private static final int INPUT = 1;
        private static final int SCRATCH = 2;
        private static final int OUTPUT = 3;

        private final List<Step> steps;
        private final int[] kind;
        /** The input, scratch slot or output index of each step, by kind. */
        private final int[] where;
        private final Object[] inArrays;
        private final int[] inOffsets;
        private final int[] inStrides;
        private final Object[] outArrays;
        private final int[] outOffsets;
        private final int[] outputs;
        private final Object uniforms;
        private final int slots;

        Plan(ElementwiseProgram p, View[] in, View[] out, DType dtype) {
            steps = p.steps();
            outputs = p.outputs();
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
            outArrays = new Object[out.length];
            outOffsets = new int[out.length];
            for (int k = 0; k < out.length; k++) {
                outArrays[k] = SimdBackend.array(out[k]);
                outOffsets[k] = out[k].offset();
            }
            double[] u = p.uniformValues(dtype);
            uniforms = dtype == DType.FLOAT64 ? u : toFloats(u);
            slots = assign(p, count);
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

        private Object array(int step, Object scratch) {
            return switch (kind[step]) {
                case UNIFORM -> uniforms;
                case INPUT -> inArrays[where[step]];
                case SCRATCH -> scratch;
                default -> outArrays[where[step]];
            };
        }

        private int offset(int step, int start) {
            return switch (kind[step]) {
                case UNIFORM -> where[step];
                case INPUT -> inOffsets[where[step]] + start * inStrides[where[step]];
                case SCRATCH -> where[step] * TILE;
                default -> outOffsets[where[step]] + start;
            };
        }

        private int stride(int step) {
            return switch (kind[step]) {
                case UNIFORM -> 0;
                case INPUT -> inStrides[where[step]];
                default -> 1;
            };
        }

        void runTile(Object scratch, int start, int n) {
            for (int i = 0; i < steps.size(); i++) {
                if (kind[i] != SCRATCH && kind[i] != OUTPUT) {
                    continue;
                }
                Object o = array(i, scratch);
                int oo = offset(i, start);
                switch (steps.get(i)) {
                    case Unary u when o instanceof double[] od -> DoubleLoops.unary(u.op(),
                            (double[]) array(u.x(), scratch), offset(u.x(), start), stride(u.x()), od, oo, 1, n);
                    case Unary u -> FloatLoops.unary(u.op(),
                            (float[]) array(u.x(), scratch), offset(u.x(), start), stride(u.x()), (float[]) o, oo, 1, n);
                    case Binary b when o instanceof double[] od -> DoubleLoops.binary(b.op(),
                            (double[]) array(b.a(), scratch), offset(b.a(), start), stride(b.a()),
                            (double[]) array(b.b(), scratch), offset(b.b(), start), stride(b.b()), od, oo, 1, n);
                    case Binary b -> FloatLoops.binary(b.op(),
                            (float[]) array(b.a(), scratch), offset(b.a(), start), stride(b.a()),
                            (float[]) array(b.b(), scratch), offset(b.b(), start), stride(b.b()), (float[]) o, oo, 1, n);
                    default -> throw new IllegalStateException();
                }
            }
            for (int k = 0; k < outputs.length; k++) {
                int s = outputs[k];
                if (kind[s] != OUTPUT || where[s] != k) {
                    copy(array(s, scratch), offset(s, start), stride(s), outArrays[k], outOffsets[k] + start, n);
                }
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
