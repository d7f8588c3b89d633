package adjoint.engine;

import adjoint.engine.backend.Backend;
import adjoint.engine.backend.ReferenceBackend;

/**
 * Where tensors live and which backend computes on them.
 *
 * <pre>{@code Device.parse("cpu").backend().name(); // "cpu"}</pre>
 */
public record Device(String kind, int index) {
    public static final Device CPU = new Device("cpu", 0);

    public static Device parse(String text) {
        String[] parts = text.split(":", 2);
        int index = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        return switch (parts[0]) {
            case "cpu" -> CPU;
            default -> throw new TensorException("unknown device '" + text + "' (available: cpu)");
        };
    }

    /** The backend that executes primitives for this device. */
    public Backend backend() {
        return ReferenceBackend.INSTANCE;
    }

    @Override
    public String toString() {
        return index == 0 && kind.equals("cpu") ? kind : kind + ":" + index;
    }
}
