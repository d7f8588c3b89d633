package adjoint.app.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample documents of the Samples menu: those listed in {@code index.json}, inside the app's jar (under
 * {@code adjoint/samples/}) or in a folder (the repository's {@code samples/}).
 *
 * <pre>{@code
 * SampleCatalog samples = SampleCatalog.bundled();
 * for (SampleCatalog.Sample s : samples.samples()) {
 *     menu.add(s.title(), () -> open(samples.open(s)));
 * }
 * }</pre>
 */
public final class SampleCatalog {
    /** Where the samples are inside the jar. */
    public static final String RESOURCE_FOLDER = "adjoint/samples/";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** One sample: its file name, a title for the menu, a sentence on what it shows. */
    public record Sample(String file, String title, String description) {
    }

    private final List<Sample> samples;
    private final Path folder;

    private SampleCatalog(List<Sample> samples, Path folder) {
        this.samples = List.copyOf(samples);
        this.folder = folder;
    }

    /** The samples packed into the app (an empty catalog if there are none). */
    public static SampleCatalog bundled() {
        try (InputStream in = resource("index.json")) {
            return new SampleCatalog(in == null ? List.of() : parse(in.readAllBytes()), null);
        } catch (IOException | JacksonException e) {
            return new SampleCatalog(List.of(), null);
        }
    }

    /** The samples of a folder: those its {@code index.json} lists, or else every document in it by name. */
    public static SampleCatalog fromFolder(Path folder) throws DocumentException {
        Path index = folder.resolve("index.json");
        try {
            if (Files.isRegularFile(index)) {
                return new SampleCatalog(parse(Files.readAllBytes(index)), folder);
            }
            try (Stream<Path> files = Files.list(folder)) {
                List<Sample> found = files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith("." + DocumentStore.EXTENSION) || n.endsWith("." + DocumentStore.PROGRAM_EXTENSION))
                        .sorted().map(n -> new Sample(n, n.substring(0, n.lastIndexOf('.')), "")).toList();
                return new SampleCatalog(found, folder);
            }
        } catch (IOException | JacksonException e) {
            throw new DocumentException("cannot read the samples in " + folder + ": " + e.getMessage(), e);
        }
    }

    public List<Sample> samples() {
        return samples;
    }

    /** Opens a sample as a new document. */
    public Document open(Sample sample) throws DocumentException {
        if (folder != null) {
            return DocumentStore.open(folder.resolve(sample.file()));
        }
        try (InputStream in = resource(sample.file())) {
            if (in == null) {
                throw new DocumentException("the sample " + sample.file() + " is missing from the app");
            }
            return DocumentStore.read(in, sample.file());
        } catch (IOException e) {
            throw e instanceof DocumentException de ? de : new DocumentException(e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        return SampleCatalog.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + name);
    }

    private static List<Sample> parse(byte[] json) {
        JsonNode root = MAPPER.readTree(json);
        List<Sample> out = new ArrayList<>();
        root.path("samples").forEach(s -> out.add(new Sample(s.path("file").asString(),
                s.path("title").asString(s.path("file").asString()), s.path("description").asString(""))));
        return out;
    }
}
