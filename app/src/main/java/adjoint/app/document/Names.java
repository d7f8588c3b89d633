package adjoint.app.document;

import adjoint.engine.graph.ExprGraph;
import adjoint.engine.graph.GraphNode;
import adjoint.engine.lang.Vocabulary;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The names a graph's nodes have, and new ones that clash with none of them. */
final class Names {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");
    private static final Set<String> KEYWORDS = Set.of("and", "as", "assert", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
            "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "torch");
    private final Set<String> taken = new HashSet<>();

    Names(ExprGraph graph) {
        graph.nodes().forEach(n -> taken.addAll(n.names()));
    }

    /**
     * {@code base} if no node has it, else the first free of base1, base2, ... (base_1, base_2, ... when base ends
     * in a digit, so a copy of w2 is w2_1); the name is then taken.
     */
    String fresh(String base) {
        String stem = Character.isDigit(base.charAt(base.length() - 1)) ? base + "_" : base;
        String name = base;
        for (int k = 1; taken.contains(name); k++) {
            name = stem + k;
        }
        taken.add(name);
        return name;
    }

    /** Why {@code name} cannot name a node of {@code graph} other than {@code self}, or null if it can. */
    static String problem(String name, ExprGraph graph, String self) {
        if (!IDENTIFIER.matcher(name).matches()) {
            return "'" + name + "' is not a name: use letters, digits and _, not starting with a digit";
        }
        if (Vocabulary.CONSTANTS.contains(name) || KEYWORDS.contains(name)) {
            return "'" + name + "' is reserved by the language";
        }
        if (Vocabulary.FUNCTIONS.contains(name) || Vocabulary.DTYPES.contains(name)) {
            return "'" + name + "' is the name of a function or type of the language";
        }
        for (GraphNode n : graph.nodes()) {
            if (!n.id().equals(self) && n.names().contains(name)) {
                return "another node is already called " + name;
            }
        }
        return null;
    }
}
