package adjoint.app.ui;

import adjoint.app.document.Command;
import adjoint.app.document.Document;
import adjoint.app.document.ViewSettings;
import java.util.function.UnaryOperator;

/** A change of what the document shows (values, gradients, exam labels): saved with it, so an edit too. */
record ChangeView(String description, UnaryOperator<ViewSettings> change) implements Command {
    @Override
    public Document apply(Document d) {
        return d.withView(change.apply(d.view()));
    }
}
