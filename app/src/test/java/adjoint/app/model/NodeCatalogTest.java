package adjoint.app.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeCatalogTest {
    @Test
    void emptyQueryListsEveryEntry() {
        assertThat(NodeCatalog.search("  ")).isEqualTo(NodeCatalog.entries());
    }

    @Test
    void searchMatchesNamesCaseInsensitively() {
        assertThat(NodeCatalog.search("SIN")).extracting(PaletteEntry::name).containsExactly("sin");
    }

    @Test
    void searchMatchesGroups() {
        assertThat(NodeCatalog.search("activation")).extracting(PaletteEntry::name)
                .containsExactly("tanh", "sigmoid", "relu", "softmax");
    }

    @Test
    void catalogOffersTheBasicOperations() {
        assertThat(NodeCatalog.entries()).extracting(PaletteEntry::name).contains(
                "variable", "constant", "sin", "cos", "tan", "exp", "log", "sqrt", "abs", "tanh", "sigmoid",
                "relu", "softmax", "sum", "mean", "max", "matmul");
    }
}
