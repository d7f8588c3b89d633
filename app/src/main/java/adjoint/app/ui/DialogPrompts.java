package adjoint.app.ui;

import adjoint.app.document.DocumentStore;
import adjoint.app.render.GraphExport;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** {@link Prompts} with the platform's file choosers and JavaFX dialogs, owned by the main window. */
final class DialogPrompts implements Prompts {
    private final Stage owner;
    private File lastFolder;

    DialogPrompts(Stage owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseOpen() {
        FileChooser chooser = chooser("Open");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Graphs and programs", "*." + DocumentStore.EXTENSION,
                        "*." + DocumentStore.PROGRAM_EXTENSION),
                new FileChooser.ExtensionFilter("Adjoint graphs", "*." + DocumentStore.EXTENSION),
                new FileChooser.ExtensionFilter("Programs", "*." + DocumentStore.PROGRAM_EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseSave(String extension, String name) {
        FileChooser chooser = chooser("Save");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase() + " files", "*." + extension));
        chooser.setInitialFileName(name + "." + extension);
        return remember(chooser.showSaveDialog(owner)).map(p -> p.toString().endsWith("." + extension) ? p
                : p.resolveSibling(p.getFileName() + "." + extension));
    }

    @Override
    public SaveChoice askSave(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + documentName + "?");
        alert.setContentText("Your changes are lost if you don't save them.");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? SaveChoice.SAVE : answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public boolean askRecover(Instant savedAt, Optional<Path> file) {
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", recover, discard);
        alert.initOwner(owner);
        alert.setTitle("Recover unsaved work");
        alert.setHeaderText("Adjoint did not close properly last time.");
        alert.setContentText("Recover the unsaved " + file.map(p -> p.getFileName().toString()).orElse("document")
                + " from " + DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault()).format(savedAt) + "?");
        return alert.showAndWait().orElse(discard) == recover;
    }

    @Override
    public Optional<GraphExport.ExportOptions> askExport(String format, GraphExport.ExportOptions initial,
                                                         boolean hasSelection) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export " + format);
        dialog.setHeaderText("Export the graph as " + format);
        Spinner<Integer> scale = new Spinner<>(1, 4, (int) initial.scale());
        scale.setId("export-scale");
        CheckBox transparent = new CheckBox("Transparent background");
        transparent.setSelected(initial.transparent());
        CheckBox values = new CheckBox("Show values");
        values.setSelected(initial.showValues());
        CheckBox grads = new CheckBox("Show gradients");
        grads.setSelected(initial.showGrads());
        CheckBox selection = new CheckBox("Selected nodes only");
        selection.setSelected(hasSelection && initial.only() != null);
        selection.setDisable(!hasSelection);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        if (format.equals("PNG")) {
            grid.addRow(row++, new Label("Scale"), scale);
        }
        grid.add(transparent, 0, row++, 2, 1);
        grid.add(values, 0, row++, 2, 1);
        grid.add(grads, 0, row++, 2, 1);
        grid.add(selection, 0, row, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        return Optional.of(new GraphExport.ExportOptions(scale.getValue(), transparent.isSelected(), values.isSelected(),
                grads.isSelected(), selection.isSelected() ? Set.of() : null, initial.theme()));
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File f) {
        if (f != null) {
            lastFolder = f.getParentFile();
        }
        return Optional.ofNullable(f).map(File::toPath);
    }
}
