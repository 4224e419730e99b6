package dev.mlsd.composer.core.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalFormatTest {

    private final Project project = Project.create(new TemplateLibrary(new TemplateParser()).defaultTemplate(),
            Map.of("problem", "Снизить отток\nна 10 %"), Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void isPlainTextWithTheSectionsAsTyped() {
        String text = JournalFormat.encode(new JournalEntry(null, Instant.parse("2026-01-01T00:00:01Z"), project));
        assertThat(text).startsWith("MLSD Composer recovery journal 1\n--- file 0 ---\n\n--- written 20 ---\n2026-01-01T00:00:01Z\n")
                .contains("--- section problem 21 ---\nСнизить отток\nна 10 %\n");
    }

    @Test
    void aJournalWithWindowsLineEndsIsReadAsTheAppHoldsText() throws Exception {
        String text = JournalFormat.encode(new JournalEntry(null, Instant.parse("2026-01-01T00:00:01Z"), project))
                .replace("--- section problem 21 ---\nСнизить отток\nна 10 %\n", "--- section problem 22 ---\nСнизить отток\r\nна 10 %\n");
        assertThat(JournalFormat.decode(text).project().section("problem")).isEqualTo("Снизить отток\nна 10 %");
    }

    @Test
    void versionsAnswersAcceptanceAndDeletionsSurviveTheJournal() throws Exception {
        Instant t = Instant.parse("2026-11-30T04:00:00Z");
        dev.mlsd.composer.core.model.History history = project.history().record(project, "sent", 12, t)
                .record(project.withSections(Map.of("problem", "другой текст"), t), null, 9, t.plusSeconds(1))
                .addAnswer(new dev.mlsd.composer.core.model.Answer("a1", 1, t, "Claude", "Training Pipeline\nInference Pipeline"))
                .accept("a1", t.plusSeconds(2))
                .deleteVersion(2);
        Project withHistory = project.withHistory(history, t);
        String text = JournalFormat.encode(new JournalEntry(null, t, withHistory));
        assertThat(text).contains("--- history ");
        assertThat(JournalFormat.decode(text).project()).isEqualTo(withHistory);
    }

    @Test
    void aCutShortJournalIsRefused() {
        String text = JournalFormat.encode(new JournalEntry(null, Instant.now(), project));
        assertThatThrownBy(() -> JournalFormat.decode(text.substring(0, text.length() / 2))).isInstanceOf(JournalException.class);
        assertThatThrownBy(() -> JournalFormat.decode("hello")).isInstanceOf(JournalException.class);
    }

    @Test
    void fieldsTheFileFormatDoesNotKnowSurviveTheJournal() throws Exception {
        dev.mlsd.composer.core.io.ProjectCodec codec = new dev.mlsd.composer.core.io.ProjectCodec();
        String file = new String(codec.encode(project), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"formatVersion\": 2,", "\"formatVersion\": 2,\n  \"futureField\": {\"a\": [1, \"два\", null]},");
        Project withUnknown = codec.decode(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Project back = JournalFormat.decode(JournalFormat.encode(new JournalEntry(null, Instant.now(), withUnknown))).project();
        assertThat(back).isEqualTo(withUnknown);
        assertThat(new String(codec.encode(back), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"futureField\": {").contains("\"два\"");
    }
}
