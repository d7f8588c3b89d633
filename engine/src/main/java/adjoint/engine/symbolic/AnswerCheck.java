package adjoint.engine.symbolic;

import adjoint.engine.DType;
import adjoint.engine.Tensor;
import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphEvaluation;
import adjoint.engine.graph.GraphEvaluator;
import adjoint.engine.lang.Expr;
import adjoint.engine.lang.BinaryOp;
import adjoint.engine.lang.Parser;
import adjoint.engine.lang.ProgramException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges a student's hand-derived adjoints and local partials, without handing the answer over. An answer is
 * {@code grad(w3) = -4} (the adjoint ∂f/∂w3) or {@code d(w3)/d(w2) = 3*w2^2} (a local partial). A formula is right
 * when it equals the true one at the current point and at several random points near it (so equivalent forms pass);
 * a plain number is judged at the current point to the precision written ({@code -9.94} and {@code -9.9} accept
 * −9.937…, {@code -9.8} does not). A wrong answer gets a hint ({@code "w2 has three children; your sum has two terms"}).
 *
 * <pre>{@code
 * AnswerCheck check = AnswerCheck.of(ExprGraph.parse(midtermProgram));
 * check.judge("grad(w2)", "1 - 12*w2**2 + 1/w2").correct();                // true
 * check.judge("grad(w2)", "grad(w3)*d(w3)/d(w2) + grad(w6)*d(w6)/d(w2)").hint();
 * // "w2 has three children; your sum has two terms"
 * }</pre>
 *
 * <p>Building one evaluates the graph in float64; the random points are drawn (seeded) on the first formula judged.
 * Not thread-safe: use one per worker thread.
 */
public final class AnswerCheck {
    /** How many random points an equivalence check uses. */
    public static final int POINTS = 6;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern NUMBERS_ONLY = Pattern.compile("[\\s\\[\\],]*(?:" + NUMBER.pattern() + "[\\s\\[\\],]*)+");

    /**
     * The verdict on one answer.
     *
     * @param line       the answer's line in the answers text (1 for a single answer)
     * @param target     the target as written, e.g. {@code grad(w3)}
     * @param answer     the answer as written
     * @param correct    whether it is right
     * @param equivalent for a formula, whether it agrees with the true one at the random points; null for a plain
     *                   number, or when it could not be evaluated
     * @param expected   the true value at the current point, null when there is none (unknown target)
     * @param got        the answer's value at the current point, null when it could not be evaluated
     * @param hint       for a wrong answer, a hint that does not give it away; null for a right one
     */
    public record Verdict(int line, String target, String answer, boolean correct, Boolean equivalent, Tensor expected,
                          Tensor got, String hint) {
    }

    /**
     * What an answer is about: the adjoint of {@code of} when {@code wrtName} is null, else the partial ∂of/∂wrt.
     * {@code of} and {@code wrt} are node ids (null for a name that is no node), the names as written beside them.
     */
    record Target(String text, String of, String wrt, String ofName, String wrtName) {
        boolean isAdjoint() {
            return wrtName == null;
        }
    }

    private final Derivatives derivatives;
    private final GraphEvaluation here;
    private final Hints hints;
    private List<GraphEvaluation> elsewhere;

    private AnswerCheck(ExprGraph graph, Map<String, String> labels) {
        ExprGraph g = SamplePoints.withLeaves(graph, GraphEvaluator.evaluate(graph, DType.FLOAT64));
        this.here = GraphEvaluator.evaluate(g, DType.FLOAT64);
        this.derivatives = Derivatives.of(g, labels, here);
        this.hints = new Hints(derivatives, here);
    }

    /** Checks answers about {@code graph}, whose nodes go by {@link ExprGraph#labels()} (and any name they have). */
    public static AnswerCheck of(ExprGraph graph) {
        return new AnswerCheck(graph, graph.labels());
    }

    /** With other labels for the formulas it shows, e.g. {@link ExprGraph#examLabels()}. */
    public static AnswerCheck of(ExprGraph graph, Map<String, String> labels) {
        return new AnswerCheck(graph, labels);
    }

    public Derivatives derivatives() {
        return derivatives;
    }

    /** The evaluation (float64) at the current point. */
    public GraphEvaluation evaluation() {
        return here;
    }

    /**
     * Judges every answer of an answers file: one {@code TARGET = ANSWER} a line; blank lines and {@code #}
     * comments are skipped.
     *
     * @throws ProgramException with the line and column of an answer that cannot be read
     */
    public List<Verdict> judgeAll(String answers) {
        List<Verdict> out = new ArrayList<>();
        String[] lines = answers.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            String body = hash >= 0 ? line.substring(0, hash) : line;
            if (!body.isBlank()) {
                out.add(judgeLine(i + 1, body));
            }
        }
        return out;
    }

    /**
     * Judges one {@code TARGET = ANSWER} line.
     *
     * @throws ProgramException at {@code lineNumber} and the column within the line when it cannot be read
     */
    public Verdict judgeLine(int lineNumber, String line) {
        int eq = line.indexOf('=');
        if (eq < 0) {
            throw new ProgramException("expected an answer like 'grad(w3) = -4' or 'd(w3)/d(w2) = 3*w2**2'",
                    lineNumber, firstNonBlank(line));
        }
        String target = line.substring(0, eq);
        String answer = line.substring(eq + 1);
        if (answer.isBlank()) {
            throw new ProgramException("nothing after '='", lineNumber, eq + 1);
        }
        try {
            Target t = target(target);
            return judge(lineNumber, t, answer.strip(), parse(answer, 0));
        } catch (Located e) {
            int offset = e.inAnswer ? eq + 1 : 0;
            throw new ProgramException(e.getMessage(), lineNumber, offset + Math.max(1, e.column));
        }
    }

    /**
     * Judges one answer to a target written {@code grad(w3)} or {@code d(w3)/d(w2)}, as the app's fields give them.
     *
     * @throws ProgramException (line 1) when the target or the answer cannot be read
     */
    public Verdict judge(String target, String answer) {
        try {
            return judge(1, target(target), answer.strip(), parse(answer, 0));
        } catch (Located e) {
            throw new ProgramException(e.getMessage(), 1, Math.max(1, e.column));
        }
    }

    /**
     * The true formula for a target written {@code grad(w3)} or {@code d(w3)/d(w2)}, for a reveal button; null if none.
     * An adjoint whose formula is too long to show ({@link Derivatives.NodeAdjoint#tooLong}) is revealed over its
     * children's adjoints instead ({@code grad(w3)*cos(w2) + grad(w4)}), which still evaluates to its value.
     */
    public Sym reveal(String target) {
        try {
            Target t = target(target);
            if (t.of() == null || !t.isAdjoint() && t.wrt() == null) {
                return null;
            }
            if (t.isAdjoint()) {
                Derivatives.NodeAdjoint a = derivatives.adjoint(t.of());
                return a.formula() != null ? a.formula() : a.viaChildren();
            }
            Derivatives.Edge e = derivatives.edge(t.of(), t.wrt());
            return e == null ? null : e.partial() != null ? e.partial() : e.chainTerm();
        } catch (Located e) {
            throw new ProgramException(e.getMessage(), 1, Math.max(1, e.column));
        }
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** A read error with its column in the text it came from; made a {@link ProgramException} with the line by callers. */
    private static final class Located extends RuntimeException {
        private final int column;
        private final boolean inAnswer;

        Located(String message, int column, boolean inAnswer) {
            super(message, null, false, false);
            this.column = column;
            this.inAnswer = inAnswer;
        }
    }

    private static Sym parse(String answer, int offset) {
        try {
            return Sym.parse(answer);
        } catch (ProgramException e) {
            throw new Located(e.getMessage(), offset + e.column(), true);
        }
    }

    /** Reads {@code grad(w3)} or {@code d(w3)/d(w2)}; unknown names give a target with a null id (judged wrong). */
    private Target target(String text) {
        Expr e;
        try {
            e = Parser.parseExpression(text);
        } catch (ProgramException ex) {
            throw new Located(ex.getMessage(), ex.column(), false);
        }
        String written = text.strip();
        if (e instanceof Expr.Call c && c.function().equals("grad") && c.args().size() == 1
                && c.args().getFirst() instanceof Expr.Name n) {
            return new Target(written, idOrNull(n.name()), null, n.name(), null);
        }
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.DIV && nameInD(b.left()) != null && nameInD(b.right()) != null) {
            return new Target(written, idOrNull(nameInD(b.left())), idOrNull(nameInD(b.right())), nameInD(b.left()),
                    nameInD(b.right()));
        }
        throw new Located("expected grad(w3) for an adjoint or d(w3)/d(w2) for a local partial before '='",
                firstNonBlank(text), false);
    }

    private String idOrNull(String name) {
        return derivatives.resolve(name);
    }

    private static String nameInD(Expr e) {
        return e instanceof Expr.Call c && c.function().equals("d") && c.args().size() == 1
                && c.args().getFirst() instanceof Expr.Name n ? n.name() : null;
    }

    private static int firstNonBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return i + 1;
            }
        }
        return 1;
    }

    // ---- judging ------------------------------------------------------------------------------------------

    private Verdict judge(int line, Target t, String answer, Sym sym) {
        String unknown = hints.unknownTarget(t);
        if (unknown != null) {
            return new Verdict(line, t.text(), answer, false, null, null, null, unknown);
        }
        Tensor expected = expected(t, here);
        if (expected == null) {
            return new Verdict(line, t.text(), answer, false, null, null, null, hints.noExpected(t));
        }
        String bad = hints.badReference(t, sym);
        if (bad != null) {
            return new Verdict(line, t.text(), answer, false, null, expected, null, bad);
        }
        Tensor got;
        try {
            got = derivatives.evaluate(sym, here);
        } catch (IllegalArgumentException | ProgramException e) {
            return new Verdict(line, t.text(), answer, false, null, expected, null,
                    "your answer cannot be evaluated: " + e.getMessage());
        }
        if (NUMBERS_ONLY.matcher(answer).matches()) {
            Precision p = Precision.judge(answer, got, expected);
            String hint = p.right() ? null : p.tooFewDigits() ? "give at least two significant digits"
                    : hints.wrongValue(t, sym, got, expected);
            return new Verdict(line, t.text(), answer, p.right(), null, expected, got, hint);
        }
        boolean rightHere = Compare.close(got, expected);
        Boolean equivalent = equivalentElsewhere(t, sym);
        boolean correct = rightHere && equivalent;
        String hint = correct ? null : rightHere ? Hints.NOT_EQUIVALENT : hints.wrongValue(t, sym, got, expected);
        return new Verdict(line, t.text(), answer, correct, rightHere && equivalent, expected, got, hint);
    }

    /** The true value at a point: the engine's gradient for an adjoint, the partial's formula for a partial. */
    private Tensor expected(Target t, GraphEvaluation ev) {
        if (t.isAdjoint()) {
            if (!ev.backward()) {
                return null;
            }
            Tensor g = ev.result(t.of()).grad();
            return g != null ? g : ev.result(t.of()).value().mul(0.0);
        }
        Derivatives.Edge e = derivatives.edge(t.of(), t.wrt());
        return e == null || e.partial() == null ? null : derivatives.evaluate(e.partial(), ev);
    }

    private boolean equivalentElsewhere(Target t, Sym sym) {
        if (elsewhere == null) {
            elsewhere = SamplePoints.near(derivatives.graph(), here, POINTS, 20250311L);
        }
        for (GraphEvaluation ev : elsewhere) {
            Tensor want = expected(t, ev);
            if (want == null || !Compare.allFinite(want)) {
                continue;
            }
            try {
                if (!Compare.close(derivatives.evaluate(sym, ev), want)) {
                    return false;
                }
            } catch (IllegalArgumentException | ProgramException e) {
                return false;
            }
        }
        return true;
    }

    // ---- numbers ------------------------------------------------------------------------------------------

    /** Judging plain numbers to the precision written. */
    record Precision(boolean right, boolean tooFewDigits) {
        static Precision judge(String text, Tensor got, Tensor expected) {
            List<String> tokens = new ArrayList<>();
            Matcher m = NUMBER.matcher(text);
            while (m.find()) {
                tokens.add(m.group());
            }
            double[] e = expected.toDoubles();
            boolean one = tokens.size() == 1 && got.numel() == 1;
            if (!one && (tokens.size() != e.length || !java.util.Arrays.equals(got.shape(), expected.shape()))) {
                return new Precision(false, false);
            }
            boolean right = true;
            boolean tooFew = false;
            for (int i = 0; i < e.length; i++) {
                String token = tokens.get(one ? 0 : i);
                double g = Double.parseDouble(token);
                if (Compare.close(g, e[i])) {
                    continue;
                }
                boolean withinWritten = withinWritten(token, g, e[i]);
                if (withinWritten && significantDigits(token) < 2) {
                    tooFew = true;
                }
                right &= withinWritten && significantDigits(token) >= 2;
            }
            return new Precision(right, !right && tooFew);
        }

        /** Whether {@code got} is {@code expected} rounded, or cut off, to the decimals {@code token} shows. */
        static boolean withinWritten(String token, double got, double expected) {
            double unit = Math.pow(10, -decimals(token));
            double diff = Math.abs(got - expected);
            boolean rounded = diff <= 0.5 * unit * (1 + 1e-9);
            boolean truncated = diff < unit && Math.abs(got) <= Math.abs(expected) && Math.signum(got) == Math.signum(expected);
            return rounded || truncated;
        }

        /** The decimal places written, less the exponent: {@code -9.94 → 2}, {@code 12 → 0}, {@code 1.5e-3 → 4}. */
        static int decimals(String token) {
            String t = token.toLowerCase();
            int exp = 0;
            int e = t.indexOf('e');
            if (e >= 0) {
                exp = Integer.parseInt(t.substring(e + 1).replace("+", ""));
                t = t.substring(0, e);
            }
            int dot = t.indexOf('.');
            int places = dot < 0 ? 0 : t.length() - dot - 1;
            return places - exp;
        }

        /**
         * Significant digits written: {@code -0.70 → 2}, {@code 12 → 2}, {@code 0.007 → 1}; a whole number's trailing
         * zeros do not count ({@code 10 → 1}), as they may only place the point.
         */
        static int significantDigits(String token) {
            String mantissa = token.toLowerCase().split("e")[0];
            String digits = mantissa.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
            if (!mantissa.contains(".")) {
                digits = digits.replaceFirst("0+$", "");
            }
            return digits.isEmpty() ? 1 : digits.length();
        }
    }
}
