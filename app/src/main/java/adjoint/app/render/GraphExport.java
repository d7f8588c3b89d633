package adjoint.app.render;

import adjoint.app.document.Document;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphEvaluator;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Pictures of a graph as files: PNG through Java2D, SVG as text, both drawn by {@link GraphPainter} from the same
 * {@link GraphFigures} as the screen.
 *
 * <pre>{@code
 * var doc = new Document(ExprGraph.parse("x = 1.5\nf = sin(x)"), Map.of(), ViewSettings.DEFAULT);
 * String svg = GraphExport.svg(doc, GraphExport.evaluate(doc), ExportOptions.DEFAULT); // contains ">x</text>"
 * }</pre>
 */
public final class GraphExport {
    /** Space around the graph in an exported picture. */
    public static final double MARGIN = 28;

    private GraphExport() {
    }

    /**
     * @param scale       pixels per canvas unit for PNG (1 to 4)
     * @param transparent no background fill
     * @param showValues  write values on the nodes
     * @param showGrads   write gradients on the nodes
     * @param only        the nodes to draw (null: all)
     * @param theme       colours
     */
    public record ExportOptions(double scale, boolean transparent, boolean showValues, boolean showGrads,
                                Set<String> only, GraphTheme theme) {
        public static final ExportOptions DEFAULT = new ExportOptions(1, false, true, true, null, GraphTheme.LIGHT);

        public ExportOptions {
            if (!(scale >= 1 && scale <= 4)) {
                throw new IllegalArgumentException("the scale must be between 1 and 4, not " + scale);
            }
        }

        GraphFigures.FigureOptions figures() {
            return new GraphFigures.FigureOptions(showValues, showGrads, only, Map.of());
        }
    }

    /** Evaluates a document as the app does: its dtype, its chosen output. */
    public static GraphEvaluation evaluate(Document doc) {
        return GraphEvaluator.evaluate(doc.graph(), doc.view().dtype(), doc.view().output(), Map.of());
    }

    public static BufferedImage png(Document doc, GraphEvaluation ev, ExportOptions o) {
        GraphFigures f = GraphFigures.of(doc, ev, o.figures());
        double[] box = box(f);
        ImageSurface s = new ImageSurface(box[2] - box[0], box[3] - box[1], o.scale(), box[0], box[1],
                o.transparent() ? null : o.theme().background());
        GraphPainter.paint(s, f, new GraphPainter.PaintOptions(o.theme(), Set.of(), false));
        return s.finish();
    }

    public static String svg(Document doc, GraphEvaluation ev, ExportOptions o) {
        GraphFigures f = GraphFigures.of(doc, ev, o.figures());
        double[] box = box(f);
        SvgSurface s = new SvgSurface(box[2] - box[0], box[3] - box[1], box[0], box[1],
                o.transparent() ? null : o.theme().background());
        GraphPainter.paint(s, f, new GraphPainter.PaintOptions(o.theme(), Set.of(), false));
        return s.finish();
    }

    public static void writePng(BufferedImage image, Path file) {
        try {
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static void writeSvg(String svg, Path file) {
        try {
            Files.writeString(file, svg, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** {minX, minY, maxX, maxY} of the picture: the graph's bounds and a margin, or a small empty picture. */
    private static double[] box(GraphFigures f) {
        double[] b = f.bounds(null);
        if (b == null) {
            return new double[] {0, 0, 240, 120};
        }
        return new double[] {Math.floor(b[0] - MARGIN), Math.floor(b[1] - MARGIN),
                Math.ceil(b[2] + MARGIN), Math.ceil(b[3] + MARGIN)};
    }
}
