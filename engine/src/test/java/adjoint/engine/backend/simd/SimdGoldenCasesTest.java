package adjoint.engine.backend.simd;

import adjoint.engine.Device;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every golden case evaluated on the SIMD backend (the reference backend runs them in lang.GoldenCasesTest). */
class SimdGoldenCasesTest {
    @TestFactory
    Stream<DynamicTest> everyGoldenCaseOnSimd() {
        return GoldenCasesOnDevice.on(Device.parse("simd"));
    }
}
