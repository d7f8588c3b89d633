package adjoint.app.lecture;

import javafx.scene.control.TableColumn;

/**
 * The lecture window's adjoint-table columns: text that wraps within the column and never draws over the next one,
 * and in the chain-rule column a sum too long for one line broken before each "+", one term a line.
 */
final class AdjointColumns {
    private AdjointColumns() {
    }

    static TableColumn<AdjointTable.Row, String> column(String title, double width,
                                                       java.util.function.Function<AdjointTable.Row, String> f) {
        TableColumn<AdjointTable.Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(20));
                text.fontProperty().bind(fontProperty());
                text.fillProperty().bind(textFillProperty());
                setPrefHeight(USE_COMPUTED_SIZE);
                // text with combining bars (w̄) can lay out wider than it measures: never over the next column
                javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
                clip.widthProperty().bind(widthProperty());
                clip.heightProperty().bind(heightProperty());
                setClip(clip);
                col.widthProperty().addListener(o -> layoutText(getItem()));
                fontProperty().addListener(o -> layoutText(getItem()));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                layoutText(empty ? null : item);
                setGraphic(empty ? null : text);
                setText(null);
            }

            /** A sum too long for the column is broken before each "+", one term a line. */
            private void layoutText(String item) {
                String t = item == null ? "" : item;
                if (title.equals("chain rule") && t.contains(" + ")) {
                    javafx.scene.text.Text measure = new javafx.scene.text.Text(t);
                    measure.setFont(getFont());
                    // 15% spare: the bars over w̄ draw a little wider than they measure
                    if (measure.getLayoutBounds().getWidth() * 1.15 > col.getWidth() - 20) {
                        t = t.replace(" + ", "\n+ ");
                    }
                }
                text.setText(t);
            }
        });
        return c;
    }
}
