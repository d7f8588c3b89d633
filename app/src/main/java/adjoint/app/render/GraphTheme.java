package adjoint.app.render;

/**
 * The colours a graph is drawn in. {@link #LIGHT} and {@link #DARK} follow the app's themes; both keep text at a
 * contrast that reads from the back of a lecture hall.
 */
public record GraphTheme(String name, Rgba background, Rgba gridMinor, Rgba gridMajor, Rgba nodeFill, Rgba nodeBorder,
                         Rgba text, Rgba muted, Rgba gradient, Rgba edge, Rgba selection, Rgba error, Rgba warning, Rgba output,
                         Rgba heatNegative, Rgba heatZero, Rgba heatPositive, Rgba headerBase, double headerTint) {

    public static final GraphTheme LIGHT = new GraphTheme("light",
            Rgba.hex("#fbfbfc"), Rgba.hex("#8a8f9817"), Rgba.hex("#8a8f9838"), Rgba.hex("#ffffff"), Rgba.hex("#9aa1ad"),
            Rgba.hex("#15191f"), Rgba.hex("#525a66"), Rgba.hex("#b03a12"), Rgba.hex("#6b7380"), Rgba.hex("#1f66e0"), Rgba.hex("#d0202f"),
            Rgba.hex("#c76a00"), Rgba.hex("#7b3fc4"),
            Rgba.hex("#2166ac"), Rgba.hex("#f2f2f2"), Rgba.hex("#b2182b"), Rgba.hex("#ffffff"), 0.80);

    public static final GraphTheme DARK = new GraphTheme("dark",
            Rgba.hex("#1e2023"), Rgba.hex("#a0a6b014"), Rgba.hex("#a0a6b02e"), Rgba.hex("#2a2d33"), Rgba.hex("#5a606b"),
            Rgba.hex("#f1f3f6"), Rgba.hex("#b3b9c4"), Rgba.hex("#ffa26e"), Rgba.hex("#9098a6"), Rgba.hex("#5b9bff"), Rgba.hex("#ff5a64"),
            Rgba.hex("#ffab40"), Rgba.hex("#b488f5"),
            Rgba.hex("#4f9be8"), Rgba.hex("#3a3e46"), Rgba.hex("#f0575d"), Rgba.hex("#2a2d33"), 0.62);

    public static GraphTheme named(String name) {
        return "dark".equalsIgnoreCase(name) ? DARK : LIGHT;
    }

    /** The header band of a node of this category: its colour, faded towards the node's fill. */
    public Rgba header(NodeCategory category) {
        return category.colour().mix(headerBase, headerTint);
    }

    /** A value's colour in a heat map: blue below zero, red above, by its size relative to {@code scale}. */
    public Rgba heat(double value, double scale) {
        if (!Double.isFinite(value)) {
            return warning;
        }
        double t = scale == 0 ? 0 : Math.min(1, Math.abs(value) / scale);
        return heatZero.mix(value < 0 ? heatNegative : heatPositive, Math.sqrt(t));
    }
}
