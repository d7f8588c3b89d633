package adjoint.app.settings;

import java.util.Optional;
import java.util.prefs.Preferences;

/** What the app remembers between runs (theme, window bounds), kept in {@link Preferences}. */
public final class Settings {
    private static final String THEME = "theme";
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private final Preferences preferences;

    /** Settings stored in the given node; tests pass a node of their own. */
    public Settings(Preferences preferences) {
        this.preferences = preferences;
    }

    /** The current user's settings. */
    public static Settings forUser() {
        return new Settings(Preferences.userRoot().node("dev/adjoint"));
    }

    public Theme theme() {
        String name = preferences.get(THEME, Theme.LIGHT.name());
        try {
            return Theme.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return Theme.LIGHT;
        }
    }

    public void setTheme(Theme theme) {
        preferences.put(THEME, theme.name());
    }

    /** The remembered window bounds, if there are any that make sense. */
    public Optional<WindowBounds> windowBounds() {
        double width = preferences.getDouble(WIDTH, -1);
        double height = preferences.getDouble(HEIGHT, -1);
        if (!(width > 0 && height > 0)) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(
                preferences.getDouble(X, 0), preferences.getDouble(Y, 0), width, height,
                preferences.getBoolean(MAXIMIZED, false)));
    }

    public void setWindowBounds(WindowBounds bounds) {
        preferences.putDouble(X, bounds.x());
        preferences.putDouble(Y, bounds.y());
        preferences.putDouble(WIDTH, bounds.width());
        preferences.putDouble(HEIGHT, bounds.height());
        preferences.putBoolean(MAXIMIZED, bounds.maximized());
    }
}
