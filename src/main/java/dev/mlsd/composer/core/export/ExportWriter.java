package dev.mlsd.composer.core.export;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.WriteFailedException;
import dev.mlsd.composer.core.model.Answer;
import dev.mlsd.composer.core.model.Project;
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

    /**
     * Writes the design document ({@link DesignDocument}): one self-contained HTML file when {@code target}
     * ends in {@code .html} or {@code .htm}, Markdown otherwise; returns {@code target}.
     */
    public Path designDocument(Path target, Template template, Project project, Answer answer, String answerTitle)
            throws WriteFailedException {
        String markdown = DesignDocument.markdown(template, project, answer, answerTitle);
        String name = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        return prompt(target, html ? DesignDocumentHtml.render(template.title(), markdown) : markdown);
    }

    /** Writes {@code sections} as a Markdown document that imports back to the same sections; returns {@code target}. */
    public Path sections(Path target, Template template, Map<String, String> sections) throws WriteFailedException {
        return prompt(target, SectionsDocument.render(template, sections));
    }
}
