package adjoint.engine.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Points as CSV: a header {@code x1,x2,label} (optional; the columns may come in any order), then one point a line
 * with a label of +1 or −1. Blank lines and lines starting with {@code #} are skipped. Bad input is refused with
 * the line number and what is wrong.
 *
 * <pre>{@code
 * PointsCsv.read("x1,x2,label\n2,3,1\n3,2,-1\n").size(); // 2
 * PointsCsv.read("x1,x2,label\n2,3,0\n");                // Malformed: line 2: the label must be +1 or -1, not 0
 * PointsCsv.write(Datasets.implication());               // "x1,x2,label\n1,1,1\n-1,1,1\n1,-1,-1\n-1,-1,1\n"
 * }</pre>
 */
public final class PointsCsv {
    private static final List<String> COLUMNS = List.of("x1", "x2", "label");

    private PointsCsv() {
    }

    /** A CSV text that is not a list of labelled points; {@link #line()} is where (1-based), 0 for the whole text. */
    public static final class Malformed extends IllegalArgumentException {
        private final int line;

        Malformed(int line, String message) {
            super(line > 0 ? "line " + line + ": " + message : message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static PointSet read(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int[] order = {0, 1, 2};
        boolean seenContent = false;
        List<LabeledPoint> points = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = Arrays.stream(line.split(",", -1)).map(String::strip).toArray(String[]::new);
            if (!seenContent) {
                seenContent = true;
                if (Arrays.stream(cells).anyMatch(c -> !isNumber(c))) {
                    order = header(cells, i + 1);
                    continue;
                }
            }
            points.add(point(cells, order, i + 1));
        }
        if (points.isEmpty()) {
            throw new Malformed(0, "no points: expected lines of x1,x2,label");
        }
        return PointSet.of(points);
    }

    public static String write(PointSet points) {
        StringBuilder out = new StringBuilder("x1,x2,label\n");
        for (LabeledPoint p : points.points()) {
            out.append(number(p.x1())).append(',').append(number(p.x2())).append(',').append(p.label()).append('\n');
        }
        return out.toString();
    }

    private static int[] header(String[] cells, int line) {
        List<String> names = Arrays.stream(cells).map(c -> c.toLowerCase(Locale.ROOT)).toList();
        if (names.size() != 3 || !names.containsAll(COLUMNS)) {
            throw new Malformed(line, "expected the columns x1,x2,label, found " + String.join(",", cells));
        }
        return new int[] {names.indexOf("x1"), names.indexOf("x2"), names.indexOf("label")};
    }

    private static LabeledPoint point(String[] cells, int[] order, int line) {
        if (cells.length != 3) {
            throw new Malformed(line, "expected 3 values (x1,x2,label), found " + cells.length);
        }
        double x1 = coordinate(cells[order[0]], "x1", line);
        double x2 = coordinate(cells[order[1]], "x2", line);
        String label = cells[order[2]];
        double y = isNumber(label) ? parse(label) : Double.NaN;
        if (y != 1 && y != -1) {
            throw new Malformed(line, "the label must be +1 or -1, not " + (label.isEmpty() ? "empty" : label));
        }
        return new LabeledPoint(x1, x2, (int) y);
    }

    private static double coordinate(String cell, String column, int line) {
        if (!isNumber(cell)) {
            throw new Malformed(line, column + " is not a number: " + (cell.isEmpty() ? "empty" : "'" + cell + "'"));
        }
        double v = parse(cell);
        if (!Double.isFinite(v)) {
            throw new Malformed(line, column + " must be a finite number, not " + cell);
        }
        return v;
    }

    private static boolean isNumber(String cell) {
        return cell.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?") || cell.matches("(?i)[+-]?(nan|inf|infinity)");
    }

    private static double parse(String cell) {
        String c = cell.toLowerCase(Locale.ROOT);
        if (c.endsWith("nan")) {
            return Double.NaN;
        }
        if (c.endsWith("inf") || c.endsWith("infinity")) {
            return c.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(cell);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
