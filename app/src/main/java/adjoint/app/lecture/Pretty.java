package adjoint.app.lecture;

import adjoint.app.render.NumberText;
import adjoint.engine.Tensor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exam's symbols for formulas written in the expression language: {@code grad(w3)*d(w3)/d(w2)} reads
 * {@code w̄3·∂w3/∂w2}, {@code w2**2} reads {@code w2²}.
 */
final class Pretty {
    private static final Pattern GRAD = Pattern.compile("grad\\(([A-Za-z_][A-Za-z0-9_]*)\\)");
    private static final Pattern PARTIAL = Pattern.compile("d\\(([A-Za-z_][A-Za-z0-9_]*)\\)/d\\(([A-Za-z_][A-Za-z0-9_]*)\\)");
    private static final Pattern SMALL_POWER = Pattern.compile("\\*\\*([0-9])(?![0-9.])");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Pretty() {
    }

    /** w̄ over a label: {@code w2} → {@code w̄2}, {@code x} → {@code x̄}. */
    static String bar(String label) {
        if (label.length() > 1 && label.matches("[A-Za-z]+[0-9]+")) {
            int i = 0;
            while (Character.isLetter(label.charAt(i + 1))) {
                i++;
            }
            return label.substring(0, i + 1) + "\u0304" + label.substring(i + 1);
        }
        return label + "\u0304";
    }

    static String text(String formula) {
        if (formula == null) {
            return "—";
        }
        String s = replace(PARTIAL, formula, m -> "∂" + m.group(1) + "/∂" + m.group(2));
        s = replace(GRAD, s, m -> bar(m.group(1)));
        s = replace(SMALL_POWER, s, m -> String.valueOf(SUPERSCRIPTS.charAt(m.group(1).charAt(0) - '0')));
        return s.replace("**", "^").replace("*", "·");
    }

    static String number(Tensor t) {
        if (t == null) {
            return "—";
        }
        if (t.numel() == 1) {
            return NumberText.precise(t.toDoubles()[0]);
        }
        double[] d = t.toDoubles();
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < Math.min(d.length, 4); i++) {
            b.append(i > 0 ? ", " : "").append(NumberText.format(d[i]));
        }
        return b.append(d.length > 4 ? ", …]" : "]").toString();
    }

    private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(b);
        return b.toString();
    }
}
