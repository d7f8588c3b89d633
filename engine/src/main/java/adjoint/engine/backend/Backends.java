package adjoint.engine.backend;

import adjoint.engine.Device;
import adjoint.engine.TensorException;
import java.util.List;

/** The backends this engine has, by device kind. New backends register here and nowhere else. */
public final class Backends {
    private Backends() {
    }

    /** The device kinds, in order of preference for display. */
    public static List<String> kinds() {
        return List.of("cpu");
    }

    public static Backend forDevice(Device device) {
        return switch (device.kind()) {
            case "cpu" -> ReferenceBackend.INSTANCE;
            default -> throw new TensorException("device '" + device + "' is not available");
        };
    }
}
