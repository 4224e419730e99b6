package dev.mlsd.composer.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlsd.composer.core.importer.DecodedText;
import dev.mlsd.composer.core.importer.DocumentImport;
import dev.mlsd.composer.core.importer.SectionMapper;
import dev.mlsd.composer.core.importer.SynonymTable;
import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.WriteFailedException;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportWriterTest {

    @TempDir
    Path dir;

    private final ExportWriter exports = new ExportWriter(new AtomicFileWriter());
    private final Template template = new TemplateLibrary(new TemplateParser()).defaultTemplate();

    @Test
    void thePromptIsWrittenAsUtf8ExactlyAsGivenAndReplacesAnOlderExport() throws Exception {
        Path target = dir.resolve("prompt.md");
        Files.writeString(target, "older export");
        String prompt = "# Промпт\n\n<section title=\"1\">текст 🙂</section>\n";

        assertThat(exports.prompt(target, prompt)).isEqualTo(target);

        assertThat(target).hasBinaryContent(prompt.getBytes(StandardCharsets.UTF_8));
        assertThat(dir.resolve("prompt.md" + AtomicFileWriter.BACKUP_SUFFIX)).hasContent("older export");
    }

    @Test
    void theSectionsAreWrittenAsADocumentThatImportsBackToTheSameSections() throws Exception {
        Map<String, String> sections = Map.of("problem", "Снизить отток.", "metrics", "PR-AUC на отложенном месяце.",
                "data", "Биллинг за 2 года.");
        Path target = exports.sections(dir.resolve("sections.md"), template, sections);

        assertThat(target).hasContent(SectionsDocument.render(template, sections));
        DecodedText decoded = DocumentImport.read(target);
        DocumentImport imported = DocumentImport.of(decoded, decoded.text(), template, new SectionMapper(SynonymTable.builtIn()));
        assertThat(imported.sections(template)).isEqualTo(sections);
    }

    @Test
    void aMissingFolderIsAWriteFailureAndLeavesNothingBehind() {
        Path target = dir.resolve("gone/prompt.md");
        assertThatThrownBy(() -> exports.prompt(target, "text")).isInstanceOf(WriteFailedException.class);
        assertThat(dir).isEmptyDirectory();
    }
}
