package dev.mlsd.composer.ui.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.BadInputException;
import dev.mlsd.composer.core.io.FileStamp;
import dev.mlsd.composer.core.io.ProjectCodec;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's open, reload and start-up tasks read a project with {@link ProjectCommands#load}, off the FX
 * thread: what they hand on has its history read already, so the FX thread never reads the rest of a file,
 * and a file whose history is broken is refused there with the message reading it whole gives.
 */
class ProjectLoadTest {

    private static final Instant T0 = Instant.parse("2026-11-30T04:00:00Z");

    @TempDir
    Path dir;

    private final TemplateLibrary templates = new TemplateLibrary(new TemplateParser());
    private final ProjectStore store = new ProjectStore(new ProjectCodec(), new AtomicFileWriter());

    private byte[] withHistory() {
        Project project = Project.create(templates.defaultTemplate(), Map.of("problem", "Снизить отток."), T0);
        History history = History.empty().record(project, "first", 10, T0);
        return store.encode(project.withHistory(history, T0));
    }

    private Path settled(byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve("p.mlsd"), bytes);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        return file;
    }

    @Test
    void aLoadedProjectHasItsHistoryReadBeforeItReachesTheWindow() throws Exception {
        byte[] bytes = withHistory();
        Path file = settled(bytes);
        assertThat(store.read(file).project().historySource().isRead()).as("read alone leaves the history").isFalse();

        ProjectCommands.Loaded loaded = ProjectCommands.load(store, templates, file);

        assertThat(loaded.project().historySource().isRead()).isTrue();
        assertThat(loaded.project().history().versions()).hasSize(1);
        assertThat(loaded.stamp()).isEqualTo(FileStamp.of(file, bytes));
    }

    @Test
    void aBrokenHistoryIsRefusedByTheLoadAsTheWholeFileIs() throws Exception {
        String text = new String(withHistory(), StandardCharsets.UTF_8);
        int tail = text.indexOf("\n  \"history\": ");
        byte[] broken = (text.substring(0, tail) + text.substring(tail).replace("\"versions\": [", "\"versions\": [,"))
                .getBytes(StandardCharsets.UTF_8);
        Path file = settled(broken);
        String expected = "";
        try {
            store.decode(broken);
        } catch (BadInputException e) {
            expected = e.getMessage();
        }
        assertThat(expected).isNotEmpty();

        assertThatThrownBy(() -> ProjectCommands.load(store, templates, file)).isInstanceOf(BadInputException.class).hasMessage(expected);
    }
}
