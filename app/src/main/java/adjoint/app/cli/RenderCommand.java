package adjoint.app.cli;

import adjoint.app.document.Document;
import adjoint.app.document.DocumentException;
import adjoint.app.document.DocumentStore;
import adjoint.app.render.GraphExport;
import adjoint.app.render.GraphTheme;
import adjoint.app.render.MeasuredLayout;
import adjoint.engine.graph.GraphEvaluation;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code adjoint render FILE --png OUT.png --svg OUT.svg [--scale S] [--values] [--grads]}: draws a graph document
 * or a program as the app does, without a window (Java2D for PNG, SVG written as text).
 */
@Command(name = "render", description = "Draw a graph document (.adjoint) or a program (.adj) as PNG and/or SVG.")
final class RenderCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A graph document (.adjoint) or a program (.adj).")
    Path file;

    @Option(names = "--png", paramLabel = "OUT.png", description = "Write a PNG image here.")
    Path png;

    @Option(names = "--svg", paramLabel = "OUT.svg", description = "Write an SVG image here.")
    Path svg;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "S", description = "PNG pixels per unit, 1 to 4 (default: 1).")
    double scale;

    @Option(names = "--values", description = "Show each node's value.")
    boolean values;

    @Option(names = "--grads", description = "Show each node's gradient.")
    boolean grads;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "light|dark", description = "Colours (default: light).")
    String theme;

    @Option(names = "--transparent", description = "No background in the PNG and SVG.")
    boolean transparent;

    @Override
    public Integer call() {
        if (png == null && svg == null) {
            throw new ParameterException(spec.commandLine(), "say where to write: --png OUT.png and/or --svg OUT.svg");
        }
        if (!(scale >= 1 && scale <= 4)) {
            throw new ParameterException(spec.commandLine(), "--scale must be between 1 and 4, not " + scale);
        }
        if (!theme.equalsIgnoreCase("light") && !theme.equalsIgnoreCase("dark")) {
            throw new ParameterException(spec.commandLine(), "--theme must be light or dark, not " + theme);
        }
        System.setProperty("java.awt.headless", "true");
        Document doc;
        try {
            if (!Files.isRegularFile(file)) {
                spec.commandLine().getErr().println("adjoint: cannot read '" + file + "': "
                        + (Files.isDirectory(file) ? "it is a directory" : "no such file"));
                return 1;
            }
            doc = DocumentStore.open(file);
        } catch (DocumentException e) {
            spec.commandLine().getErr().println("adjoint: " + e.getMessage());
            return 1;
        }
        GraphEvaluation ev = GraphExport.evaluate(doc);
        doc = file.getFileName().toString().endsWith("." + DocumentStore.EXTENSION)
                ? MeasuredLayout.untangle(doc, ev) : MeasuredLayout.apply(doc, ev);
        GraphExport.ExportOptions o = new GraphExport.ExportOptions(scale, transparent, values, grads, null,
                GraphTheme.named(theme));
        try {
            if (png != null) {
                GraphExport.writePng(GraphExport.png(doc, ev, o), png);
            }
            if (svg != null) {
                GraphExport.writeSvg(GraphExport.svg(doc, ev, o), svg);
            }
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println("adjoint: " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
