package adjoint.engine.backend.simd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.DType;
import adjoint.engine.Device;
import adjoint.engine.backend.Backend;
import adjoint.engine.backend.BinaryOp;
import adjoint.engine.backend.CpuStorage;
import adjoint.engine.backend.ElementwiseProgram;
import adjoint.engine.backend.UnaryOp;
import adjoint.engine.backend.View;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The SIMD backend against the reference, primitive by primitive, plus what is particular to it. */
class SimdBackendTest extends PrimitiveConformance {
    @Override
    protected Backend backend() {
        return SimdBackend.INSTANCE;
    }

    @Test
    void theVectorApiIsThereAndSimdIsTheDefaultDevice() {
        assertThat(SimdBackend.available()).isTrue();
        assertThat(Device.parse("simd").backend()).isSameAs(SimdBackend.INSTANCE);
        assertThat(Device.preferred()).isEqualTo(Device.parse("simd"));
    }

    @Test
    void simdAndReferenceShareHeapArrays() {
        View v = View.of(SimdBackend.INSTANCE.fromDoubles(DType.FLOAT32, new double[] {1, 2, 3}), new int[] {3});
        assertThat(v.storage()).isInstanceOf(CpuStorage.class);
        assertThat(REF.toDoubles(v)).containsExactly(1, 2, 3);
    }

    @Test
    void tailsOfEveryLengthAreComputed() {
        for (int n = 1; n < 70; n++) {
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = i;
                b[i] = 2 * i + 1;
            }
            for (DType t : floats()) {
                View x = View.of(SimdBackend.INSTANCE.fromDoubles(t, a), new int[] {n});
                View y = View.of(SimdBackend.INSTANCE.fromDoubles(t, b), new int[] {n});
                View out = View.of(SimdBackend.INSTANCE.allocate(t, n), new int[] {n});
                SimdBackend.INSTANCE.binary(BinaryOp.ADD, x, y, out);
                double[] got = SimdBackend.INSTANCE.toDoubles(out);
                for (int i = 0; i < n; i++) {
                    assertThat(got[i]).isEqualTo(3.0 * i + 1);
                }
            }
        }
    }

    @Test
    void elementwiseProgramsRunTileByTileExactlyAsTheirStepsOneByOne() {
        ElementwiseProgramConformance.check(SimdBackend.INSTANCE, floats());
    }

    @Test
    void tilesComputedWhileTheOutputsAreAllocatedLandInThem() {
        // IEEE-exact steps only: a transcendental kernel may round differently once the JIT has compiled it
        ElementwiseProgram.Builder b = ElementwiseProgram.builder(2);
        int x = b.input(0);
        int square = b.binary(BinaryOp.MUL, x, x);
        int f = b.unary(UnaryOp.NEG, b.binary(BinaryOp.DIV, b.binary(BinaryOp.SUB, square, b.input(1)), x));
        ElementwiseProgram p = b.build(f, square, x, b.constant(2), f);
        int n = 300_000; // 293 tiles: more than a thread stages before it waits for the outputs
        double[] data = new double[n];
        Random r = new Random(5);
        for (int i = 0; i < n; i++) {
            data[i] = -3 + 6 * r.nextDouble();
        }
        int[] shape = {n};
        View[] in = {View.of(SimdBackend.INSTANCE.fromDoubles(DType.FLOAT64, data), shape),
            new View(SimdBackend.INSTANCE.fromDoubles(DType.FLOAT64, new double[] {0.5}), shape, new int[1], 0)};
        View[] want = new View[p.outputs().length];
        for (int k = 0; k < want.length; k++) {
            want[k] = View.of(SimdBackend.INSTANCE.allocate(DType.FLOAT64, n), shape);
        }
        p.runStepByStep(SimdBackend.INSTANCE, in, want);

        CpuStorage[] got = ElementwiseTiles.runFresh(SimdBackend.INSTANCE, p, in, DType.FLOAT64, n, () -> sleep(30));

        for (int k = 0; k < want.length; k++) {
            assertThat(ElementwiseProgramConformance.bits(got[k].doubles())).as("output " + k)
                    .containsExactly(ElementwiseProgramConformance.bits(SimdBackend.INSTANCE.toDoubles(want[k])));
        }
    }

    @Test
    void aFailedAllocationLeavesNoThreadWaitingForIt() {
        ElementwiseProgram p = ElementwiseProgramConformance.randomProgram(new Random(3));
        int[] shape = {100_000};
        View[] in = {View.of(SimdBackend.INSTANCE.allocate(DType.FLOAT64, 100_000), shape),
            new View(SimdBackend.INSTANCE.fromDoubles(DType.FLOAT64, new double[] {0.5}), shape, new int[1], 0)};

        assertThatThrownBy(() -> ElementwiseTiles.runFresh(SimdBackend.INSTANCE, p, in, DType.FLOAT64, 100_000, () -> {
            sleep(30);
            throw new OutOfMemoryError("test");
        })).isInstanceOf(OutOfMemoryError.class);
        assertThat(ElementwiseTiles.runFresh(SimdBackend.INSTANCE, p, in, DType.FLOAT64, 100_000)).hasSize(p.outputs().length);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void nanPropagatesThroughMaxAsInPyTorch() {
        double[] data = new double[100];
        data[37] = Double.NaN;
        for (DType t : floats()) {
            View x = View.of(SimdBackend.INSTANCE.fromDoubles(t, data), new int[] {100});
            View out = View.of(SimdBackend.INSTANCE.allocate(t, 1), new int[] {1});
            SimdBackend.INSTANCE.reduce(adjoint.engine.backend.ReduceOp.MAX, x, out);
            assertThat(SimdBackend.INSTANCE.toDoubles(out)[0]).isNaN();
        }
    }
}
