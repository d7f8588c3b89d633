package adjoint.engine.backend.simd;

import static org.assertj.core.api.Assertions.assertThat;

import adjoint.engine.DType;
import adjoint.engine.Device;
import adjoint.engine.backend.Backend;
import adjoint.engine.backend.BinaryOp;
import adjoint.engine.backend.CpuStorage;
import adjoint.engine.backend.View;
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
