package adjoint.app.optimize;

import adjoint.app.ui.CanvasSurface;
import adjoint.app.optimize.SvmPainter.Picture;
import adjoint.engine.optimize.Datasets;
import adjoint.engine.optimize.LinearModel;
import adjoint.engine.optimize.LogisticTrainer;
import adjoint.engine.optimize.PointSet;
import adjoint.engine.optimize.PointsCsv;
import adjoint.engine.optimize.Settings;
import adjoint.engine.optimize.SvmLoss;
import adjoint.engine.optimize.SvmTrainer;
import adjoint.engine.optimize.Algorithm;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The SVM margins window: points you edit with the mouse, a soft-margin SVM retraining as you edit (animated), the
 * exact solution and logistic regression as overlays. Thin: {@link SvmModel} holds the state and does the work.
 */
public final class SvmWindow {
    private final Stage stage = new Stage();
    private final SvmModel model;
    private final Worker exporter;
    private final CanvasPane plot = new CanvasPane(this::repaint);
    private final CheckBox exact = new CheckBox("show exact solution (dual)");
    private final CheckBox logistic = new CheckBox("logistic regression boundary");
    private final ChoiceBox<String> dataset = new ChoiceBox<>();
    private final Label status = new Label();
    private double[] view = {0, 10, 0, 10};
    private int dragging = -1;
    private int selected = -1;
    private boolean dragged;

    public SvmWindow(Window owner) {
        var pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "svm-worker");
            t.setDaemon(true);
            return t;
        });
        model = new SvmModel(new Worker(pool, javafx.application.Platform::runLater), 1500, 5, 12);
        exporter = new Worker(pool, javafx.application.Platform::runLater);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("SVM margins — Adjoint");
        stage.setScene(new Scene(createView(), 1300, 860));
        initListeners();
        stage.setOnHidden(e -> close());
        dataset.setValue("midterm-q4");
    }

    public static SvmWindow open(Window owner) {
        SvmWindow w = new SvmWindow(owner);
        w.stage.show();
        return w;
    }

    public Stage stage() {
        return stage;
    }

    SvmModel model() {
        return model;
    }

    private BorderPane createView() {
        dataset.getItems().setAll(Datasets.NAMES);
        dataset.setId("svm-dataset");
        LogSlider c = new LogSlider("C", -3, 3, 1, Math::log10, v -> Math.pow(10, v), model::setC);
        c.setId("svm-c");
        ChoiceBox<SvmLoss> loss = new ChoiceBox<>();
        loss.getItems().setAll(SvmLoss.values());
        loss.setValue(SvmLoss.HINGE);
        loss.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SvmLoss l) {
                return l == null ? "" : l == SvmLoss.HINGE ? "hinge max(0, 1 − m)" : "squared hinge max(0, 1 − m)²";
            }

            @Override
            public SvmLoss fromString(String text) {
                return SvmLoss.parse(text);
            }
        });
        loss.setId("svm-loss");
        loss.setOnAction(e -> model.setLoss(loss.getValue()));
        exact.setId("svm-exact");
        exact.setSelected(true);
        exact.setOnAction(e -> repaint());
        logistic.setId("svm-logistic");
        logistic.setOnAction(e -> repaint());
        Button retrain = new Button("Retrain");
        retrain.setOnAction(e -> model.retrain());
        Button clear = new Button("Clear points");
        clear.setOnAction(e -> model.setPoints(PointSet.empty()));
        MenuButton files = new MenuButton("File");
        files.getItems().addAll(item("Import points (CSV)…", this::importCsv), item("Export points (CSV)…", this::exportCsv),
                item("Export PNG image…", () -> exportPicture("png")), item("Export SVG drawing…", () -> exportPicture("svg")),
                item("Export animated GIF of training…", this::exportGif));
        Label help = new Label("""
                Click: add a point of class +1 (●)
                Shift-click: add a point of class −1 (■)
                Drag: move a point
                Right-click or Delete: remove a point
                Ctrl-click or R: relabel a point
                Black rings: support vectors (training)
                Green rings: support vectors (exact)
                Red segments: slack ξ of violators
                Dashed: margins w·x + b = ±1""");
        help.setWrapText(true);
        VBox controls = new VBox(8, new Label("Dataset"), dataset, new Label("penalty C (log scale)"), c,
                new Label("loss"), loss, exact, logistic, new HBox(6, retrain, clear), files);
        VBox side = new VBox(12, new TitledPane("Model", controls), new TitledPane("Mouse", help), status);
        side.setPadding(new Insets(8));
        side.setPrefWidth(320);
        status.setWrapText(true);
        status.setId("svm-status");
        plot.setId("svm-canvas");
        plot.setFocusTraversable(true);
        BorderPane root = new BorderPane(plot);
        root.setLeft(side);
        return root;
    }

    private void initListeners() {
        dataset.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                PointSet set = Datasets.named(now);
                fitView(set);
                model.setPoints(set);
            }
        });
        model.pointsProperty().addListener((o, was, now) -> repaint());
        model.snapshotProperty().addListener((o, was, now) -> repaint());
        var canvas = plot.canvas();
        canvas.setOnMousePressed(e -> {
            plot.requestFocus();
            Frame f = frame();
            int hit = hit(f, e.getX(), e.getY());
            dragged = false;
            dragging = e.getButton() == MouseButton.PRIMARY && !e.isControlDown() ? hit : -1;
            selected = hit;
        });
        canvas.setOnMouseDragged(e -> {
            if (dragging >= 0) {
                Frame f = frame();
                dragged = true;
                model.move(dragging, f.dataX(clampX(f, e.getX())), f.dataY(clampY(f, e.getY())));
            }
        });
        canvas.setOnMouseReleased(e -> {
            Frame f = frame();
            int hit = hit(f, e.getX(), e.getY());
            if (dragged) {
                dragging = -1;
                return;
            }
            if (e.getButton() == MouseButton.SECONDARY && hit >= 0) {
                model.remove(hit);
                selected = -1;
            } else if (e.getButton() == MouseButton.PRIMARY && hit >= 0 && e.isControlDown()) {
                model.relabel(hit);
            } else if (e.getButton() == MouseButton.PRIMARY && hit < 0 && f.contains(e.getX(), e.getY())) {
                model.add(f.dataX(e.getX()), f.dataY(e.getY()), e.isShiftDown() ? -1 : 1);
            }
            dragging = -1;
        });
        plot.setOnKeyPressed(e -> {
            if (selected < 0 || selected >= model.pointsProperty().get().size()) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                model.remove(selected);
                selected = -1;
            } else if (e.getCode() == KeyCode.R || e.getCode() == KeyCode.L) {
                model.relabel(selected);
            }
        });
    }

    private int hit(Frame f, double x, double y) {
        double rx = 9 * (f.xMax() - f.xMin()) / f.width();
        double ry = 9 * (f.yMax() - f.yMin()) / f.height();
        return model.nearest(f.dataX(x), f.dataY(y), rx, ry);
    }

    private static double clampX(Frame f, double x) {
        return Math.max(f.left(), Math.min(f.left() + f.width(), x));
    }

    private static double clampY(Frame f, double y) {
        return Math.max(f.top(), Math.min(f.top() + f.height(), y));
    }

    private void fitView(PointSet set) {
        double[] b = set.bounds();
        if (b == null) {
            return;
        }
        double px = Math.max(1, 0.15 * (b[1] - b[0]));
        double py = Math.max(1, 0.15 * (b[3] - b[2]));
        view = new double[] {b[0] - px, b[1] + px, b[2] - py, b[3] + py};
    }

    Picture picture() {
        return new Picture(model.pointsProperty().get(), model.snapshotProperty().get(), view, exact.isSelected(),
                logistic.isSelected(), model.c(), model.loss().label());
    }

    private Frame frame() {
        return SvmPainter.frame(picture(), plot.canvas().getWidth(), plot.canvas().getHeight());
    }

    private void repaint() {
        var canvas = plot.canvas();
        SvmPainter.paint(new CanvasSurface(canvas.getGraphicsContext2D()), canvas.getWidth(), canvas.getHeight(), picture());
    }

    private void importCsv() {
        FileChooser chooser = chooser("points.csv");
        File file = chooser.showOpenDialog(stage);
        if (file == null) {
            return;
        }
        try {
            PointSet set = PointsCsv.read(Files.readString(file.toPath()));
            fitView(set);
            model.setPoints(set);
            status.setText("Read " + set.size() + " points from " + file.getName());
        } catch (PointsCsv.Malformed e) {
            error("Could not read " + file.getName(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            error("Could not read " + file.getName(), String.valueOf(e.getMessage()));
        }
    }

    private void exportCsv() {
        File file = chooser("points.csv").showSaveDialog(stage);
        if (file != null) {
            try {
                Files.writeString(file.toPath(), model.exportCsv(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                error("Could not write " + file.getName(), e.getMessage());
            }
        }
    }

    private void exportPicture(String kind) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("svm." + kind);
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        Picture p = picture();
        double w = plot.canvas().getWidth();
        double h = plot.canvas().getHeight();
        try {
            if (kind.equals("svg")) {
                Exports.svg(file.toPath(), w, h, s -> SvmPainter.paint(s, w, h, p));
            } else {
                Exports.png(file.toPath(), w, h, s -> SvmPainter.paint(s, w, h, p));
            }
        } catch (RuntimeException e) {
            error("Could not write " + file.getName(), e.getMessage());
        }
    }

    /** Trains again off the UI thread and writes one frame every 10 steps, 40 frames. */
    private void exportGif() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("svm-training.gif");
        File file = chooser.showSaveDialog(stage);
        PointSet set = model.pointsProperty().get();
        if (file == null || !set.hasBothClasses()) {
            return;
        }
        Picture p = picture();
        double w = plot.canvas().getWidth();
        double h = plot.canvas().getHeight();
        double c = model.c();
        SvmLoss loss = model.loss();
        status.setText("Writing " + file.getName() + "…");
        exporter.submit((g, current, publish) -> {
            SvmTrainer svm = new SvmTrainer(set, c, loss, SvmTrainer.defaultSettings());
            LogisticTrainer lr = new LogisticTrainer(set, Settings.of(Algorithm.ADAM).withLr(0.05));
            List<BufferedImage> frames = new ArrayList<>();
            for (int k = 0; k < 40 && current.test(g); k++) {
                LinearModel l = lr.model();
                SvmModel.Snapshot snap = new SvmModel.Snapshot(svm.current(), p.snapshot() == null ? null : p.snapshot().exact(),
                        null, l, null, false);
                Picture frame = new Picture(set, snap, p.view(), p.exact(), p.logistic(), c, loss.label());
                frames.add(Exports.image(w, h, 1, s -> SvmPainter.paint(s, w, h, frame)));
                svm.run(10);
                lr.run(10);
            }
            String message;
            try {
                Exports.gif(file.toPath(), frames, 100);
                message = "Wrote " + file.getName();
            } catch (RuntimeException e) {
                message = "Could not write the GIF: " + e.getMessage();
            }
            String m = message;
            publish.accept(() -> status.setText(m));
        });
    }

    private FileChooser chooser(String name) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (x1,x2,label)", "*.csv"));
        return chooser;
    }

    private void error(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(stage);
        alert.setHeaderText(header);
        alert.show();
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Drops every computation still to come. */
    void close() {
        model.close();
        exporter.close();
    }
}
