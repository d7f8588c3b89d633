package adjoint.app.render;

import java.util.Locale;

/**
 * A colour with opacity, each channel in [0, 1]. Surfaces turn it into their own colour type.
 *
 * <pre>{@code Rgba.hex("#3b74d6").mix(Rgba.WHITE, 0.5).hex(); // "#9dbaeb"}</pre>
 */
public record Rgba(double r, double g, double b, double a) {
    public static final Rgba WHITE = new Rgba(1, 1, 1, 1);
    public static final Rgba BLACK = new Rgba(0, 0, 0, 1);
    public static final Rgba TRANSPARENT = new Rgba(0, 0, 0, 0);

    public Rgba {
        r = clamp(r);
        g = clamp(g);
        b = clamp(b);
        a = clamp(a);
    }

    /** {@code #rrggbb} or {@code #rrggbbaa}. */
    public static Rgba hex(String text) {
        String h = text.startsWith("#") ? text.substring(1) : text;
        int alpha = h.length() == 8 ? Integer.parseInt(h.substring(6, 8), 16) : 255;
        return new Rgba(Integer.parseInt(h.substring(0, 2), 16) / 255.0, Integer.parseInt(h.substring(2, 4), 16) / 255.0,
                Integer.parseInt(h.substring(4, 6), 16) / 255.0, alpha / 255.0);
    }

    public Rgba withAlpha(double alpha) {
        return new Rgba(r, g, b, alpha);
    }

    /** This colour moved a fraction {@code t} of the way to {@code other}. */
    public Rgba mix(Rgba other, double t) {
        return new Rgba(r + (other.r - r) * t, g + (other.g - g) * t, b + (other.b - b) * t, a + (other.a - a) * t);
    }

    /** {@code #rrggbb}, without the opacity. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", to255(r), to255(g), to255(b));
    }

    public int argb() {
        return to255(a) << 24 | to255(r) << 16 | to255(g) << 8 | to255(b);
    }

    private static int to255(double v) {
        return (int) Math.round(v * 255);
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }
}
