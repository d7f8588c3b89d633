package adjoint.app.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures text once, the same way for every surface (Java2D font metrics of the logical fonts, which need no
 * window), so that a node is exactly as wide on the screen as in the exported files.
 */
public final class TextMetrics {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final int CACHE = 4096;
    private static final Map<String, Double> WIDTHS = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
            return size() > CACHE;
        }
    };

    private TextMetrics() {
    }

    public static synchronized double width(String text, TextStyle style) {
        String key = style.size() + (style.bold() ? "b" : "") + (style.mono() ? "m" : "") + "|" + text;
        return WIDTHS.computeIfAbsent(key, k -> font(style).getStringBounds(text, CONTEXT).getWidth());
    }

    /** The text, cut with an ellipsis where it would be wider than {@code max}. */
    public static String fit(String text, TextStyle style, double max) {
        if (width(text, style) <= max) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(text.substring(0, mid) + "…", style) <= max) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, lo) + "…";
    }

    /** Breaks text into lines no wider than {@code max} at spaces, at most {@code maxLines} (the last cut short). */
    public static List<String> wrap(String text, TextStyle style, double max, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (width(tried, style) <= max || line.isEmpty()) {
                line.setLength(0);
                line.append(tried);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            cut.set(maxLines - 1, fit(cut.get(maxLines - 1) + " " + lines.get(maxLines) + "…", style, max));
            lines = cut;
        }
        lines.replaceAll(l -> fit(l, style, max));
        return lines;
    }

    static Font font(TextStyle style) {
        return new Font(style.family(), style.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) style.size());
    }
}
