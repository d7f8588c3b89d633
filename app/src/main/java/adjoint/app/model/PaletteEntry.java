package adjoint.app.model;

import java.util.Locale;

/** One kind of node the palette offers: its name as the expression language spells it, a group, a hint. */
public record PaletteEntry(String name, String group, String description) {

    /** Whether this entry matches what the user typed: a case-insensitive substring of its name or group. */
    public boolean matches(String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        return q.isEmpty()
                || name.toLowerCase(Locale.ROOT).contains(q)
                || group.toLowerCase(Locale.ROOT).contains(q);
    }
}
