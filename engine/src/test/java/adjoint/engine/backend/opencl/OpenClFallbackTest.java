package adjoint.engine.backend.opencl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adjoint.engine.DType;
import adjoint.engine.DefaultDevice;
import adjoint.engine.Device;
import adjoint.engine.Tensor;
import adjoint.engine.TensorException;
import adjoint.engine.backend.simd.SimdBackend;
import org.jocl.CL;
import org.jocl.CLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When OpenCL cannot run, {@code gpu} computes on {@code simd} and says why; it never crashes. Each way a real
 * driver fails is simulated by an opener that fails the same way; a kernel build error and a device index that does
 * not exist are real (they need this machine's OpenCL device, as CI has).
 */
class OpenClFallbackTest {
    @AfterEach
    void restoreTheRealDriver() {
        OpenClDevices.useOpener(null);
    }

    private static void assertFallsBackSaying(String why) {
        Device gpu = Device.parse("gpu");
        assertThat(gpu.backend()).isSameAs(SimdBackend.INSTANCE);
        assertThat(Device.notices()).anySatisfy(n -> assertThat(n).startsWith("gpu:0 is not available").contains(why)
                .endsWith("computing on simd instead"));
        try (var d = DefaultDevice.use(gpu)) {
            assertThat(Tensor.of(1, 2).add(1.0).sum().item()).isEqualTo(5.0);
        }
    }

    @Test
    void withoutAnOpenClLibraryGpuComputesOnSimd() {
        OpenClDevices.useOpener(i -> {
            throw new UnsatisfiedLinkError("libOpenCL.so.1: cannot open shared object file: No such file or directory");
        });
        assertFallsBackSaying("no OpenCL library could be loaded");
    }

    @Test
    void withoutAPlatformGpuComputesOnSimd() {
        OpenClDevices.useOpener(i -> {
            throw new CLException("CL_PLATFORM_NOT_FOUND_KHR", CL.CL_PLATFORM_NOT_FOUND_KHR);
        });
        assertFallsBackSaying("CL_PLATFORM_NOT_FOUND_KHR");
    }

    @Test
    void whenTheKernelsDoNotBuildGpuComputesOnSimd() {
        OpenClBackendTest.openedOrSkip();
        OpenClDevices.useOpener(i -> OpenClBackend.open(i, "kernel void broken(global float* x) { x[0] = ; }", true));
        assertFallsBackSaying("kernel build error");
    }

    @Test
    void whenTheDeviceIsOutOfMemoryGpuComputesOnSimd() {
        OpenClDevices.useOpener(i -> {
            throw new CLException("CL_MEM_OBJECT_ALLOCATION_FAILURE", CL.CL_MEM_OBJECT_ALLOCATION_FAILURE);
        });
        assertFallsBackSaying("out of device memory");
    }

    @Test
    void aDeviceNumberThatDoesNotExistComputesOnSimd() {
        OpenClBackendTest.openedOrSkip();
        assertThat(Device.parse("gpu:57").backend()).isSameAs(SimdBackend.INSTANCE);
        assertThat(Device.notices()).anySatisfy(n -> assertThat(n).contains("gpu:57 is not available (no OpenCL device 57"));
    }

    @Test
    void float64OnADeviceWithoutItIsAClearError() {
        OpenClBackendTest.openedOrSkip();
        OpenClDevices.useOpener(i -> OpenClBackend.open(i, null, false));
        try (var d = DefaultDevice.use(Device.parse("gpu"))) {
            assertThat(Tensor.fromDoubles(DType.FLOAT32, new double[] {1, 2}, 2).mul(2.0).toDoubles()).containsExactly(2, 4);
            assertThatThrownBy(() -> Tensor.fromDoubles(DType.FLOAT64, new double[] {1, 2}, 2))
                    .isInstanceOf(TensorException.class).hasMessageContaining("does not support float64");
        }
    }
}
