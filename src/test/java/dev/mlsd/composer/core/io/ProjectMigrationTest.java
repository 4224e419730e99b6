package dev.mlsd.composer.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectMigrationTest {

    @TempDir
    Path dir;

    private final TemplateLibrary templates = new TemplateLibrary(new TemplateParser());
    private final ProjectStore store = new ProjectStore(new ProjectCodec(templates::sourceOf), new AtomicFileWriter());

    private static byte[] fixture() throws IOException {
        try (InputStream in = ProjectMigrationTest.class.getResourceAsStream("/formats/format0.mlsd")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aFormat0FileIsUpgradedOnLoadWithTheBuiltInTemplate() throws Exception {
        Path file = Files.write(dir.resolve("old.mlsd"), fixture());
        Project project = store.load(file);
        assertThat(project.migratedFrom()).isEqualTo(0);
        assertThat(project.templateId()).isEqualTo("architecture-and-models.ru");
        assertThat(project.templateSource()).isEqualTo(templates.defaultTemplate().source());
        assertThat(project.section("problem")).startsWith("Снизить отток").contains("\nПредсказания");
        assertThat(project.unknownFields().names()).contains("author");
    }

    @Test
    void theFirstSaveInTheNewFormatKeepsTheOriginalAsABackup() throws Exception {
        Path file = Files.write(dir.resolve("old.mlsd"), fixture());
        Project project = store.load(file);
        ProjectStore.Stored saved = store.save(file, project);
        assertThat(saved.project().migratedFrom()).isNull();
        assertThat(dir.resolve("old.mlsd.format0.bak")).hasBinaryContent(fixture());
        String now = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(now).contains("\"formatVersion\": 2").contains("\"author\": \"kept from an old draft\"");
        assertThat(store.load(file).migratedFrom()).isNull();

        store.save(file, store.load(file));
        assertThat(dir.resolve("old.mlsd.format0.bak")).as("the original is never overwritten").hasBinaryContent(fixture());
    }

    @Test
    void aFormat0FileWithAnUnknownTemplateIsExplained() {
        String json = new String(fixtureUnchecked(), StandardCharsets.UTF_8).replace("architecture-and-models.ru", "retired-template");
        assertThatThrownBy(() -> new ProjectCodec(templates::sourceOf).decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BadInputException.class)
                .hasMessage("was made with the template 'retired-template', which this version does not have");
    }

    @Test
    void binaryFilesAreRecognised() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> new ProjectCodec(templates::sourceOf).decode(png))
                .isInstanceOf(BadInputException.class)
                .hasMessage("is a binary file, not a project file");
    }

    private static byte[] fixtureUnchecked() {
        try {
            return fixture();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
