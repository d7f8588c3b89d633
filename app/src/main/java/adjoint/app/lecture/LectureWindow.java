package adjoint.app.lecture;

import adjoint.app.ui.CanvasSurface;
import adjoint.app.document.Document;
import adjoint.app.render.GraphTheme;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The lecture window: the graph drawn by the one painter with the sweep's current step lit, the adjoint table
 * beside it in the exam's layout, and controls to play, pause, step, change speed, scrub the timeline and jump to
 * a node. F5 switches presentation mode (full screen, large fonts, chrome hidden); a clicker's keys step the
 * sweep (PageDown/Right/Space forward, PageUp/Left back, B blanks the screen). Check my work sits under the table.
 */
public final class LectureWindow {
    /** JavaFX's headless platform (tests) cannot blit a full-screen window; presentation mode stays windowed there. */
    private static final boolean HEADLESS = "Headless".equalsIgnoreCase(System.getProperty("glass.platform"));
    /** Space above the picture, in pixels, where the window is taller than the picture. */
    private static final double TOP_MARGIN = 24;
    private final Lecture lecture;
    private final Duration stepDuration;
    private final Stage stage;
    private final SweepPicture picture;
    /**
     * The graph, repainted once per step; over it, repainted every frame of an animation, the caption's strip and
     * a canvas just over the lit nodes and edges (small canvases: the frame costs what moves, not the window).
     */
    private final Canvas graphCanvas = new Canvas(900, 520);
    private final Canvas captionCanvas = new Canvas(900, 100);
    private final Canvas lightsCanvas = new Canvas(10, 10);
    /** The frame-time overlay: a canvas too, since a label's new text every frame would lay the window out again. */
    private final Canvas meterCanvas = new Canvas(620, 28);
    private final Pane canvasPane = new Pane(graphCanvas, captionCanvas, lightsCanvas, meterCanvas);
    private String graphDrawn = "";
    private int graphDrawnAt = -1;
    private final TableView<AdjointTable.Row> table = new TableView<>();
    private final Slider scrub = new Slider();
    private final Slider speed = new Slider(0.25, 4, 1);
    private final Label caption = new Label();
    private final ToggleButton play = new ToggleButton("Play", new FontIcon("mdi2p-play"));
    private final Region blank = new Region();
    private final HBox controls = new HBox(6);
    private final CheckPanel check;
    private final ScrollPane checkScroll;
    private final BorderPane root = new BorderPane();
    private final SplitPane split = new SplitPane();
    private final SweepAnimator animator;
    private final LectureExports exports;
    private final CanvasSurface captionSurface;
    private final CanvasSurface lightsSurface;
    private final CanvasSurface graphSurface;
    private boolean presenting;
    private boolean meterShown;

    /** A window for {@code document}, stepping every {@code stepDuration} when playing (zero in tests). */
    public LectureWindow(Stage stage, Document document, Duration stepDuration) {
        this(stage, Lecture.of(document), stepDuration);
    }

    private LectureWindow(Stage stage, Lecture lecture, Duration stepDuration) {
        this.stage = stage;
        this.lecture = lecture;
        this.stepDuration = stepDuration;
        this.picture = new SweepPicture(lecture, GraphTheme.LIGHT);
        this.check = new CheckPanel(lecture);
        this.checkScroll = new ScrollPane(check);
        this.captionSurface = new CanvasSurface(captionCanvas.getGraphicsContext2D());
        this.lightsSurface = new CanvasSurface(lightsCanvas.getGraphicsContext2D());
        this.graphSurface = new CanvasSurface(graphCanvas.getGraphicsContext2D());
        this.animator = new SweepAnimator(lecture.timeline(), stepDuration, speed::getValue, this::draw,
                () -> play.setSelected(false));
        this.exports = new LectureExports(lecture, caption::setText);
        createView();
        initListeners();
        refresh();
        redraw();
        Thread.ofPlatform().daemon().name("lecture-layout").start(picture::prepare);
    }

    /** Opens a lecture window of its own for {@code document} (the View menu's "Lecture mode"). */
    public static void open(Document document) {
        // the sweeps and the symbolic derivatives are worked out on a worker: a large graph takes a while, and the
        // editor stays responsive meanwhile (closing the small window gives the lecture up)
        Stage stage = new Stage();
        Label wait = new Label("Preparing the lecture: working out the sweeps and the derivatives…");
        wait.setPadding(new Insets(24));
        stage.setScene(new Scene(new StackPane(wait)));
        stage.setTitle("Adjoint: lecture mode");
        stage.show();
        Thread.ofPlatform().daemon().name("lecture-prepare").start(() -> {
            try {
                Lecture lecture = Lecture.of(document);
                javafx.application.Platform.runLater(() -> {
                    if (stage.isShowing()) {
                        stage.hide();
                        new LectureWindow(stage, lecture, Duration.millis(1200));
                        stage.sizeToScene();
                        stage.centerOnScreen();
                        stage.show();
                    }
                });
            } catch (RuntimeException e) {
                javafx.application.Platform.runLater(() -> wait.setText("No lecture for this graph: " + e.getMessage()));
            }
        });
    }

    public Stage stage() {
        return stage;
    }

    public Lecture lecture() {
        return lecture;
    }

    public boolean isPresenting() {
        return presenting;
    }

    public boolean isBlank() {
        return blank.isVisible();
    }

    private void createView() {
        canvasPane.setId("lecture-canvas-pane");
        captionCanvas.setMouseTransparent(true);
        lightsCanvas.setMouseTransparent(true);
        meterCanvas.setId("lecture-meter");
        meterCanvas.setMouseTransparent(true);
        meterCanvas.setVisible(false);
        meterCanvas.setLayoutX(8);
        meterCanvas.layoutYProperty().bind(canvasPane.heightProperty().subtract(36));
        canvasPane.setMinSize(200, 200);
        graphCanvas.setId("lecture-canvas");
        graphCanvas.widthProperty().bind(canvasPane.widthProperty());
        graphCanvas.heightProperty().bind(canvasPane.heightProperty());
        graphCanvas.widthProperty().addListener(o -> redraw());
        graphCanvas.heightProperty().addListener(o -> redraw());

        table.setId("adjoint-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(AdjointColumns.column("adjoint", 70, AdjointTable.Row::adjointName));
        table.getColumns().add(AdjointColumns.column("chain rule", 260, AdjointTable.Row::chainText));
        table.getColumns().add(AdjointColumns.column("formula", 170, AdjointTable.Row::formulaText));
        table.getColumns().add(AdjointColumns.column("value", 130, AdjointTable.Row::valueText));
        table.setPrefHeight(260);

        checkScroll.setFitToWidth(true);
        checkScroll.setVisible(false);
        checkScroll.setManaged(false);
        VBox side = new VBox(6, table, checkScroll);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox.setVgrow(checkScroll, Priority.ALWAYS);
        side.setPadding(new Insets(6));
        split.getItems().setAll(canvasPane, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.66);

        buildControls();
        caption.setId("lecture-caption");
        caption.setPadding(new Insets(4, 10, 6, 10));
        caption.setStyle("-fx-font-size: 1.3em");
        blank.setId("lecture-blank");
        blank.setStyle("-fx-background-color: black");
        blank.setVisible(false);
        root.setTop(controls);
        root.setCenter(split);
        HBox bottom = new HBox(12, caption, exports.progress());
        bottom.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(caption, Priority.ALWAYS);
        caption.setMaxWidth(Double.MAX_VALUE);
        root.setBottom(bottom);
        StackPane stack = new StackPane(root, blank);
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(stack, Math.min(1500, screen.getWidth()), Math.min(900, screen.getHeight()));
        stage.setScene(scene);
        stage.setTitle("Adjoint: lecture mode");
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
    }

    private void buildControls() {
        Button rewind = button("Start", "Back to the start (Home)", "lecture-rewind", lecture.timeline()::rewind);
        rewind.setGraphic(new FontIcon("mdi2s-skip-previous"));
        Button back = button("Step", "Step back (PageUp, Left)", "lecture-back", this::stepBack);
        back.setGraphic(new FontIcon("mdi2s-step-backward"));
        play.setId("lecture-play");
        play.setTooltip(new Tooltip("Play or pause"));
        play.setFocusTraversable(false);
        Button forward = button("Step", "Step forward (PageDown, Right, Space)", "lecture-forward", this::stepForward);
        forward.setGraphic(new FontIcon("mdi2s-step-forward"));
        forward.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        Button backward = button("Backward sweep", "Jump to the start of the backward sweep", "lecture-to-backward",
                lecture.timeline()::toBackward);
        scrub.setId("lecture-scrub");
        scrub.setMin(0);
        scrub.setMax(lecture.timeline().size());
        scrub.setMajorTickUnit(1);
        scrub.setMinorTickCount(0);
        scrub.setSnapToTicks(true);
        scrub.setShowTickMarks(true);
        HBox.setHgrow(scrub, Priority.ALWAYS);
        speed.setId("lecture-speed");
        speed.setPrefWidth(90);
        speed.setTooltip(new Tooltip("Speed: steps per second × the base pace"));
        ComboBox<String> jump = new ComboBox<>();
        jump.setId("lecture-jump");
        jump.setPromptText("Jump to node");
        lecture.derivatives().labels().values().forEach(jump.getItems()::add);
        jump.setOnAction(e -> {
            String label = jump.getValue();
            lecture.derivatives().labels().forEach((id, l) -> {
                if (l.equals(label)) {
                    lecture.timeline().jumpTo(id);
                }
            });
        });
        Button latex = button("Copy LaTeX", "Copy the adjoint table as LaTeX", "lecture-copy-latex", this::copyLatex);
        ToggleButton checkWork = new ToggleButton("Check my work");
        checkWork.setId("lecture-check");
        checkWork.selectedProperty().addListener((o, was, on) -> {
            checkScroll.setVisible(on);
            checkScroll.setManaged(on);
            table.setMaxHeight(on ? 290 : Double.MAX_VALUE);
        });
        Button present = button("Present (F5)", "Full screen, large fonts", "lecture-present", this::togglePresentation);
        controls.getChildren().addAll(rewind, back, play, forward, new Label("speed"), speed, scrub, backward, jump,
                new Separator(Orientation.VERTICAL), latex, exports.menu(stage), checkWork, present);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(6, 8, 6, 8));
    }

    private void initListeners() {
        lecture.timeline().addListener(this::refresh);
        scrub.valueProperty().addListener((o, was, now) -> lecture.timeline().seek((int) Math.round(now.doubleValue())));
        play.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                play();
            } else {
                pause();
            }
        });
        play.selectedProperty().addListener((o, was, on) -> play.setGraphic(new FontIcon(on ? "mdi2p-pause" : "mdi2p-play")));
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    private void key(KeyEvent e) {
        boolean typing = stage.getScene().getFocusOwner() instanceof TextInputControl;
        KeyCode k = e.getCode();
        if (k == KeyCode.F5) {
            togglePresentation();
        } else if (k == KeyCode.PAGE_DOWN || !typing && (k == KeyCode.RIGHT || k == KeyCode.SPACE || k == KeyCode.DOWN)) {
            stepForward();
        } else if (k == KeyCode.PAGE_UP || !typing && (k == KeyCode.LEFT || k == KeyCode.UP)) {
            stepBack();
        } else if (!typing && k == KeyCode.F) {
            meterShown = !meterShown;
            redraw();
        } else if (!typing && (k == KeyCode.B || k == KeyCode.PERIOD)) {
            blank.setVisible(!blank.isVisible());
        } else if (!typing && k == KeyCode.HOME) {
            lecture.timeline().rewind();
        } else if (!typing && k == KeyCode.END) {
            lecture.timeline().seek(lecture.timeline().size());
        } else if (k == KeyCode.ESCAPE && presenting) {
            setPresentation(false);
        } else {
            return;
        }
        e.consume();
    }

    /** One step on; a step still being animated is completed first, so every press moves exactly one step. */
    void stepForward() {
        blank.setVisible(false);
        animator.finish();
        lecture.timeline().stepForward();
    }

    void stepBack() {
        blank.setVisible(false);
        animator.finish();
        lecture.timeline().stepBack();
    }

    private void play() {
        animator.play();
    }

    private void pause() {
        animator.pause();
    }

    void togglePresentation() {
        setPresentation(!presenting);
    }

    private void setPresentation(boolean on) {
        presenting = on;
        controls.setVisible(!on);
        controls.setManaged(!on);
        if (on) {
            checkScroll.setVisible(false);
            checkScroll.setManaged(false);
        }
        // large fonts on what the room reads (not on the hidden tool bar: a menu button keeps a font it once had)
        split.setStyle(on ? "-fx-font-size: 24px" : "");
        root.getBottom().setStyle(on ? "-fx-font-size: 24px" : "");
        // presenting, the graph takes the whole width and the table sits under it, both readable from the back
        split.setOrientation(on ? Orientation.VERTICAL : Orientation.HORIZONTAL);
        split.setDividerPositions(on ? 0.6 : 0.66);
        if (!HEADLESS) {
            stage.setFullScreen(on);
        }
        redraw();
    }

    private void refresh() {
        SweepTimeline t = lecture.timeline();
        if ((int) Math.round(scrub.getValue()) != t.position()) {
            scrub.setValue(t.position());
        }
        table.getItems().setAll(lecture.table().rows());
        AdjointTable.Row active = lecture.table().activeRow();
        if (active == null) {
            table.getSelectionModel().clearSelection();
        } else {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).node().equals(active.node())) {
                    table.getSelectionModel().select(i);
                }
            }
        }
        SweepStep step = t.current();
        caption.setText(step == null ? "Press → (or PageDown, Space) to step; F5 to present; B blanks the screen."
                : step.caption());
        animator.follow();
    }

    private void redraw() {
        draw(animator.shown());
    }

    /**
     * Paints the picture at a fractional timeline position, fitted to the canvas: the graph only when its picture
     * changed (a new step's numbers, a new size), the caption and the lights over it every time.
     */
    private void draw(double position) {
        long t0 = System.nanoTime();
        double w = graphCanvas.getWidth();
        double h = graphCanvas.getHeight();
        double[] box = picture.bounds();
        double bw = box[2] - box[0];
        double bh = box[3] - box[1];
        double scale = Math.min(presenting ? 3 : 1.6, Math.min(w / bw, h / bh));
        double ox = Math.rint((w - bw * scale) / 2 - box[0] * scale);
        // near the top, not centred: in a hall the lower part of the screen is the part heads hide
        double oy = Math.rint(Math.min(TOP_MARGIN, Math.max(0, (h - bh * scale) / 2)) - box[1] * scale);
        int graphAt = picture.graphAt(position);
        String geometry = w + "x" + h + "/" + scale;
        if (graphAt != graphDrawnAt || !geometry.equals(graphDrawn)) {
            GraphicsContext g = graphCanvas.getGraphicsContext2D();
            g.setTransform(1, 0, 0, 1, 0, 0);
            g.setFill(CanvasSurface.colour(GraphTheme.LIGHT.background()));
            g.fillRect(0, 0, w, h);
            g.setTransform(scale, 0, 0, scale, ox, oy);
            picture.paintGraph(graphSurface, position);
            g.setTransform(1, 0, 0, 1, 0, 0);
            graphDrawn = geometry;
            graphDrawnAt = graphAt;
        }
        overlay(captionCanvas, captionSurface, picture.captionBounds(), scale, ox, oy,
                s -> picture.paintCaption(s, position));
        overlay(lightsCanvas, lightsSurface, picture.lightBounds(position), scale, ox, oy,
                s -> picture.paintLights(s, position));
        animator.meter().paint(System.nanoTime() - t0);
        meterCanvas.setVisible(meterShown);
        if (meterShown) {
            GraphicsContext m = meterCanvas.getGraphicsContext2D();
            m.clearRect(0, 0, meterCanvas.getWidth(), meterCanvas.getHeight());
            m.setFill(javafx.scene.paint.Color.rgb(0, 0, 0, 0.7));
            m.fillRect(0, 0, meterCanvas.getWidth(), meterCanvas.getHeight());
            m.setFill(javafx.scene.paint.Color.WHITE);
            m.setFont(javafx.scene.text.Font.font("Monospaced", 14));
            m.fillText(animator.meter().summary(), 8, 19);
        }
    }

    /**
     * Places {@code c} over the part {@code area} (canvas units) of the picture, clears it and paints into it; the
     * graph's canvas shows through where nothing is painted.
     */
    private static void overlay(Canvas c, CanvasSurface s, double[] area, double scale, double ox, double oy,
                                java.util.function.Consumer<CanvasSurface> paint) {
        GraphicsContext g = c.getGraphicsContext2D();
        if (area == null) {
            g.setTransform(1, 0, 0, 1, 0, 0);
            g.clearRect(0, 0, c.getWidth(), c.getHeight());
            return;
        }
        double x = Math.floor(area[0] * scale + ox);
        double y = Math.floor(area[1] * scale + oy);
        double cw = Math.ceil(area[2] * scale + ox) - x;
        double ch = Math.ceil(area[3] * scale + oy) - y;
        if (c.getLayoutX() != x || c.getLayoutY() != y || c.getWidth() != cw || c.getHeight() != ch) {
            c.setLayoutX(x);
            c.setLayoutY(y);
            c.setWidth(cw);
            c.setHeight(ch);
        }
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, cw, ch);
        g.setTransform(scale, 0, 0, scale, ox - x, oy - y);
        paint.accept(s);
        g.setTransform(1, 0, 0, 1, 0, 0);
    }

    /** Shows a fractional position (tests, the frame-rate harness). */
    void showAt(double position) {
        animator.show(position);
    }

    double shownPosition() {
        return animator.shown();
    }

    SweepAnimator animator() {
        return animator;
    }

    LectureExports exports() {
        return exports;
    }

    boolean isMeterShown() {
        return meterShown;
    }

    private void copyLatex() {
        ClipboardContent c = new ClipboardContent();
        c.putString(lecture.table().latex());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        caption.setText("Copied the adjoint table as LaTeX.");
    }

    CheckPanel checkPanel() {
        return check;
    }

    TableView<AdjointTable.Row> table() {
        return table;
    }

    /** The picture: the graph's canvas with the motion's canvas over it. */
    Pane canvas() {
        return canvasPane;
    }

    private static Button button(String text, String tip, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }
}
