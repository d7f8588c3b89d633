package adjoint.app.ui;

import adjoint.app.model.NodeCatalog;
import adjoint.app.model.PaletteEntry;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/** The searchable list of node kinds on the left of the window. */
final class NodePaletteView extends VBox {
    private final CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
    private final FilteredList<PaletteEntry> shown =
            new FilteredList<>(FXCollections.observableList(NodeCatalog.entries()));

    NodePaletteView() {
        createView();
        search.textProperty().addListener((observable, previous, query) -> shown.setPredicate(e -> e.matches(query)));
    }

    private void createView() {
        getStyleClass().add("node-palette");
        setId("node-palette");
        Label title = new Label("Nodes");
        title.getStyleClass().add("panel-title");
        search.setId("palette-search");
        search.setPromptText("Search nodes");
        search.setLeft(new FontIcon("mdi2m-magnify"));
        ListView<PaletteEntry> list = new ListView<>(shown);
        list.setId("palette-list");
        list.setCellFactory(view -> new EntryCell());
        list.setPlaceholder(new Label("No node matches"));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, search, list);
    }

    private static final class EntryCell extends ListCell<PaletteEntry> {
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
            setTooltip(new Tooltip(entry.description()));
        }
    }
}
