package adjoint.engine.backend.opencl;

import adjoint.engine.Device;
import adjoint.engine.backend.simd.GoldenCasesOnDevice;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every golden case evaluated with gpu:0 as the default device: values and gradients computed by OpenCL kernels. */
class OpenClGoldenCasesTest {
    @TestFactory
    Stream<DynamicTest> everyGoldenCaseOnTheGpu() {
        OpenClBackendTest.openedOrSkip();
        return GoldenCasesOnDevice.on(Device.parse("gpu:0"));
    }
}
