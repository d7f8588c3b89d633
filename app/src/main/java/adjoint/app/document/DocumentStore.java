package adjoint.app.document;

import adjoint.engine.graph.ExprGraph;
import adjoint.engine.lang.ProgramException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens and saves documents. {@code .adjoint} files are JSON with a versioned schema (see {@link DocumentJson});
 * a program ({@code .adj}, or any other text) opens as its graph, laid out left to right. Saving is atomic: the
 * JSON goes to a temporary file in the same folder, which then replaces the target in one rename, so a crash
 * leaves either the old file or the new one. A damaged file, or one saved by a newer Adjoint, is refused with a
 * {@link DocumentException} and never written over.
 *
 * <pre>{@code
 * Document d = DocumentStore.open(Path.of("samples/midterm-q8.adjoint"));
 * DocumentStore.save(Path.of("copy.adjoint"), d);
 * }</pre>
 */
public final class DocumentStore {
    /** The extension of documents, without the dot. */
    public static final String EXTENSION = "adjoint";
    /** The extension of programs, without the dot. */
    public static final String PROGRAM_EXTENSION = "adj";
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private DocumentStore() {
    }

    /** Opens a document, or a program as a new laid-out document. */
    public static Document open(Path file) throws DocumentException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentException("cannot read " + file + ": " + describe(e), e);
        }
        return read(bytes, file.getFileName().toString());
    }

    /** Reads a document or program from a stream (a sample inside the app's jar); {@code name} says which. */
    public static Document read(InputStream in, String name) throws DocumentException {
        try {
            return read(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new DocumentException("cannot read " + name + ": " + describe(e), e);
        }
    }

    /** A document from its JSON text (the clipboard, a recovery file); {@code name} says which in messages. */
    public static Document fromJson(String json, String name) throws DocumentException {
        return DocumentJson.read(tree(json, name), name);
    }

    /** The JSON text of a document, as saved. */
    public static String toJson(Document document) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(DocumentJson.write(document)) + "\n";
    }

    /**
     * Saves atomically. Refused if {@code file} is an Adjoint document of a newer format version: this version
     * would lose what it does not understand.
     */
    public static void save(Path file, Document document) throws DocumentException {
        refuseNewer(file);
        writeAtomically(file, toJson(document), true);
    }

    /**
     * Writes text to a file atomically: a temporary file in the same folder, then one rename over the target. The
     * file keeps the permissions it had; a new one is readable by others only if {@code shared}.
     */
    static void writeAtomically(Path file, String text, boolean shared) throws DocumentException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            permissions(tmp, target, shared);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new DocumentException("cannot save " + target.getFileName() + ": " + describe(e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless
                }
            }
        }
    }

    private static void permissions(Path tmp, Path target, boolean shared) throws IOException {
        try {
            Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString(shared ? "rw-r--r--" : "rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's permissions apply
        }
    }

    private static void refuseNewer(Path file) throws DocumentException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        long version = 0;
        try {
            JsonNode root = MAPPER.readTree(Files.readAllBytes(file));
            if (root != null && DocumentJson.FORMAT.equals(root.path("format").stringValue(null))) {
                version = root.path("version").asLong(0);
            }
        } catch (IOException | JacksonException e) {
            return; // not a document of ours (or unreadable): an ordinary overwrite, which the user asked for
        }
        if (version > DocumentJson.VERSION) {
            throw new DocumentException(file.getFileName() + " was saved by a newer Adjoint (format version "
                    + version + "); save under another name to keep it");
        }
    }

    private static Document read(byte[] bytes, String name) throws DocumentException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (looksLikeJson(text, name)) {
            return DocumentJson.read(tree(text, name), name);
        }
        try {
            return Document.of(ExprGraph.parse(text));
        } catch (ProgramException e) {
            throw new DocumentException(name + ": " + e.describe(), e);
        } catch (IllegalArgumentException e) {
            throw new DocumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static boolean looksLikeJson(String text, String name) {
        return name.endsWith("." + EXTENSION) || text.stripLeading().startsWith("{");
    }

    private static JsonNode tree(String json, String name) throws DocumentException {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new DocumentException(name + " is damaged: it is not valid JSON" + where, e);
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
