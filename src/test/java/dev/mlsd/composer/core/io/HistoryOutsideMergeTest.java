package dev.mlsd.composer.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsd.composer.core.model.Answer;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file changed outside while open (another program added an answer): both sides' history survives whichever text is kept. */
class HistoryOutsideMergeTest {

    private static final Instant T0 = Instant.parse("2026-11-30T04:00:00Z");

    @TempDir
    Path dir;

    @Test
    void anAnswerAddedOutsideSurvivesASaveOfTheWindowsText() throws Exception {
        ProjectStore store = new ProjectStore(new ProjectCodec(), new AtomicFileWriter());
        Path file = dir.resolve("p.mlsd");
        Project start = Project.create(new TemplateLibrary(new TemplateParser()).defaultTemplate(), Map.of("problem", "v1"), T0);
        start = start.withHistory(start.history().record(start, null, 5, T0), T0);
        ProjectStore.Stored opened = store.save(file, start);

        Project outside = store.load(file);
        store.save(file, outside.withHistory(outside.history().addAnswer(new Answer("cli1", 1, T0, "GPT-5", "answer")), T0));

        Project window = opened.project().withSections(Map.of("problem", "typed in the window"), T0.plusSeconds(5));
        window = window.withHistory(window.history().record(window, "in the window", 6, T0.plusSeconds(5)), T0.plusSeconds(5));
        SaveOutcome outcome = store.saveUnlessChanged(file, window, opened.stamp());
        assertThat(outcome).isInstanceOf(SaveOutcome.ChangedOutside.class);

        Project kept = window.withHistoryMergedFrom(store.load(file));
        store.save(file, kept);
        Project reloaded = store.load(file);
        assertThat(reloaded.section("problem")).isEqualTo("typed in the window");
        assertThat(reloaded.history().versions()).hasSize(2);
        assertThat(reloaded.history().answer("cli1")).isPresent();

        Project theirsKept = store.load(file).withSections(Map.of("problem", "v1"), T0).withHistoryMergedFrom(window);
        assertThat(theirsKept.history().versions()).hasSize(2);
        assertThat(theirsKept.history().answer("cli1")).isPresent();
    }
}
