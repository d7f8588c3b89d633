package adjoint.app.optimize;

import adjoint.app.ui.CanvasSurface;
import adjoint.app.optimize.LandscapeModel.Domain;
import adjoint.app.optimize.LandscapePainter.Picture;
import adjoint.engine.optimize.Algorithm;
import adjoint.engine.optimize.Objective;
import adjoint.engine.optimize.Path;
import adjoint.engine.optimize.PathPoint;
import adjoint.engine.optimize.Race;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The loss-landscape window: a program and its free variables, the surface (two variables) or curve (one), and an
 * optimizer race from a start point you click. Thin: {@link LandscapeModel} holds the state and does the work.
 */
public final class LandscapeWindow {
    static final String DEFAULT_2D = "samples/midterm-q6.adj";
    static final String DEFAULT_1D = "samples/midterm-q2.adj";
    static final String Q6 = "# Midterm Q6\nx = 1.0\ny = 1.0\nf = -x*log(x) - y*log(y)\n";
    static final String Q2 = "# Midterm Q2\nx = 6.0\nf = log(x**2)\nloss = (3 - f)**2\n";

    private final Stage stage = new Stage();
    private final LandscapeModel model;
    private final Worker exporter;
    private final CanvasPane plot = new CanvasPane(this::repaint);
    private final TextArea program = new TextArea();
    private final TextField variables = new TextField();
    private final Label status = new Label();
    private final CheckBox arrows = new CheckBox("gradient arrows");
    private final TableView<PathPoint> table = new TableView<>();
    private final ChoiceBox<String> tablePath = new ChoiceBox<>();
    private final Timeline player = new Timeline();
    private final Slider speed = new Slider(1, 60, 8);
    private final Button play = new Button("Play");
    private double dragX;
    private double dragY;
    private boolean dragged;

    public LandscapeWindow(Window owner) {
        var pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "landscape-worker");
            t.setDaemon(true);
            return t;
        });
        model = new LandscapeModel(new Worker(pool, javafx.application.Platform::runLater),
                new Worker(pool, javafx.application.Platform::runLater));
        exporter = new Worker(pool, javafx.application.Platform::runLater);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Loss landscape — Adjoint");
        stage.setScene(new Scene(createView(), 1400, 900));
        initListeners();
        stage.setOnHidden(e -> close());
        program.setText(sample(DEFAULT_2D, Q6));
        variables.setText("x, y");
        model.setLearningRate(0.1);
        load();
    }

    /** Opens a window on a program with the given free variables (the midterm Q6 or Q2 program by default). */
    public static LandscapeWindow open(Window owner) {
        LandscapeWindow w = new LandscapeWindow(owner);
        w.stage.show();
        return w;
    }

    /**
     * Opens a window on the editor's document: its program, with its first one or two scalar variables free
     * (the default example when the document has none).
     */
    public static LandscapeWindow open(Window owner, adjoint.engine.graph.ExprGraph graph) {
        LandscapeWindow w = open(owner);
        if (graph != null && !graph.nodes().isEmpty()) {
            var labels = graph.labels();
            java.util.List<String> free = graph.nodes().stream()
                    .filter(n -> n.isLeaf() && n.attrs().get("value") instanceof Number)
                    .map(n -> labels.get(n.id())).limit(2).toList();
            if (!free.isEmpty()) {
                w.show(graph.toProgram(), String.join(", ", free));
            }
        }
        return w;
    }

    public Stage stage() {
        return stage;
    }

    LandscapeModel model() {
        return model;
    }

    /** Shows {@code text} with {@code vars} free. */
    void show(String text, String vars) {
        program.setText(text);
        variables.setText(vars);
        load();
    }

    private BorderPane createView() {
        program.setPrefRowCount(7);
        program.setId("landscape-program");
        program.setStyle("-fx-font-family: monospace;");
        variables.setId("landscape-vars");
        variables.setPromptText("one or two leaves, e.g. x, y");
        Button load = new Button("Load");
        load.setId("landscape-load");
        load.setDefaultButton(true);
        load.setOnAction(e -> load());
        MenuButton examples = new MenuButton("Examples");
        MenuItem q6 = new MenuItem("Midterm Q6: −x ln x − y ln y (x, y)");
        q6.setOnAction(e -> show(sample(DEFAULT_2D, Q6), "x, y"));
        MenuItem q2 = new MenuItem("Midterm Q2: (3 − ln x²)² (x)");
        q2.setOnAction(e -> show(sample(DEFAULT_1D, Q2), "x"));
        MenuItem rosen = new MenuItem("Rosenbrock (x, y)");
        rosen.setOnAction(e -> show("x = -1.5\ny = 1.5\nf = (1 - x)**2 + 100*(y - x**2)**2\n", "x, y"));
        examples.getItems().addAll(q6, q2, rosen);
        VBox programBox = new VBox(6, new Label("Program (the last line is minimised)"), program,
                new HBox(6, new Label("variables"), variables, load), examples);

        VBox optimizers = new VBox(4);
        List<CheckBox> boxes = new ArrayList<>();
        List<TextField> rates = new ArrayList<>();
        for (Algorithm a : Algorithm.values()) {
            CheckBox box = new CheckBox(a.label());
            box.setId("opt-" + a.label());
            box.setSelected(a == Algorithm.SGD);
            Color c = CanvasSurface.colour(Colours.of(a));
            box.setTextFill(a == Algorithm.ADAM ? Color.BLACK : c.darker());
            box.setStyle("-fx-font-weight: bold;");
            box.selectedProperty().addListener((o, was, now) -> model.setAlgorithms(chosen(boxes)));
            box.setUserData(a);
            box.setMinWidth(110);
            boxes.add(box);
            TextField rate = rateField(a);
            rates.add(rate);
            optimizers.getChildren().add(new HBox(6, box, new Label("α"), rate));
        }
        LogSlider lr = new LogSlider("α", -4, 1, 0.1, Math::log10, v -> Math.pow(10, v), v -> {
            model.setLearningRate(v);
            rates.forEach(r -> r.setText(Frame.brief(v)));
        });
        lr.setId("landscape-lr");
        LogSlider beta = new LogSlider("β", -3, 0, 0.9, b -> Math.log10(1 - b), v -> 1 - Math.pow(10, v), model::setBeta);
        beta.setId("landscape-beta");
        beta.slider().setRotate(180);
        speed.setShowTickLabels(true);
        play.setId("landscape-play");
        play.setOnAction(e -> togglePlay());
        Button step = new Button("Step");
        step.setId("landscape-step");
        step.setOnAction(e -> model.step());
        Button reset = new Button("Reset");
        reset.setOnAction(e -> model.restart());
        Button fit = new Button("Fit view");
        fit.setOnAction(e -> model.setDomain(model.fitted()));
        arrows.setId("landscape-arrows");
        arrows.selectedProperty().addListener((o, was, now) -> repaint());
        MenuButton export = new MenuButton("Export");
        export.getItems().addAll(item("PNG image…", () -> exportPicture("png")), item("SVG drawing…", () -> exportPicture("svg")),
                item("Animated GIF of the run…", this::exportGif), item("Iteration table (CSV)…", this::exportCsv));
        VBox raceBox = new VBox(6, new Label("Optimizers (one race, one start)"), optimizers,
                new Label("learning rate α of every optimizer (log scale)"), lr, new Label("β (log scale of 1 − β)"), beta,
                new Label("speed (steps per second)"), speed, new HBox(6, play, step, reset, fit), arrows, export,
                new Label("Click: start point · wheel: zoom · drag: pan"));
        VBox side = new VBox(12, new TitledPane("Objective", programBox), new TitledPane("Race", raceBox), status);
        side.setPadding(new Insets(8));
        side.setPrefWidth(360);
        status.setWrapText(true);
        status.setId("landscape-status");

        plot.setId("landscape-canvas");
        table.setId("landscape-table");
        table.getColumns().addAll(List.of(column("k", p -> Integer.toString(p.step())),
                column("parameters", p -> Arrays.stream(p.values()).mapToObj(Frame::brief).collect(Collectors.joining(", ", "(", ")"))),
                column("f", p -> Frame.brief(p.f())),
                column("∇f", p -> Arrays.stream(p.grad()).mapToObj(Frame::brief).collect(Collectors.joining(", ", "(", ")")))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tablePath.setOnAction(e -> fillTable());
        Button csv = new Button("Export CSV");
        csv.setId("landscape-csv");
        csv.setOnAction(e -> exportCsv());
        BorderPane tableBox = new BorderPane(table);
        tableBox.setTop(new HBox(8, new Label("Iterations of"), tablePath, csv));
        SplitPane center = new SplitPane(plot, tableBox);
        center.setOrientation(javafx.geometry.Orientation.VERTICAL);
        center.setDividerPositions(0.72);
        BorderPane root = new BorderPane(center);
        root.setLeft(side);
        return root;
    }

    private void initListeners() {
        model.sampledProperty().addListener((o, was, now) -> repaint());
        model.domainProperty().addListener((o, was, now) -> repaint());
        model.startProperty().addListener((o, was, now) -> repaint());
        model.pathsProperty().addListener((o, was, now) -> {
            repaint();
            fillTable();
            if (model.finished()) {
                stop();
            }
        });
        model.errorProperty().addListener((o, was, now) -> showStatus());
        model.sampledProperty().addListener((o, was, now) -> showStatus());
        var canvas = plot.canvas();
        canvas.setOnScroll(e -> {
            Picture p = picture();
            if (p.domain() == null) {
                return;
            }
            Frame f = frame(p);
            double factor = e.getDeltaY() > 0 ? 0.8 : 1.25;
            Domain d = p.domain();
            double cx = f.dataX(e.getX());
            double cy = p.names().size() == 2 ? f.dataY(e.getY()) : 0;
            Domain z = d.zoomed(factor, cx, cy);
            model.setDomain(p.names().size() == 2 ? z : new Domain(z.xMin(), z.xMax(), d.yMin(), d.yMax()));
        });
        canvas.setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
        });
        canvas.setOnMouseDragged(e -> {
            Picture p = picture();
            if (p.domain() == null || Math.hypot(e.getX() - dragX, e.getY() - dragY) < 3 && !dragged) {
                return;
            }
            dragged = true;
            Frame f = frame(p);
            double dx = f.dataX(dragX) - f.dataX(e.getX());
            double dy = p.names().size() == 2 ? f.dataY(dragY) - f.dataY(e.getY()) : 0;
            dragX = e.getX();
            dragY = e.getY();
            model.setDomain(p.domain().shifted(dx, dy));
        });
        canvas.setOnMouseReleased(e -> {
            Picture p = picture();
            if (dragged || e.getButton() != MouseButton.PRIMARY || p.domain() == null) {
                return;
            }
            Frame f = frame(p);
            if (f.contains(e.getX(), e.getY())) {
                model.placeStart(p.names().size() == 2 ? new double[] {f.dataX(e.getX()), f.dataY(e.getY())}
                        : new double[] {f.dataX(e.getX())});
            }
        });
    }

    private void showStatus() {
        String error = model.errorProperty().get();
        var s = model.sampledProperty().get();
        String note = s == null ? null : s.surface() != null ? s.surface().note() : s.curve() != null ? s.curve().note() : null;
        status.setText(error != null ? "⚠ " + error : note != null ? "Undefined where shaded: " + note : "");
        status.setTextFill(error != null ? Color.web("#b00020") : Color.web("#444444"));
    }

    private void load() {
        stop();
        List<String> names = Arrays.stream(variables.getText().split("[,\\s]+")).filter(t -> !t.isBlank()).toList();
        model.load(program.getText(), names);
    }

    private void togglePlay() {
        if (player.getStatus() == Timeline.Status.RUNNING) {
            stop();
        } else {
            player.getKeyFrames().setAll(new KeyFrame(Duration.seconds(1 / speed.getValue()), e -> model.step()));
            player.setCycleCount(Timeline.INDEFINITE);
            player.play();
            play.setText("Pause");
        }
    }

    private void stop() {
        player.stop();
        play.setText("Play");
    }

    Picture picture() {
        Objective f = model.objectiveProperty().get();
        List<String> names = f == null ? List.of("x", "y") : f.coordinates();
        return new Picture(names, model.sampledProperty().get(), model.domainProperty().get(), model.startProperty().get(),
                model.pathsProperty().get(), arrows.isSelected());
    }

    private Frame frame(Picture p) {
        return LandscapePainter.mainFrame(p, plot.canvas().getWidth(), plot.canvas().getHeight());
    }

    private void repaint() {
        var canvas = plot.canvas();
        LandscapePainter.paint(new CanvasSurface(canvas.getGraphicsContext2D()), canvas.getWidth(), canvas.getHeight(), picture());
    }

    private void fillTable() {
        List<Path> paths = model.pathsProperty().get();
        List<String> names = paths.stream().map(p -> p.settings().algorithm().label()).toList();
        String selected = tablePath.getValue();
        if (!tablePath.getItems().equals(names)) {
            tablePath.getItems().setAll(names);
        }
        tablePath.setValue(names.contains(selected) ? selected : names.isEmpty() ? null : names.get(0));
        Path p = selectedPath();
        table.getItems().setAll(p == null ? List.of() : p.points());
        if (!table.getItems().isEmpty()) {
            table.scrollTo(table.getItems().size() - 1);
        }
    }

    private Path selectedPath() {
        return model.pathsProperty().get().stream()
                .filter(p -> p.settings().algorithm().label().equals(tablePath.getValue())).findFirst().orElse(null);
    }

    private void exportCsv() {
        Path p = selectedPath();
        if (p == null) {
            return;
        }
        File file = choose("iterations-" + p.settings().algorithm().label() + ".csv", "CSV", "*.csv");
        if (file != null) {
            guard(() -> Files.writeString(file.toPath(), p.toCsv(), StandardCharsets.UTF_8));
        }
    }

    private void exportPicture(String kind) {
        File file = choose("landscape." + kind, kind.toUpperCase(), "*." + kind);
        if (file == null) {
            return;
        }
        Picture p = picture();
        double w = plot.canvas().getWidth();
        double h = plot.canvas().getHeight();
        guard(() -> {
            if (kind.equals("svg")) {
                Exports.svg(file.toPath(), w, h, s -> LandscapePainter.paint(s, w, h, p));
            } else {
                Exports.png(file.toPath(), w, h, s -> LandscapePainter.paint(s, w, h, p));
            }
        });
    }

    /** The most frames an animated GIF of a race has. */
    static final int GIF_FRAMES = 120;

    /** Writes the race on screen as an animated GIF off the UI thread, one frame a step (or a few steps). */
    private void exportGif() {
        File file = choose("race.gif", "GIF", "*.gif");
        Objective f = model.objectiveProperty().get();
        if (file == null || f == null || model.settings().isEmpty()) {
            return;
        }
        Picture p = picture();
        double w = plot.canvas().getWidth();
        double h = plot.canvas().getHeight();
        var settings = model.settings();
        double[] start = model.startProperty().get();
        List<Path> shown = model.pathsProperty().get();
        boolean replay = shown.stream().anyMatch(path -> path.steps() > 0);
        status.setText("Writing " + file.getName() + "…");
        exporter.submit((g, current, publish) -> {
            // The run on screen, step by step; before any step, a fresh run of up to 60 steps from the start.
            List<List<Path>> runs = new ArrayList<>();
            if (replay) {
                runs.addAll(LandscapeModel.replay(shown, GIF_FRAMES));
            } else {
                Race race = new Race(f, settings, start);
                for (int k = 0; k <= 60 && current.test(g); k++) {
                    runs.add(race.paths());
                    if (race.finished()) {
                        break;
                    }
                    race.step();
                }
            }
            List<BufferedImage> frames = new ArrayList<>();
            for (List<Path> paths : runs) {
                if (!current.test(g)) {
                    return;
                }
                Picture frame = new Picture(p.names(), p.sampled(), p.domain(), start, paths, p.arrows());
                frames.add(Exports.image(w, h, 1, s -> LandscapePainter.paint(s, w, h, frame)));
            }
            String message;
            try {
                Exports.gif(file.toPath(), frames, 120);
                message = "Wrote " + file.getName() + " (" + frames.size() + " frames)";
            } catch (RuntimeException e) {
                message = "Could not write the GIF: " + e.getMessage();
            }
            String m = message;
            publish.accept(() -> status.setText(m));
        });
    }

    private File choose(String name, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        return chooser.showSaveDialog(stage);
    }

    private void guard(IoAction action) {
        try {
            action.run();
        } catch (IOException | RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, String.valueOf(e.getMessage()));
            alert.initOwner(stage);
            alert.setHeaderText("Export failed");
            alert.show();
        }
    }

    interface IoAction {
        void run() throws IOException;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static TableColumn<PathPoint, String> column(String name, java.util.function.Function<PathPoint, String> text) {
        TableColumn<PathPoint, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new SimpleStringProperty(text.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private static Set<Algorithm> chosen(List<CheckBox> boxes) {
        Set<Algorithm> out = EnumSet.noneOf(Algorithm.class);
        boxes.stream().filter(CheckBox::isSelected).forEach(b -> out.add((Algorithm) b.getUserData()));
        return out;
    }

    /** One optimizer's own learning rate: Enter or leaving the field applies it; a bad number is marked and kept out. */
    private TextField rateField(Algorithm a) {
        TextField field = new TextField(Frame.brief(model.learningRate(a)));
        field.setId("landscape-lr-" + a.label());
        field.setPrefColumnCount(6);
        field.setTooltip(new javafx.scene.control.Tooltip("Learning rate α of " + a.label()
                + " alone (the slider below sets every optimizer's)"));
        Runnable apply = () -> {
            try {
                double v = Double.parseDouble(field.getText().trim());
                if (v != model.learningRate(a)) {
                    model.setLearningRate(a, v);
                }
                field.setStyle("");
                status.setText("");
            } catch (IllegalArgumentException e) {
                field.setStyle("-fx-border-color: #d0021b;");
                status.setText("α of " + a.label() + ": " + (e instanceof NumberFormatException
                        ? "'" + field.getText() + "' is not a number" : e.getMessage()));
            }
        };
        field.setOnAction(e -> apply.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                apply.run();
            }
        });
        return field;
    }

    /** The sample's text from the working directory or the class path, else the built-in copy. */
    static String sample(String path, String fallback) {
        try {
            java.nio.file.Path file = java.nio.file.Path.of(path);
            if (Files.isRegularFile(file)) {
                return Files.readString(file);
            }
            try (InputStream in = LandscapeWindow.class.getResourceAsStream("/adjoint/" + path)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall back to the built-in copy
        }
        return fallback;
    }

    /** Stops playing and drops every computation still to come. */
    void close() {
        player.stop();
        model.close();
        exporter.close();
    }
}
