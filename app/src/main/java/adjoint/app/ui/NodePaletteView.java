package adjoint.app.ui;

import adjoint.app.model.PaletteEntry;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The searchable list of node kinds on the left of the window. Drag an entry onto the canvas to add it there, or
 * double-click it (or press Enter) to add it in the middle of the view.
 */
final class NodePaletteView extends VBox {
    private final CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
    private final FilteredList<PaletteEntry> shown = new FilteredList<>(FXCollections.observableList(NodeChoices.all()));
    private final ListView<PaletteEntry> list = new ListView<>(shown);
    private final Consumer<String> onAdd;

    NodePaletteView(Consumer<String> onAdd) {
        this.onAdd = onAdd;
        createView();
        search.textProperty().addListener((observable, previous, query) -> shown.setPredicate(e -> e.matches(query)));
        search.setOnAction(e -> {
            if (!shown.isEmpty()) {
                onAdd.accept(shown.getFirst().name());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                onAdd.accept(list.getSelectionModel().getSelectedItem().name());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                onAdd.accept(list.getSelectionModel().getSelectedItem().name());
            }
        });
    }

    private void createView() {
        getStyleClass().add("node-palette");
        setId("node-palette");
        Label title = new Label("Nodes");
        title.getStyleClass().add("panel-title");
        search.setId("palette-search");
        search.setPromptText("Search nodes");
        search.setLeft(new FontIcon("mdi2m-magnify"));
        list.setId("palette-list");
        list.setCellFactory(view -> new EntryCell());
        list.setPlaceholder(new Label("No node matches"));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, search, list);
    }

    private static final class EntryCell extends ListCell<PaletteEntry> {
        EntryCell() {
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                var board = startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.putString(PaletteDrop.payload(getItem().name()));
                board.setContent(content);
                board.setDragView(snapshot(null, null));
                e.consume();
            });
        }

        @Override
        protected void updateItem(PaletteEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label name = new Label(entry.name());
            name.getStyleClass().add("palette-name");
            Label group = new Label(entry.group());
            group.getStyleClass().add("palette-group");
            Pane spring = new Pane();
            HBox.setHgrow(spring, Priority.ALWAYS);
            setGraphic(new HBox(name, spring, group));
            setTooltip(new Tooltip(entry.description() + "\nDrag onto the canvas, or double-click to add."));
        }
    }
}
