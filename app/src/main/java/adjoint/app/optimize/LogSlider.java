package adjoint.app.optimize;

import java.util.function.DoubleConsumer;
import java.util.function.DoubleUnaryOperator;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A labelled slider over log10 of a quantity (or of a transform of it, such as 1 − β), showing the value. */
final class LogSlider extends HBox {
    private final Slider slider;
    private final DoubleUnaryOperator fromLog;

    /**
     * @param toLog   value → the slider's position (e.g. {@code v -> Math.log10(v)})
     * @param fromLog the slider's position → value
     */
    LogSlider(String name, double min, double max, double value, DoubleUnaryOperator toLog, DoubleUnaryOperator fromLog,
              DoubleConsumer onChange) {
        this.fromLog = fromLog;
        slider = new Slider(min, max, toLog.applyAsDouble(value));
        Label label = new Label();
        label.setMinWidth(70);
        Label title = new Label(name);
        title.setMinWidth(34);
        label.setText(Frame.brief(value));
        slider.valueProperty().addListener((o, was, now) -> {
            double v = value();
            label.setText(Frame.brief(v));
            onChange.accept(v);
        });
        HBox.setHgrow(slider, Priority.ALWAYS);
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, slider, label);
    }

    double value() {
        double v = fromLog.applyAsDouble(slider.getValue());
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", v));
    }

    Slider slider() {
        return slider;
    }
}
