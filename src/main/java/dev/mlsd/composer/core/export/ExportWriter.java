package dev.mlsd.composer.core.export;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.WriteFailedException;
import dev.mlsd.composer.core.model.Template;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Writes the exports (the assembled prompt, the sections as Markdown) as UTF-8 files with the crash-safe writer. */
public final class ExportWriter {

    private final AtomicFileWriter writer;

    public ExportWriter(AtomicFileWriter writer) {
        this.writer = writer;
    }

    /** Writes the assembled prompt exactly as given; returns {@code target}. */
    public Path prompt(Path target, String prompt) throws WriteFailedException {
        writer.write(target, prompt.getBytes(StandardCharsets.UTF_8));
        return target;
    }

    /** Writes {@code sections} as a Markdown document that imports back to the same sections; returns {@code target}. */
    public Path sections(Path target, Template template, Map<String, String> sections) throws WriteFailedException {
        return prompt(target, SectionsDocument.render(template, sections));
    }
}
