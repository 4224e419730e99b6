package dev.mlsd.composer.core.recovery;

import dev.mlsd.composer.core.diff.LineDiff;
import dev.mlsd.composer.core.io.FileStamp;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateException;
import dev.mlsd.composer.core.template.TemplateLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which journals left by instances that did not end normally are worth offering back at start:
 * each is compared, section by section, with the file it belongs to as that file is now. A
 * journal that holds nothing the file lacks is removed without asking; one that cannot be read is
 * reported, and kept.
 */
public final class RecoveryCandidates {

    /** A journal left behind, as the user is to hear about it. */
    public sealed interface Candidate {
    }

    /** A journal that cannot be used, and why. */
    public record Unreadable(Path journal, String problem) implements Candidate {
    }

    /**
     * A journal holding text its file lacks: the sections that differ, and the saved file's stamp
     * (null when the file is gone or cannot be read, so everything in the journal counts as new).
     */
    public record Recoverable(RecoveryJournal.Orphan orphan, Template template, FileStamp fileStamp,
                              List<ChangedSection> changes) implements Candidate {
        public Recoverable {
            changes = List.copyOf(changes);
        }

        public JournalEntry entry() {
            return orphan.entry();
        }
    }

    /** One section's difference, saved file → journal. */
    public record ChangedSection(String slotId, String title, List<LineDiff.Line> lines) {
    }

    private final RecoveryJournal journal;
    private final ProjectStore store;
    private final TemplateLibrary templates;

    public RecoveryCandidates(RecoveryJournal journal, ProjectStore store, TemplateLibrary templates) {
        this.journal = journal;
        this.store = store;
        this.templates = templates;
    }

    /** The journals to offer, oldest instance first; discards those with nothing new. Reads the disk. */
    public List<Candidate> find() throws IOException {
        List<Candidate> found = new ArrayList<>();
        for (RecoveryJournal.Orphan orphan : journal.orphans()) {
            if (!orphan.readable()) {
                found.add(new Unreadable(orphan.journal(), orphan.problem()));
                continue;
            }
            Template template;
            try {
                template = templates.parse(orphan.entry().project().templateSource());
            } catch (TemplateException e) {
                found.add(new Unreadable(orphan.journal(), "the template it holds is broken: " + e.describe()));
                continue;
            }
            Recoverable candidate = compare(orphan, template);
            if (candidate.changes().isEmpty()) {
                RecoveryJournal.discard(orphan);
            } else {
                found.add(candidate);
            }
        }
        return found;
    }

    private Recoverable compare(RecoveryJournal.Orphan orphan, Template template) {
        JournalEntry entry = orphan.entry();
        Map<String, String> saved = Map.of();
        FileStamp stamp = null;
        if (entry.file() != null && Files.isRegularFile(entry.file())) {
            try {
                ProjectStore.Stored stored = store.read(entry.file()).complete();
                saved = stored.project().sections();
                stamp = stored.stamp();
            } catch (Exception unreadable) {
                // The saved file is damaged: everything in the journal counts as new.
            }
        }
        return new Recoverable(orphan, template, stamp, changes(template, saved, entry.project().sections()));
    }

    private static List<ChangedSection> changes(Template template, Map<String, String> saved, Map<String, String> unsaved) {
        Set<String> slots = new LinkedHashSet<>(template.slotIds());
        slots.addAll(unsaved.keySet());
        List<ChangedSection> changes = new ArrayList<>();
        for (String slot : slots) {
            List<LineDiff.Line> lines = LineDiff.diff(saved.getOrDefault(slot, ""), unsaved.getOrDefault(slot, ""));
            if (LineDiff.differs(lines)) {
                changes.add(new ChangedSection(slot, template.slot(slot).map(Slot::title).orElse(slot), lines));
            }
        }
        return changes;
    }
}
