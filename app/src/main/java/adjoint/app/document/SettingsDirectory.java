package adjoint.app.document;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Adjoint keeps files of its own between runs (the autosave's recovery file, the recent files): the
 * platform's folder for application settings.
 */
public final class SettingsDirectory {
    private SettingsDirectory() {
    }

    /**
     * {@code $XDG_CONFIG_HOME/adjoint} or {@code ~/.config/adjoint} on Linux, {@code ~/Library/Application
     * Support/Adjoint} on macOS, {@code %APPDATA%\Adjoint} on Windows.
     */
    public static Path forUser() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Adjoint");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Adjoint");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config")).resolve("adjoint");
    }
}
