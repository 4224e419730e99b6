package dev.mlsd.composer.core.template;

import dev.mlsd.composer.core.model.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The templates a user can start from: the built-ins shipped in the jar. */
public final class TemplateLibrary {

    /** The template new projects use unless told otherwise. */
    public static final String DEFAULT_ID = "architecture-and-models.ru";

    private static final List<String> BUILT_IN_IDS = List.of("architecture-and-models.ru", "architecture-and-models.en");

    private final TemplateParser parser;
    private List<Template> builtIns;

    public TemplateLibrary(TemplateParser parser) {
        this.parser = parser;
    }

    public synchronized List<Template> all() {
        if (builtIns == null) {
            List<Template> loaded = new ArrayList<>();
            for (String id : BUILT_IN_IDS) {
                loaded.add(loadBuiltIn(id));
            }
            builtIns = List.copyOf(loaded);
        }
        return builtIns;
    }

    public Optional<Template> find(String id) {
        return all().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Template defaultTemplate() {
        return find(DEFAULT_ID).orElseThrow();
    }

    /** Parses a template's source, as stored in a project. */
    public Template parse(String source) throws TemplateException {
        return parser.parse(source);
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
