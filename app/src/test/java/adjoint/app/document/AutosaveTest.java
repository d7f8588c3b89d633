package adjoint.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();

    @Test
    void unsavedChangesAreWrittenAtMostOncePerInterval() throws Exception {
        Autosave autosave = new Autosave(dir, Duration.ofSeconds(30), clock);
        autosave.update(Q8.document(), null, true);
        assertThat(autosave.writeIfDue()).isTrue();
        autosave.update(new MoveNodes(java.util.Set.of("n1"), 5, 5).apply(Q8.document()), null, true);
        clock.advance(10);
        assertThat(autosave.writeIfDue()).isFalse();
        clock.advance(25);
        assertThat(autosave.writeIfDue()).isTrue();
        clock.advance(60);
        assertThat(autosave.writeIfDue()).as("nothing new to write").isFalse();
    }

    @Test
    void aCleanDocumentIsNotWritten() throws Exception {
        Autosave autosave = new Autosave(dir, Duration.ofSeconds(30), clock);
        autosave.update(Q8.document(), null, false);
        assertThat(autosave.writeIfDue()).isFalse();
        assertThat(Files.exists(autosave.recoveryFile())).isFalse();
    }

    @Test
    void nextStartAfterACrashFindsTheDocument() throws Exception {
        Path original = dir.resolve("work/q8.adjoint");
        Autosave crashed = new Autosave(dir, Duration.ofSeconds(30), clock);
        crashed.update(Q8.document(), original, true);
        crashed.writeIfDue();
        // no close(): the process died

        Autosave next = new Autosave(dir, Duration.ofSeconds(30), clock);
        Autosave.Recovered r = next.pendingRecovery().orElseThrow();
        assertThat(r.document()).isEqualTo(Q8.document());
        assertThat(r.file()).contains(original.toAbsolutePath());
        assertThat(r.savedAt()).isEqualTo(clock.instant());
        next.discard();
        assertThat(next.pendingRecovery()).isEmpty();
    }

    @Test
    void cleanExitLeavesNothingToRecover() throws Exception {
        Autosave autosave = new Autosave(dir, Duration.ofSeconds(30), clock);
        autosave.update(Q8.document(), null, true);
        autosave.writeIfDue();
        autosave.close();
        assertThat(new Autosave(dir, Duration.ofSeconds(30), clock).pendingRecovery()).isEmpty();
    }

    @Test
    void savingRemovesTheRecoveryCopy() throws Exception {
        Autosave autosave = new Autosave(dir, Duration.ofSeconds(30), clock);
        autosave.update(Q8.document(), null, true);
        autosave.writeIfDue();
        autosave.update(Q8.document(), dir.resolve("q8.adjoint"), false);
        assertThat(autosave.pendingRecovery()).isEmpty();
    }

    @Test
    void damagedRecoveryFileIsIgnored() throws Exception {
        Files.writeString(dir.resolve(Autosave.FILE_NAME), "{ not json");
        assertThat(new Autosave(dir, Duration.ofSeconds(30), clock).pendingRecovery()).isEmpty();
    }

    @Test
    void startedAutosaveWritesByItself() throws Exception {
        Autosave autosave = new Autosave(dir, Duration.ZERO, Clock.systemUTC());
        autosave.update(Q8.document(), null, true);
        autosave.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!Files.exists(autosave.recoveryFile()) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(autosave.pendingRecovery()).isPresent();
        } finally {
            autosave.close();
        }
    }

    @Test
    void defaultFolderIsTheUsersConfigFolder() {
        assertThat(SettingsDirectory.forUser().getFileName().toString()).isIn("adjoint", "Adjoint");
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-03-11T09:00:00Z");

        void advance(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
