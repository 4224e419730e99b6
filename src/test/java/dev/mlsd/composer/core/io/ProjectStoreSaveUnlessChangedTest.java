package dev.mlsd.composer.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectStoreSaveUnlessChangedTest {

    @TempDir
    Path dir;

    private final Template template = new TemplateLibrary(new TemplateParser()).defaultTemplate();
    private final ProjectStore store = new ProjectStore(new ProjectCodec(), new AtomicFileWriter());

    private Project project(String problem) {
        return Project.create(template, Map.of("problem", problem), Instant.parse("2026-11-30T03:00:00Z"));
    }

    @Test
    void writesWhenTheFileIsAsLastSeenAndReturnsTheNewStamp() throws Exception {
        Path file = dir.resolve("p.mlsd");
        FileStamp first = store.save(file, project("one")).stamp();

        SaveOutcome outcome = store.saveUnlessChanged(file, project("two"), first);

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        ProjectStore.Stored stored = ((SaveOutcome.Saved) outcome).stored();
        assertThat(store.load(file).section("problem")).isEqualTo("two");
        assertThat(stored.stamp().contentDiffers(first)).isTrue();
        assertThat(FileStamp.current(file, stored.stamp()).orElseThrow().contentDiffers(stored.stamp())).isFalse();
    }

    @Test
    void leavesAFileAnotherProgramChangedAndSaysHowItIsNow() throws Exception {
        Path file = dir.resolve("p.mlsd");
        FileStamp first = store.save(file, project("one")).stamp();
        byte[] outside = store.encode(project("written by another program"));
        Files.write(file, outside);

        SaveOutcome outcome = store.saveUnlessChanged(file, project("mine"), first);

        assertThat(outcome).isInstanceOf(SaveOutcome.ChangedOutside.class);
        FileStamp current = ((SaveOutcome.ChangedOutside) outcome).current();
        assertThat(current.contentDiffers(first)).isTrue();
        assertThat(current).isEqualTo(FileStamp.of(file, outside));
        assertThat(file).hasBinaryContent(outside);
    }

    @Test
    void writesOverAChangeWhenNoStampIsExpectedAndWritesAgainAFileThatIsGone() throws Exception {
        Path file = dir.resolve("p.mlsd");
        FileStamp first = store.save(file, project("one")).stamp();
        Files.writeString(file, "changed");
        assertThat(store.saveUnlessChanged(file, project("forced"), null)).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(store.load(file).section("problem")).isEqualTo("forced");

        Files.delete(file);
        assertThat(store.saveUnlessChanged(file, project("again"), first)).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(store.load(file).section("problem")).isEqualTo("again");
    }
}
