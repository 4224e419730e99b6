package dev.mlsd.composer.bench;

import dev.mlsd.composer.core.model.Answer;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A 100 KB draft with 200 versions, each changing one line, and one answer to each: issue 15's long history. */
final class HistoryFixture {

    static final int VERSIONS = 200;

    private HistoryFixture() {
    }

    /** The project with its history. */
    static Project withHistory() {
        Map<String, String> sections = new LinkedHashMap<>(BenchData.sections(102_400));
        Instant now = Instant.parse("2026-11-30T04:00:00Z");
        Project project = Project.create(new TemplateLibrary(new TemplateParser()).defaultTemplate(), sections, now);
        History history = History.empty();
        List<String> slots = List.copyOf(sections.keySet());
        for (int i = 1; i <= VERSIONS; i++) {
            String slot = slots.get(i % slots.size());
            String[] lines = sections.get(slot).split("\n", -1);
            int at = (i * 7919) % Math.max(1, lines.length - 1);
            lines[at] = lines[at] + " edit " + i;
            sections.put(slot, String.join("\n", lines));
            project = project.withSections(sections, now.plusSeconds(i));
            history = history.record(project, null, 1000 + i, now.plusSeconds(i))
                    .addAnswer(new Answer("a" + i, i, now.plusSeconds(i), "GPT-5", ("Training Pipeline и Inference Pipeline, ответ " + i + ".\n").repeat(60)));
        }
        return project.withHistory(history, project.modified());
    }
}
