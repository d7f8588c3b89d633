package adjoint.app.document;

/**
 * One edit of a document, named for the Undo menu ("Undo Delete 2 nodes"). Commands are pure: {@link #apply}
 * returns the edited document or throws {@link EditRefused} with a message for the status bar.
 */
public interface Command {
    String description();

    Document apply(Document document);

    /** An edit that cannot be made (it would close a cycle, join incompatible shapes, ...). */
    final class EditRefused extends RuntimeException {
        public EditRefused(String message) {
            super(message);
        }
    }
}
