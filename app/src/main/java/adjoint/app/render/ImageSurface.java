package adjoint.app.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/** A surface drawing with Java2D into an image (PNG export, the command line, copy as image). No window needed. */
public final class ImageSurface implements Surface {
    private final BufferedImage image;
    private final Graphics2D g;

    /**
     * @param width      picture width in canvas units
     * @param height     picture height in canvas units
     * @param scale      pixels per canvas unit (1 to 4)
     * @param originX    the canvas x at the picture's left edge
     * @param originY    the canvas y at the top edge
     * @param background a fill for the whole image, or null for a transparent one
     */
    public ImageSurface(double width, double height, double scale, double originX, double originY, Rgba background) {
        image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale), BufferedImage.TYPE_INT_ARGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        if (background != null) {
            g.setColor(colour(background));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
        }
        g.scale(scale, scale);
        g.translate(-originX, -originY);
    }

    /** The finished image; the surface is closed. */
    public BufferedImage finish() {
        g.dispose();
        return image;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgba fill) {
        g.setColor(colour(fill));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double radius, Rgba fill) {
        g.setColor(colour(fill));
        g.fill(new RoundRectangle2D.Double(x, y, w, h, 2 * radius, 2 * radius));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double radius, Rgba stroke, double width) {
        stroke(stroke, width, false);
        g.draw(new RoundRectangle2D.Double(x, y, w, h, 2 * radius, 2 * radius));
    }

    @Override
    public void fillCircle(double cx, double cy, double r, Rgba fill) {
        g.setColor(colour(fill));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void strokeCircle(double cx, double cy, double r, Rgba stroke, double width) {
        stroke(stroke, width, false);
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgba stroke, double width, boolean dashed) {
        stroke(stroke, width, dashed);
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void curve(double x1, double y1, double cx1, double cy1, double cx2, double cy2, double x2, double y2,
                      Rgba stroke, double width) {
        stroke(stroke, width, false);
        g.draw(new CubicCurve2D.Double(x1, y1, cx1, cy1, cx2, cy2, x2, y2));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba fill) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        g.setColor(colour(fill));
        g.fill(path);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgba fill) {
        g.setFont(TextMetrics.font(style));
        g.setColor(colour(fill));
        double w = style.align() == TextStyle.Align.LEFT ? 0 : TextMetrics.width(text, style);
        double at = style.align() == TextStyle.Align.CENTER ? x - w / 2 : x - w;
        g.drawString(text, (float) at, (float) y);
    }

    private void stroke(Rgba c, double width, boolean dashed) {
        g.setColor(colour(c));
        g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                new float[] {6, 4}, 0) : new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    private static Color colour(Rgba c) {
        return new Color((float) c.r(), (float) c.g(), (float) c.b(), (float) c.a());
    }
}
