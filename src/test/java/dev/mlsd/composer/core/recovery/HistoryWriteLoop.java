package dev.mlsd.composer.core.recovery;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.io.ProjectCodec;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.model.Answer;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * The child of {@link HistoryKillTest}: in a loop, records a version and pastes an answer to it, as the
 * window does — journalled at once, then saved — and reports each step on stdout:
 * {@code journalled V A} and {@code saved V A} (versions and answers the project then has).
 */
public final class HistoryWriteLoop {

    private HistoryWriteLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        AtomicFileWriter writer = new AtomicFileWriter();
        ProjectStore store = new ProjectStore(new ProjectCodec(), writer);
        TemplateLibrary templates = new TemplateLibrary(new TemplateParser());
        String filler = "Абоненты с падающим трафиком уходят к конкурентам; строка для объёма.\n".repeat(3000);
        try (RecoveryJournal journal = RecoveryJournal.open(Path.of(args[1]), writer)) {
            Project project = Files.exists(target) ? store.load(target)
                    : Project.create(templates.defaultTemplate(), Map.of(), Instant.now());
            while (true) {
                History history = project.history();
                int step = history.nextNumber();
                Project edited = project.withSections(Map.of("problem", "step " + step + "\n" + filler), Instant.now());
                History more = history.record(edited, "step " + step, step, Instant.now());
                more = more.addAnswer(new Answer("a" + step, step, Instant.now(), "GPT-5", "answer to step " + step + "\n" + filler));
                project = edited.withHistory(more.accept("a" + step, Instant.now()), Instant.now());
                journal.write(new JournalEntry(target, Instant.now(), project));
                report("journalled", project);
                store.save(target, project);
                report("saved", project);
            }
        }
    }

    private static void report(String what, Project project) {
        System.out.println(what + " " + project.history().versions().size() + " " + project.history().answers().size());
        System.out.flush();
    }
}
