package adjoint.app.lecture;

import adjoint.app.render.NumberText;
import adjoint.engine.Tensor;
import adjoint.engine.symbolic.Derivatives;
import adjoint.engine.symbolic.Sym;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The adjoint table in the exam's layout, w̄6 = 1 first, then w̄5, … w̄1: for each node the chain-rule sum over its
 * children, the sum with the local partials written out, the formula over node values, and the value, with how far
 * the backward sweep has got (not yet, running sum, done). {@link #latex()} is the "copy as LaTeX" text.
 */
public final class AdjointTable {

    /** How far the backward sweep has got with a row. */
    public enum State { PENDING, PARTIAL, DONE }

    /**
     * One row.
     *
     * @param chain     w̄2 = w̄3·∂w3/∂w2 + …, in the expression language ({@code grad(w3)*d(w3)/d(w2) + …})
     * @param local     the same with the local partials written out ({@code grad(w3)*3*w2**2 + …}); null if none
     * @param formula   the formula over node values ({@code 1 - 12*w2**2 + 1/w2}); null if none
     * @param absent    why there is no formula ({@code too long to show: about 9.9e+10 symbols}), else null
     * @param value     the true adjoint (null where none flowed)
     * @param shown     the value as the sweep shows it now: the running sum, the value, or null before it starts
     */
    public record Row(String node, String label, String chain, String local, String formula, String absent, Tensor value,
                      State state, Tensor shown, int termsDone, int terms) {

        /** w̄2 in the exam's symbols. */
        public String adjointName() {
            return Pretty.bar(label);
        }

        public String chainText() {
            return Pretty.text(chain);
        }

        /** The formula in the exam's symbols, or in parentheses why there is none (the value is still there). */
        public String formulaText() {
            return formula == null && absent != null ? "(" + absent + ")" : Pretty.text(formula);
        }

        /** The value column: blank before the sweep reaches the row, the running sum while it sums. */
        public String valueText() {
            return switch (state) {
                case PENDING -> "";
                case PARTIAL -> Pretty.number(shown) + "  (" + termsDone + "/" + terms + ")";
                case DONE -> Pretty.number(shown);
            };
        }
    }

    private final Derivatives derivatives;
    private final SweepTimeline timeline;

    AdjointTable(Derivatives derivatives, SweepTimeline timeline) {
        this.derivatives = derivatives;
        this.timeline = timeline;
    }

    /** The rows as the timeline stands now, output first. */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        for (Derivatives.NodeAdjoint a : derivatives.adjoints()) {
            State state = State.PENDING;
            Tensor shown = null;
            int done = 0;
            int terms = a.isOutput() ? 0 : a.terms().size();
            for (SweepStep s : timeline.shown()) {
                if (!s.isForward() && s.node().equals(a.id())) {
                    state = s.completesNode() ? State.DONE : State.PARTIAL;
                    shown = s.kind() == SweepStep.Kind.UNREACHED ? Tensor.scalar(0.0) : s.runningSum();
                    done = s.term();
                }
            }
            out.add(new Row(a.id(), a.label(), a.chain().text(), text(a.viaChildren()), text(a.formula()),
                    a.absent(), trueValue(a.id()), state, shown, done, terms));
        }
        return out;
    }

    /** The row of the step shown last, or null (before the backward sweep). */
    public Row activeRow() {
        SweepStep s = timeline.current();
        if (s == null || s.isForward()) {
            return null;
        }
        return rows().stream().filter(r -> r.node().equals(s.node())).findFirst().orElse(null);
    }

    /**
     * The whole table as a LaTeX {@code aligned} block, one line per node in the exam's order:
     * {@code \bar{w}_{2} &= \bar{w}_{3} \frac{∂w_3}{∂w_2} + … = 1 - 12 w_{2}^{2} + \frac{1}{w_{2}} = -9.9374437}.
     */
    public String latex() {
        StringBuilder b = new StringBuilder("\\begin{aligned}\n");
        List<Derivatives.NodeAdjoint> all = derivatives.adjoints();
        for (int i = 0; i < all.size(); i++) {
            Derivatives.NodeAdjoint a = all.get(i);
            b.append("  ").append(new Sym.Adjoint(a.label()).latex()).append(" &= ").append(a.chain().latex());
            if (!a.isOutput() && a.formula() != null && !a.formula().equals(a.chain())) {
                b.append(" = ").append(a.formula().latex());
            }
            Tensor v = trueValue(a.id());
            if (v != null && v.numel() == 1 && !a.isOutput()) {
                b.append(" = ").append(NumberText.precise(v.item()));
            }
            b.append(i < all.size() - 1 ? " \\\\\n" : "\n");
        }
        return b.append("\\end{aligned}\n").toString();
    }

    /** The table as plain text, one line per node, for a status line or the clipboard's text flavour. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Row r : rows()) {
            b.append(String.format(Locale.ROOT, "%s = %s = %s = %s%n", r.adjointName(), r.chainText(),
                    r.formulaText(), Pretty.number(r.value())));
        }
        return b.toString();
    }

    private Tensor trueValue(String id) {
        for (SweepStep s : timeline.backward()) {
            if (s.node().equals(id) && s.completesNode()) {
                return s.kind() == SweepStep.Kind.UNREACHED ? Tensor.scalar(0.0) : s.runningSum();
            }
        }
        return null;
    }

    private static String text(Sym s) {
        return s == null ? null : s.text();
    }
}
