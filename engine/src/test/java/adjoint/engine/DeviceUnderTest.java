package adjoint.engine;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps property tests honest about the backend they run on. The build runs the gradient properties once per
 * device ({@code -Dadjoint.device=cpu}, {@code simd}, {@code gpu}: see the {@code properties-on-every-backend} profile
 * of {@code engine/pom.xml}); where the device asked for is not the one computing (no OpenCL driver, so {@code gpu}
 * fell back to {@code simd}), the properties are skipped with the reason, and where CI runs ({@code CI} set) they
 * fail instead, as the OpenCL tests do. Each property class registers it with
 * {@code @ExtendWith(DeviceUnderTest.class)}; a build that asks for no device is left alone.
 */
public final class DeviceUnderTest implements ExecutionCondition, BeforeAllCallback {

    /** The device asked for with {@code -Dadjoint.device}, or null. */
    static String requested() {
        String d = System.getProperty("adjoint.device");
        return d == null || d.isBlank() ? null : d.trim();
    }

    /** Why the default device is not the one asked for, or null when it is (or none was asked for). */
    static String mismatch() {
        String asked = requested();
        if (asked == null) {
            return null;
        }
        String kind = asked.split(":")[0];
        String running = DefaultDevice.get().backend().name();
        return running.split(":")[0].equals(kind) ? null
                : "-Dadjoint.device=" + asked + " asked for, but tensors run on " + running + ": " + Device.notices();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String why = mismatch();
        return why != null && System.getenv("CI") == null ? ConditionEvaluationResult.disabled(why)
                : ConditionEvaluationResult.enabled("the device asked for computes, or none was asked for");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String why = mismatch();
        if (why != null) {
            throw new AssertionError(why);
        }
    }
}
