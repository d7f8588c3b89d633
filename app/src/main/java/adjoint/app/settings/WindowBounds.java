package adjoint.app.settings;

/** Where the main window was and how big it was, in screen coordinates. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    public WindowBounds {
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("window size must be positive: " + width + " x " + height);
        }
    }
}
