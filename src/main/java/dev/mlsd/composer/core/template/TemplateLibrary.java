package dev.mlsd.composer.core.template;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.BadInputException;
import dev.mlsd.composer.core.io.TextFiles;
import dev.mlsd.composer.core.model.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The templates a user can start from: the built-ins shipped in the jar, then the user's own
 * {@code *.md} files in the templates folder. A broken user template is reported with its file
 * and reason, and everything else keeps working. Safe to read from any thread; {@link #reload()}
 * swaps in a new snapshot.
 */
public final class TemplateLibrary {

    /** The template new projects use unless told otherwise. */
    public static final String DEFAULT_ID = "architecture-and-models.ru";

    private static final List<String> BUILT_IN_IDS = List.of("architecture-and-models.ru", "architecture-and-models.en");
    private static final long MAX_TEMPLATE_BYTES = 2L * 1024 * 1024;

    /** A template and where it came from: null for a built-in, the file for a user template. */
    public record Entry(Template template, Path file) {
        public boolean builtIn() {
            return file == null;
        }
    }

    /** A user template file that could not be used, with the line (0 when none applies) and why. */
    public record Problem(Path file, int line, String message) {
        /** {@code FILE: line N: message}, as the CLI prints it. */
        public String describe() {
            return file + ": " + (line > 0 ? "line " + line + ": " : "") + message;
        }
    }

    private record Snapshot(List<Entry> entries, List<Problem> problems) {
    }

    private final TemplateParser parser;
    private final Path userFolder;
    private final AtomicFileWriter writer;
    private List<Entry> builtIns;
    private volatile Snapshot snapshot;

    /** The built-in templates only. */
    public TemplateLibrary(TemplateParser parser) {
        this(parser, null);
    }

    /** The built-ins and the user templates in {@code userFolder} (which may not exist yet). */
    public TemplateLibrary(TemplateParser parser, Path userFolder) {
        this(parser, userFolder, new AtomicFileWriter());
    }

    /** As above, saving user templates with {@code writer}. */
    public TemplateLibrary(TemplateParser parser, Path userFolder, AtomicFileWriter writer) {
        this.parser = parser;
        this.userFolder = userFolder;
        this.writer = writer;
    }

    /** The folder of the user's templates, or null when this library has none. */
    public Path userFolder() {
        return userFolder;
    }

    /** Every usable template, built-ins first. */
    public List<Template> all() {
        return entries().stream().map(Entry::template).toList();
    }

    public List<Entry> entries() {
        return current().entries();
    }

    /** The user template files that could not be used at the last (re)load. */
    public List<Problem> problems() {
        return current().problems();
    }

    public Optional<Template> find(String id) {
        return all().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Entry> entry(String id) {
        return entries().stream().filter(e -> e.template().id().equals(id)).findFirst();
    }

    /** The full source of the template {@code id}, for upgrading old project files. */
    public Optional<String> sourceOf(String id) {
        return find(id).map(Template::source);
    }

    public Template defaultTemplate() {
        return find(DEFAULT_ID).orElseThrow();
    }

    /** Parses a template's source, as stored in a project. */
    public Template parse(String source) throws TemplateException {
        return parser.parse(source);
    }

    /**
     * The source of a user copy of {@code template}: the same text with an id no template has yet
     * and {@code title}, both set where the YAML parser finds them; nothing else changes.
     */
    public String copySource(Template template, String title) throws TemplateException {
        String wanted = template.id() + "-copy";
        String id = wanted;
        for (int n = 2; find(id).isPresent(); n++) {
            id = wanted + "-" + n;
        }
        return FrontMatterEdit.withValue(FrontMatterEdit.withValue(template.source(), "id", id), "title", title);
    }

    /**
     * Saves {@code source} as the user template {@code ID.md} in the user folder (created if need
     * be) with the crash-safe writer, and returns the file. Call {@link #reload()} to use it.
     */
    public Path saveUserTemplate(String source) throws TemplateException, IOException {
        Template template = parser.parse(source);
        Path target = createUserFolder().resolve(template.id() + ".md");
        writer.write(target, source.getBytes(StandardCharsets.UTF_8));
        return target;
    }

    /** Creates the user folder if it does not exist yet, and returns it. */
    public Path createUserFolder() throws IOException {
        if (userFolder == null) {
            throw new IllegalStateException("this library has no user folder");
        }
        return Files.createDirectories(userFolder);
    }

    /** Reads the user folder again (after the user added or edited templates). */
    public synchronized void reload() {
        snapshot = load();
    }

    private Snapshot current() {
        Snapshot now = snapshot;
        if (now == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = load();
                }
                now = snapshot;
            }
        }
        return now;
    }

    private synchronized Snapshot load() {
        if (builtIns == null) {
            List<Entry> loaded = new ArrayList<>();
            for (String id : BUILT_IN_IDS) {
                loaded.add(new Entry(loadBuiltIn(id), null));
            }
            builtIns = List.copyOf(loaded);
        }
        List<Entry> entries = new ArrayList<>(builtIns);
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        builtIns.forEach(e -> ids.add(e.template().id()));
        for (Path file : userFiles(problems)) {
            try {
                String source = TextFiles.decodeUtf8(TextFiles.readBytes(file, MAX_TEMPLATE_BYTES));
                Template template = parser.parse(source);
                if (!ids.add(template.id())) {
                    problems.add(new Problem(file, 0, "the id '" + template.id() + "' is already taken by another template; this one is skipped"));
                    continue;
                }
                entries.add(new Entry(template, file));
            } catch (TemplateException e) {
                problems.add(new Problem(file, e.line(), e.getMessage()));
            } catch (BadInputException e) {
                problems.add(new Problem(file, 0, e.getMessage()));
            }
        }
        return new Snapshot(List.copyOf(entries), List.copyOf(problems));
    }

    private List<Path> userFiles(List<Problem> problems) {
        List<Path> files = new ArrayList<>();
        if (userFolder == null || !Files.isDirectory(userFolder)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(userFolder, "*.md")) {
            for (Path file : stream) {
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(userFolder, 0, "the folder cannot be read: " + e.getMessage()));
        }
        files.sort(null);
        return files;
    }

    private Template loadBuiltIn(String id) {
        String resource = "/templates/" + id + ".md";
        try (InputStream in = TemplateLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in template missing from the jar: " + resource);
            }
            return parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("built-in template " + id + " is broken: " + e.describe(), e);
        }
    }
}
