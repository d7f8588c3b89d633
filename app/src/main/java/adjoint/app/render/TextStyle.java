package adjoint.app.render;

/**
 * How a run of text is set: size in canvas units, bold or not, proportional ("SansSerif") or monospaced, and
 * where it sits relative to the x it is drawn at.
 */
public record TextStyle(double size, boolean bold, boolean mono, Align align) {
    /** Where the text sits relative to its anchor x. */
    public enum Align { LEFT, CENTER, RIGHT }

    public static TextStyle sans(double size) {
        return new TextStyle(size, false, false, Align.LEFT);
    }

    public static TextStyle bold(double size) {
        return new TextStyle(size, true, false, Align.LEFT);
    }

    public static TextStyle mono(double size) {
        return new TextStyle(size, false, true, Align.LEFT);
    }

    public TextStyle emphasised() {
        return new TextStyle(size, true, mono, align);
    }

    public TextStyle aligned(Align a) {
        return new TextStyle(size, bold, mono, a);
    }

    /** The logical font family every surface asks for (JavaFX and Java2D both know these names). */
    public String family() {
        return mono ? "Monospaced" : "SansSerif";
    }

    /** The CSS font-family list an SVG viewer resolves. */
    public String cssFamily() {
        return mono ? "'DejaVu Sans Mono', Menlo, Consolas, monospace" : "'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif";
    }
}
