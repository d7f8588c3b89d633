package adjoint.app.ui;

import adjoint.app.render.Rgba;
import adjoint.app.render.Surface;
import adjoint.app.render.TextStyle;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** The screen's surface: a JavaFX canvas's graphics context, already transformed to canvas units by the view. */
public final class CanvasSurface implements Surface {
    private final GraphicsContext g;
    private final Map<TextStyle, Font> fonts = new HashMap<>();

    public CanvasSurface(GraphicsContext g) {
        this.g = g;
        g.setTextBaseline(VPos.BASELINE);
        g.setLineCap(StrokeLineCap.ROUND);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgba fill) {
        g.setFill(colour(fill));
        g.fillRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double radius, Rgba fill) {
        g.setFill(colour(fill));
        g.fillRoundRect(x, y, w, h, 2 * radius, 2 * radius);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double radius, Rgba stroke, double width) {
        stroke(stroke, width, false);
        g.strokeRoundRect(x, y, w, h, 2 * radius, 2 * radius);
    }

    @Override
    public void fillCircle(double cx, double cy, double r, Rgba fill) {
        g.setFill(colour(fill));
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void strokeCircle(double cx, double cy, double r, Rgba stroke, double width) {
        stroke(stroke, width, false);
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgba stroke, double width, boolean dashed) {
        stroke(stroke, width, dashed);
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void curve(double x1, double y1, double cx1, double cy1, double cx2, double cy2, double x2, double y2,
                      Rgba stroke, double width) {
        stroke(stroke, width, false);
        g.beginPath();
        g.moveTo(x1, y1);
        g.bezierCurveTo(cx1, cy1, cx2, cy2, x2, y2);
        g.stroke();
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba fill) {
        g.setFill(colour(fill));
        g.fillPolygon(xs, ys, xs.length);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgba fill) {
        g.setFont(fonts.computeIfAbsent(style, s ->
                Font.font(s.family(), s.bold() ? FontWeight.BOLD : FontWeight.NORMAL, s.size())));
        g.setFill(colour(fill));
        g.setTextAlign(switch (style.align()) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        g.fillText(text, x, y);
    }

    private void stroke(Rgba c, double width, boolean dashed) {
        g.setStroke(colour(c));
        g.setLineWidth(width);
        if (dashed) {
            g.setLineDashes(6, 4);
        } else {
            g.setLineDashes();
        }
    }

    public static Color colour(Rgba c) {
        return new Color(c.r(), c.g(), c.b(), c.a());
    }
}
