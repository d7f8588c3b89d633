package adjoint.app.ui;

import adjoint.app.document.AddNode;
import adjoint.app.document.Document;
import adjoint.app.document.Point;
import adjoint.app.document.Port;
import adjoint.app.model.NodeCatalog;
import adjoint.app.model.PaletteEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every node the editor can add, for the palette and the search popup: the catalog's entries first (with their
 * descriptions), then every other node {@link AddNode} knows, grouped by what it is.
 */
final class NodeChoices {
    private static final Set<String> INPUTS = Set.of("scalar", "vector", "matrix", "data", "arange", "zeros", "ones",
            "rand", "randn");
    private static final Set<String> LAYERS = Set.of("linear", "embedding", "flatten", "dropout", "leaky_relu", "gelu",
            "softplus", "log_softmax");
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("scalar", "A variable holding one number"),
            Map.entry("vector", "A variable holding a vector, e.g. [1, 2, 3]"),
            Map.entry("matrix", "A variable holding a matrix, e.g. [[1, 2], [3, 4]]"),
            Map.entry("data", "A data input: a constant matrix of samples"),
            Map.entry("linear", "Linear layer x @ W.T + b, with W and b as variables"),
            Map.entry("embedding", "Embedding lookup: rows of a table E by index"),
            Map.entry("T", "Transpose, A.T"),
            Map.entry("mse_loss", "Mean squared error between input and target"),
            Map.entry("cross_entropy", "Cross-entropy loss of logits against class indices"));
    private static final List<PaletteEntry> ALL = build();
    private static final Map<String, Boolean> HAS_INPUTS = new HashMap<>();

    private NodeChoices() {
    }

    static List<PaletteEntry> all() {
        return ALL;
    }

    /** Whether a node of this entry has an input port (so a wire from an output can end on it). */
    static synchronized boolean hasInputs(String entry) {
        return HAS_INPUTS.computeIfAbsent(entry, e -> {
            try {
                AddNode add = AddNode.of(Document.empty(), e, new Point(0, 0));
                Document d = add.apply(Document.empty());
                return !Port.of(d.graph().node(add.id())).isEmpty();
            } catch (RuntimeException ex) {
                return false;
            }
        });
    }

    private static List<PaletteEntry> build() {
        Map<String, PaletteEntry> entries = new LinkedHashMap<>();
        Set<String> known = AddNode.entries();
        for (PaletteEntry e : NodeCatalog.entries()) {
            if (known.contains(e.name())) {
                entries.put(e.name(), e);
            }
        }
        for (String name : known) {
            entries.computeIfAbsent(name, n -> new PaletteEntry(n, group(n),
                    DESCRIPTIONS.getOrDefault(n, n + "(...), as in PyTorch")));
        }
        return List.copyOf(new ArrayList<>(entries.values()));
    }

    private static String group(String name) {
        if (INPUTS.contains(name)) {
            return "Inputs";
        }
        if (LAYERS.contains(name)) {
            return "Layers";
        }
        if (name.contains("loss") || name.contains("entropy")) {
            return "Losses";
        }
        if (Set.of("view", "reshape", "T", "t", "transpose", "permute", "unsqueeze", "squeeze", "cat", "concat", "stack",
                "detach", "clone").contains(name)) {
            return "Shape";
        }
        return "Functions";
    }
}
