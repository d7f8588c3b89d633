package adjoint.app.document;

import java.util.List;

/**
 * One edit of a document, named for the Undo menu ("Undo Delete 2 nodes"). Commands are pure: {@link #apply}
 * returns the edited document or throws {@link EditRefused} with a message for the status bar.
 *
 * <pre>{@code
 * History h = new History(Document.empty());
 * h.execute(new AddNode("sin", new Point(0, 0)));             // w1 = sin(_)
 * try {
 *     h.execute(new Connect("n1", "n1", Port.input(0)));
 * } catch (Command.EditRefused e) {
 *     e.getMessage();                                          // "connecting w1 to w1 would make a cycle"
 * }
 * }</pre>
 */
public interface Command {
    String description();

    Document apply(Document document);

    /** Several commands as one undo step ("Add sin" and "Connect x to sin" after a drag from a port). */
    static Command sequence(String description, List<Command> steps) {
        return new Sequence(description, List.copyOf(steps));
    }

    /** Commands applied in order as one edit; refused as a whole if any step is refused. */
    record Sequence(String description, List<Command> steps) implements Command {
        @Override
        public Document apply(Document document) {
            Document d = document;
            for (Command c : steps) {
                d = c.apply(d);
            }
            return d;
        }
    }

    /** An edit that cannot be made (it would close a cycle, join incompatible shapes, ...). */
    final class EditRefused extends RuntimeException {
        public EditRefused(String message) {
            super(message);
        }
    }
}
