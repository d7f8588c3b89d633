package adjoint.app.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documents opened or saved last, newest first, at most {@link #LIMIT}, kept in {@code recent.json} in the
 * settings folder. A damaged or missing list is an empty one.
 *
 * <pre>{@code
 * RecentFiles recent = new RecentFiles(SettingsDirectory.forUser());
 * recent.add(Path.of("q8.adjoint"));
 * recent.list();                       // [/home/me/q8.adjoint, ...]
 * }</pre>
 */
public final class RecentFiles {
    public static final int LIMIT = 10;
    public static final String FILE_NAME = "recent.json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final Path file;

    public RecentFiles(Path directory) {
        this.file = directory.resolve(FILE_NAME);
    }

    public static RecentFiles forUser() {
        return new RecentFiles(SettingsDirectory.forUser());
    }

    /** The files, newest first (absolute paths; some may no longer exist). */
    public synchronized List<Path> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            JsonNode root = MAPPER.readTree(Files.readString(file));
            List<Path> out = new ArrayList<>();
            root.path("files").forEach(f -> {
                if (f.isString() && out.size() < LIMIT) {
                    out.add(Path.of(f.stringValue()));
                }
            });
            return List.copyOf(out);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Puts a file first (moving it up if it was there), keeping at most {@link #LIMIT}. */
    public synchronized void add(Path path) throws DocumentException {
        Path p = path.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(list());
        files.remove(p);
        files.addFirst(p);
        write(files.subList(0, Math.min(LIMIT, files.size())));
    }

    public synchronized void remove(Path path) throws DocumentException {
        List<Path> files = new ArrayList<>(list());
        if (files.remove(path.toAbsolutePath().normalize())) {
            write(files);
        }
    }

    public synchronized void clear() throws DocumentException {
        write(List.of());
    }

    private void write(List<Path> files) throws DocumentException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", 1);
        ArrayNode list = root.putArray("files");
        files.forEach(f -> list.add(f.toString()));
        DocumentStore.writeAtomically(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root), false);
    }
}
