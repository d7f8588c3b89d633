package adjoint.engine.lang;

import adjoint.engine.Device;
import adjoint.engine.backend.simd.GoldenCasesOnDevice;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of {@code shared/golden/autograd-cases.json}, computed by real PyTorch, evaluated by our engine on the
 * plain-Java reference backend: the same check {@code check_cli.py} runs against {@code adjoint eval}, inside the
 * test command. The SIMD and OpenCL backends run the same cases in their own tests.
 */
class GoldenCasesTest {
    @TestFactory
    Stream<DynamicTest> everyGoldenCaseComputesWhatPyTorchComputes() {
        return GoldenCasesOnDevice.on(Device.CPU);
    }
}
