package dev.mlsd.composer.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.model.Template;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLibraryUserCopyTest {

    @TempDir
    Path dir;

    private TemplateLibrary library() {
        return new TemplateLibrary(new TemplateParser(), dir.resolve("config/templates"), new AtomicFileWriter());
    }

    @Test
    void aCopyGetsAFreeIdAndTheNewTitleAndKeepsEveryOtherLine() throws Exception {
        TemplateLibrary library = library();
        Template original = library.defaultTemplate();

        String copy = library.copySource(original, "Копия");

        String id = "architecture-and-models.ru-copy";
        assertThat(copy).isEqualTo(original.source()
                .replaceFirst("\nid: architecture-and-models.ru\n", "\nid: " + id + "\n")
                .replaceFirst("\ntitle: [^\n]*\n", "\ntitle: Копия\n"));
        Template parsed = library.parse(copy);
        assertThat(parsed.id()).isEqualTo(id);
        assertThat(parsed.title()).isEqualTo("Копия");
        assertThat(parsed.slots()).isEqualTo(original.slots());
    }

    @Test
    void savingACopyCreatesTheFolderWritesTheFileAndTheNextCopyTakesTheNextId() throws Exception {
        TemplateLibrary library = library();
        Template original = library.defaultTemplate();
        String copy = library.copySource(original, "Копия");

        Path saved = library.saveUserTemplate(copy);

        assertThat(saved).isEqualTo(dir.resolve("config/templates/architecture-and-models.ru-copy.md"));
        assertThat(saved).hasBinaryContent(copy.getBytes(StandardCharsets.UTF_8));
        library.reload();
        assertThat(library.entry("architecture-and-models.ru-copy").orElseThrow().file()).isEqualTo(saved);
        assertThat(library.parse(library.copySource(original, "Ещё одна")).id()).isEqualTo("architecture-and-models.ru-copy-2");
    }

    @Test
    void aBrokenTemplateIsNotSavedAndTheUserFolderIsCreatedOnRequest() throws Exception {
        TemplateLibrary library = library();
        assertThatThrownBy(() -> library.saveUserTemplate("---\nid: x\n---\n")).isInstanceOf(TemplateException.class);
        assertThat(dir.resolve("config")).doesNotExist();

        assertThat(library.createUserFolder()).isEqualTo(dir.resolve("config/templates")).isDirectory();
        assertThat(library.createUserFolder()).as("again: already there").isDirectory();
        assertThatThrownBy(() -> new TemplateLibrary(new TemplateParser()).createUserFolder()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aUserFolderThatIsAFileIsAnError() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/templates"), "a file where the folder should be");
        TemplateLibrary library = library();
        assertThatThrownBy(() -> library.saveUserTemplate(library.copySource(library.defaultTemplate(), "T")))
                .isInstanceOf(java.io.IOException.class);
        assertThat(dir.resolve("config/templates")).hasContent("a file where the folder should be");
    }
}
