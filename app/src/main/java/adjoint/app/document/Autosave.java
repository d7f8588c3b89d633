package adjoint.app.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps a recovery copy of the open document while it has unsaved changes, written at most once per interval,
 * so that a crash or a kill loses little. A clean exit ({@link #close()}) or a save removes it; the next start
 * finds it with {@link #pendingRecovery()} and offers it.
 *
 * <pre>{@code
 * Autosave autosave = new Autosave(SettingsDirectory.forUser(), Duration.ofSeconds(30), Clock.systemUTC());
 * autosave.pendingRecovery().ifPresent(r -> offer(r.document(), r.file()));   // before anything else
 * history.addListener(d -> autosave.update(d, currentFile, history.isDirty()));
 * autosave.start();                                                          // writes when due
 * ...
 * autosave.close();                                                          // clean exit
 * }</pre>
 *
 * {@link #update} may be called on any thread (documents are immutable); writing happens on the caller of
 * {@link #writeIfDue()} or on the autosave's own daemon thread after {@link #start()}.
 */
public final class Autosave implements AutoCloseable {
    /** The recovery file's name in the settings directory. */
    public static final String FILE_NAME = "recovery.adjoint";
    private static final String FORMAT = "adjoint-recovery";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** A document found after a crash: what it was, the file it belonged to (if any), and when it was written. */
    public record Recovered(Document document, Optional<Path> file, Instant savedAt) {
    }

    private record State(Document document, Path file, boolean dirty, long generation) {
    }

    private final Path directory;
    private final Duration interval;
    private final Clock clock;
    private volatile State state;
    private long writtenGeneration = -1;
    private Instant lastWrite = Instant.MIN;
    private ScheduledExecutorService timer;

    public Autosave(Path directory, Duration interval, Clock clock) {
        this.directory = directory;
        this.interval = interval;
        this.clock = clock;
    }

    /** An autosave every 30 seconds into the user's settings folder. */
    public static Autosave forUser() {
        return new Autosave(SettingsDirectory.forUser(), Duration.ofSeconds(30), Clock.systemUTC());
    }

    public Path recoveryFile() {
        return directory.resolve(FILE_NAME);
    }

    /** The document left by a run that did not exit cleanly, if there is a readable one. */
    public Optional<Recovered> pendingRecovery() {
        Path f = recoveryFile();
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            JsonNode root = MAPPER.readTree(Files.readString(f));
            if (!FORMAT.equals(root.path("format").stringValue(null))) {
                return Optional.empty();
            }
            Document d = DocumentJson.read(root.path("document"), FILE_NAME);
            String file = root.path("file").stringValue(null);
            Instant at = Instant.parse(root.path("savedAt").stringValue(Instant.EPOCH.toString()));
            return Optional.of(new Recovered(d, Optional.ofNullable(file).map(Path::of), at));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Removes the recovery file (the user declined it, or the document was saved). */
    public synchronized void discard() {
        try {
            Files.deleteIfExists(recoveryFile());
        } catch (IOException ignored) {
            // nothing to recover from a file that cannot be deleted either; the next write replaces it
        }
        writtenGeneration = -1;
    }

    /**
     * Tells the autosave what is open now: the document, its file (null if never saved) and whether it has
     * unsaved changes. A document without unsaved changes needs no recovery copy, so the copy is removed.
     */
    public void update(Document document, Path file, boolean dirty) {
        State old = state;
        state = new State(document, file, dirty, old == null ? 0 : old.generation() + 1);
        if (!dirty) {
            discard();
        }
    }

    /** Writes the recovery copy if there are unsaved changes not yet written and the interval has passed. */
    public synchronized boolean writeIfDue() throws DocumentException {
        State s = state;
        Instant now = clock.instant();
        if (s == null || !s.dirty() || s.generation() == writtenGeneration
                || Duration.between(lastWrite == Instant.MIN ? Instant.EPOCH : lastWrite, now).compareTo(interval) < 0) {
            return false;
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", DocumentJson.VERSION);
        root.put("file", s.file() == null ? null : s.file().toAbsolutePath().toString());
        root.put("savedAt", now.toString());
        root.set("document", DocumentJson.write(s.document()));
        String json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        DocumentStore.writeAtomically(recoveryFile(), json, false);
        writtenGeneration = s.generation();
        lastWrite = now;
        return true;
    }

    /** Checks every second, on a daemon thread, whether a write is due. */
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "adjoint-autosave");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                writeIfDue();
            } catch (DocumentException e) {
                System.getLogger(Autosave.class.getName()).log(System.Logger.Level.WARNING, e.getMessage());
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    /** A clean exit: stops writing and removes the recovery file. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        state = null;
        discard();
    }
}
