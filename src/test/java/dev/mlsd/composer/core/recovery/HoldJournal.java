package dev.mlsd.composer.core.recovery;

import dev.mlsd.composer.core.io.AtomicFileWriter;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.core.template.TemplateParser;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** A child process for the journal tests: opens a journal in args[0], writes args[1] into it, says "ready", and waits to be killed. */
public final class HoldJournal {

    private HoldJournal() {
    }

    public static void main(String[] args) throws Exception {
        RecoveryJournal journal = RecoveryJournal.open(Path.of(args[0]), new AtomicFileWriter());
        Project project = Project.create(new TemplateLibrary(new TemplateParser()).defaultTemplate(), Map.of("problem", args[1]), Instant.now());
        journal.write(new JournalEntry(null, Instant.now(), project));
        System.out.println("ready");
        System.out.flush();
        Thread.currentThread().join();
    }
}
