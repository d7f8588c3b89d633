package adjoint.app.ui;

import adjoint.app.model.PaletteEntry;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * The search under the cursor that adds a node: type to filter, arrows to choose, Enter or a click to add,
 * Escape to close. Opened by a double-click on the canvas, or by a wire dropped in empty space (then it lists only
 * the nodes that fit).
 */
final class NodeSearchPopup extends Popup {
    private final TextField query = new TextField();
    private final FilteredList<PaletteEntry> matching =
            new FilteredList<>(FXCollections.observableList(NodeChoices.all()));
    private final SortedList<PaletteEntry> shown = new SortedList<>(matching);
    private final ListView<PaletteEntry> list = new ListView<>(shown);
    private Predicate<PaletteEntry> fits = e -> true;
    private Consumer<String> onChoose = e -> { };

    NodeSearchPopup() {
        setAutoHide(true);
        setHideOnEscape(true);
        query.setId("node-search-field");
        query.setPromptText("Search nodes: sin, matmul, linear…");
        list.setId("node-search-list");
        list.setPrefSize(320, 300);
        list.setCellFactory(v -> new Cell());
        VBox box = new VBox(6, query, list);
        box.getStyleClass().add("node-search");
        box.setId("node-search");
        getContent().add(box);
        query.textProperty().addListener((o, was, text) -> filter());
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                int at = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                list.getSelectionModel().select(Math.max(0, Math.min(shown.size() - 1, at)));
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                choose();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                choose();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose();
            }
        });
    }

    /** Opens the search at screen point (x, y), listing the entries that fit; {@code onChoose} gets the name. */
    void open(Node owner, double screenX, double screenY, Predicate<PaletteEntry> fit, Consumer<String> chosen) {
        this.fits = fit;
        this.onChoose = chosen;
        query.clear();
        filter();
        show(owner, screenX, screenY);
        query.requestFocus();
    }

    TextField query() {
        return query;
    }

    private void filter() {
        String q = query.getText();
        String exact = q.strip();
        matching.setPredicate(e -> fits.test(e) && e.matches(q));
        shown.setComparator(Comparator.comparingInt(e -> rank(e, exact)));
        int at = 0;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).name().equalsIgnoreCase(exact)) {
                at = i;
                break;
            }
        }
        list.getSelectionModel().select(shown.isEmpty() ? -1 : at);
        list.scrollTo(Math.max(0, at));
    }

    /** Exact names first, then names that start with the query, then the rest, each in catalog order. */
    private static int rank(PaletteEntry e, String query) {
        String name = e.name().toLowerCase(Locale.ROOT);
        String q = query.toLowerCase(Locale.ROOT);
        return name.equals(q) ? 0 : name.startsWith(q) ? 1 : name.contains(q) ? 2 : 3;
    }

    private void choose() {
        PaletteEntry e = list.getSelectionModel().getSelectedItem();
        if (e != null) {
            hide();
            onChoose.accept(e.name());
        }
    }

    private static final class Cell extends ListCell<PaletteEntry> {
        @Override
        protected void updateItem(PaletteEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(entry.name());
            name.getStyleClass().add("palette-name");
            Label group = new Label(entry.group());
            group.getStyleClass().add("palette-group");
            Pane spring = new Pane();
            HBox.setHgrow(spring, Priority.ALWAYS);
            setGraphic(new HBox(8, name, spring, group));
        }
    }
}
