package adjoint.engine.backend.opencl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import adjoint.engine.DType;
import adjoint.engine.Device;
import adjoint.engine.backend.Backend;
import adjoint.engine.backend.View;
import adjoint.engine.backend.simd.ElementwiseProgramConformance;
import adjoint.engine.backend.simd.PrimitiveConformance;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenCL backend against the reference, primitive by primitive, on this machine's first OpenCL device (in CI,
 * PoCL's CPU device). Where CI runs ({@code CI} set) a missing OpenCL device fails these tests instead of skipping.
 */
class OpenClBackendTest extends PrimitiveConformance {
    private static Backend gpu;

    /** The first OpenCL device, opened for real; skips only outside CI when this machine has none. */
    static Backend openedOrSkip() {
        Backend b = Device.parse("gpu:0").backend();
        boolean opened = b instanceof OpenClBackend;
        if (System.getenv("CI") == null) {
            assumeTrue(opened, "no OpenCL device here: " + Device.notices());
        }
        assertThat(opened).as("an OpenCL device must be available: " + Device.notices()).isTrue();
        return b;
    }

    @BeforeAll
    static void open() {
        gpu = openedOrSkip();
    }

    @Override
    protected Backend backend() {
        return gpu;
    }

    @Override
    protected List<DType> floats() {
        return ((OpenClBackend) gpu).supportsFloat64() ? List.of(DType.FLOAT32, DType.FLOAT64) : List.of(DType.FLOAT32);
    }

    @Test
    void elementwiseProgramsRunAsTheirStepsOneByOne() {
        ElementwiseProgramConformance.check(gpu, floats());
    }

    @Test
    void tensorsStayOnTheDeviceBetweenOperations() {
        View x = View.of(gpu.fromDoubles(DType.FLOAT32, new double[] {1, 2, 3}), new int[] {3});
        View y = View.of(gpu.allocate(DType.FLOAT32, 3), new int[] {3});
        gpu.unary(adjoint.engine.backend.UnaryOp.EXP, x, y);
        assertThat(y.storage()).isInstanceOf(OpenClStorage.class);
        assertThat(y.storage().backend()).isSameAs(gpu);
    }

    @Test
    void everyMatmulTilingComputesTheProductOnAlignedAndRaggedShapes() {
        java.util.Random r = new java.util.Random(11);
        int[][] sizes = {{256, 64, 256}, {200, 37, 150}, {129, 16, 131}, {1, 300, 5}};
        for (Kernels.Tiling tiling : Kernels.Tiling.values()) {
            for (DType t : floats()) {
                for (int[] mkn : sizes) {
                    Pair a = input(t, new int[] {mkn[0], mkn[1]}, r, false, false);
                    Pair b = input(t, new int[] {mkn[1], mkn[2]}, r, false, false);
                    View refOut = View.of(REF.allocate(t, mkn[0] * mkn[2]), new int[] {mkn[0], mkn[2]});
                    View dutOut = View.of(gpu.allocate(t, mkn[0] * mkn[2]), new int[] {mkn[0], mkn[2]});
                    REF.matmul(a.ref(), b.ref(), refOut);
                    OpenClMatmul.multiply((OpenClBackend) gpu, a.dut(), b.dut(), dutOut, tiling);
                    assertMatches(new Pair(refOut, dutOut), 1e-5, 1e-5 * mkn[1], tiling + " " + t + " "
                            + java.util.Arrays.toString(mkn) + " strides " + java.util.Arrays.toString(a.ref().strides())
                            + " x " + java.util.Arrays.toString(b.ref().strides()));
                }
            }
        }
    }

    @Test
    void theDeviceDescribesItself() {
        assertThat(Device.parse("gpu").describe()).startsWith("gpu:0: ").contains("OpenCL");
        assertThat(OpenClDevices.list()).isNotEmpty();
    }
}
