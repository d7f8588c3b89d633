package adjoint.app.render;

import java.util.Locale;

/**
 * A surface that writes SVG text directly: shapes as SVG elements, text as {@code <text>} (so it stays text, can
 * be searched and copied), colours as hex with opacity.
 *
 * <pre>{@code
 * SvgSurface svg = new SvgSurface(400, 300, 0, 0, Rgba.WHITE);
 * svg.text("w2", 10, 20, TextStyle.bold(20), Rgba.BLACK);
 * svg.finish(); // "<svg ...><text ...>w2</text></svg>"
 * }</pre>
 */
public final class SvgSurface implements Surface {
    private final StringBuilder out = new StringBuilder();

    /**
     * @param width      picture width
     * @param height     picture height
     * @param originX    the canvas x drawn at the picture's left edge
     * @param originY    the canvas y drawn at the top edge
     * @param background a fill for the whole picture, or null for none
     */
    public SvgSurface(double width, double height, double originX, double originY, Rgba background) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%s\" height=\"%s\" "
                        + "viewBox=\"0 0 %s %s\">\n", n(width), n(height), n(width), n(height)));
        if (background != null) {
            out.append("<rect x=\"0\" y=\"0\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                    .append('"').append(fill(background)).append("/>\n");
        }
        out.append("<g transform=\"translate(").append(n(-originX)).append(' ').append(n(-originY)).append(")\">\n");
    }

    /** The finished document. */
    public String finish() {
        return out + "</g>\n</svg>\n";
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgba fill) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append('"').append(fill(fill)).append("/>\n");
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double radius, Rgba fill) {
        roundRect(x, y, w, h, radius).append(fill(fill)).append("/>\n");
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double radius, Rgba stroke, double width) {
        roundRect(x, y, w, h, radius).append(" fill=\"none\"").append(stroke(stroke, width)).append("/>\n");
    }

    @Override
    public void fillCircle(double cx, double cy, double r, Rgba fill) {
        circle(cx, cy, r).append(fill(fill)).append("/>\n");
    }

    @Override
    public void strokeCircle(double cx, double cy, double r, Rgba stroke, double width) {
        circle(cx, cy, r).append(" fill=\"none\"").append(stroke(stroke, width)).append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgba stroke, double width, boolean dashed) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append('"').append(stroke(stroke, width))
                .append(dashed ? " stroke-dasharray=\"6 4\"" : "").append("/>\n");
    }

    @Override
    public void curve(double x1, double y1, double cx1, double cy1, double cx2, double cy2, double x2, double y2,
                      Rgba stroke, double width) {
        out.append("<path d=\"M").append(n(x1)).append(' ').append(n(y1)).append(" C").append(n(cx1)).append(' ')
                .append(n(cy1)).append(' ').append(n(cx2)).append(' ').append(n(cy2)).append(' ').append(n(x2))
                .append(' ').append(n(y2)).append("\" fill=\"none\"").append(stroke(stroke, width)).append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba fill) {
        out.append("<polygon points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        out.append('"').append(fill(fill)).append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgba fill) {
        String anchor = switch (style.align()) {
            case LEFT -> "start";
            case CENTER -> "middle";
            case RIGHT -> "end";
        };
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-family=\"")
                .append(style.cssFamily()).append("\" font-size=\"").append(n(style.size())).append('"')
                .append(style.bold() ? " font-weight=\"bold\"" : "")
                .append(anchor.equals("start") ? "" : " text-anchor=\"" + anchor + "\"")
                .append(" xml:space=\"preserve\"").append(fill(fill)).append('>').append(escape(text)).append("</text>\n");
    }

    private StringBuilder roundRect(double x, double y, double w, double h, double radius) {
        return out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" rx=\"").append(n(radius)).append('"');
    }

    private StringBuilder circle(double cx, double cy, double r) {
        return out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append('"');
    }

    private static String fill(Rgba c) {
        return " fill=\"" + c.hex() + "\"" + (c.a() < 1 ? " fill-opacity=\"" + n(c.a()) + "\"" : "");
    }

    private static String stroke(Rgba c, double width) {
        return " stroke=\"" + c.hex() + "\" stroke-width=\"" + n(width) + "\""
                + (c.a() < 1 ? " stroke-opacity=\"" + n(c.a()) + "\"" : "");
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String n(double v) {
        double r = Math.round(v * 100) / 100.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }
}
