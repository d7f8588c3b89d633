package adjoint.app.cli;

import adjoint.app.document.DocumentException;
import adjoint.app.document.DocumentStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a program from a file, or from standard input for {@code -}, with a clear message when it can't. A graph
 * document ({@code .adjoint}) gives its graph as a program, so every command takes what the app saves.
 */
final class ProgramSource {
    private static final long MAX_BYTES = 16L << 20;

    private ProgramSource() {
    }

    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    static String read(String file) {
        try {
            if (file.equals("-")) {
                return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                throw new Unreadable("cannot read '" + file + "': it is a directory");
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new Unreadable("cannot read '" + file + "': larger than 16 MB");
            }
            if (file.endsWith("." + DocumentStore.EXTENSION) && Files.exists(path)) {
                return DocumentStore.open(path).graph().toProgram();
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (DocumentException e) {
            throw new Unreadable("cannot read '" + file + "': " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new Unreadable("cannot read '" + file + "': no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new Unreadable("cannot read '" + file + "': not UTF-8 text");
        } catch (IOException e) {
            throw new Unreadable("cannot read '" + file + "': " + e.getMessage());
        }
    }
}
