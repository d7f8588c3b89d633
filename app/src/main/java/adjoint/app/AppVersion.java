package adjoint.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of Adjoint, as Maven wrote it into {@code adjoint/app/version.properties} at build time. */
public final class AppVersion {
    private static final String RESOURCE = "version.properties";

    private AppVersion() {
    }

    /** The release version, for example {@code 0.1.0}. */
    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
