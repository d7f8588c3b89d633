package adjoint.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {
    private final Preferences node = Preferences.userRoot().node("dev/adjoint-test/" + System.nanoTime());
    private final Settings settings = new Settings(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void freshSettingsUseTheLightThemeAndNoBounds() {
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        assertThat(settings.windowBounds()).isEmpty();
    }

    @Test
    void themeAndWindowBoundsAreRemembered() {
        WindowBounds bounds = new WindowBounds(10, 20, 800, 600, true);
        settings.setTheme(Theme.DARK);
        settings.setWindowBounds(bounds);

        Settings reread = new Settings(node);
        assertThat(reread.theme()).isEqualTo(Theme.DARK);
        assertThat(reread.windowBounds()).contains(bounds);
    }

    @Test
    void anUnknownThemeNameFallsBackToLight() {
        node.put("theme", "SEPIA");
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
    }
}
