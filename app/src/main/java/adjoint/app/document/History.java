package adjoint.app.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** The current document with undo and redo; listeners hear of every change. Not thread-safe: use it on one thread. */
public final class History {
    private static final int LIMIT = 500;
    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final List<Consumer<Document>> listeners = new ArrayList<>();
    private Document current;
    private int savedMark;
    private int revision;
    private int lastRevision;

    private record Entry(Document document, String description, int revision) {
    }

    public History(Document initial) {
        current = initial;
    }

    public Document current() {
        return current;
    }

    /** Applies a command; a refused edit leaves everything as it was and rethrows its reason. */
    public Document execute(Command command) {
        Document next = command.apply(current);
        if (next.equals(current)) {
            return current;
        }
        undo.push(new Entry(current, command.description(), revision));
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        set(next, ++lastRevision);
        return current;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What Undo would undo, e.g. "Delete 2 nodes", or null. */
    public String undoDescription() {
        return undo.isEmpty() ? null : undo.peek().description();
    }

    public String redoDescription() {
        return redo.isEmpty() ? null : redo.peek().description();
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Entry e = undo.pop();
        redo.push(new Entry(current, e.description(), revision));
        set(e.document(), e.revision());
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Entry e = redo.pop();
        undo.push(new Entry(current, e.description(), revision));
        set(e.document(), e.revision());
    }

    /** Replaces the document without an undo step (opening a file); clears both stacks. */
    public void reset(Document document) {
        undo.clear();
        redo.clear();
        revision = 0;
        lastRevision = 0;
        savedMark = 0;
        set(document, 0);
    }

    /** Whether the document changed since {@link #markSaved()}. */
    public boolean isDirty() {
        return revision != savedMark;
    }

    public void markSaved() {
        savedMark = revision;
    }

    public void addListener(Consumer<Document> listener) {
        listeners.add(listener);
    }

    private void set(Document d, int rev) {
        current = d;
        revision = rev;
        listeners.forEach(l -> l.accept(d));
    }
}
