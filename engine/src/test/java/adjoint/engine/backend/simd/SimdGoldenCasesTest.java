package adjoint.engine.backend.simd;

import adjoint.engine.Device;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every golden case evaluated on the SIMD backend (and, for comparison, on the plain reference). */
class SimdGoldenCasesTest {
    @TestFactory
    Stream<DynamicTest> everyGoldenCaseOnSimd() {
        return GoldenCasesOnDevice.on(Device.parse("simd"));
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenCaseOnTheCpuReference() {
        return GoldenCasesOnDevice.on(Device.CPU);
    }
}
