package dev.mlsd.composer.ui.project;

import dev.mlsd.composer.core.diff.LineDiff;
import dev.mlsd.composer.core.io.FileStamp;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.recovery.JournalEntry;
import dev.mlsd.composer.core.recovery.RecoveryJournal;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.dialog.Dialogs;
import dev.mlsd.composer.ui.dialog.RecoveryOffer;
import dev.mlsd.composer.ui.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * At start, offers back the unsaved work that instances which did not end normally left in their
 * journals: Restore, Discard or Later, with a diff against the saved file. A journal that holds
 * nothing the file lacks is removed without asking.
 */
public final class RecoveryOffers {

    private final RecoveryJournal journal;
    private final ProjectStore store;
    private final TemplateLibrary templates;
    private final Dialogs dialogs;
    private final Background background;
    private final Messages messages;
    private final ProjectViewModel model;
    private final Consumer<String> status;

    /** What a journal holds, compared with its file. */
    record Candidate(RecoveryJournal.Orphan orphan, Template template, FileStamp fileStamp, RecoveryOffer offer) {
    }

    public RecoveryOffers(RecoveryJournal journal, ProjectStore store, TemplateLibrary templates, Dialogs dialogs,
                          Background background, Messages messages, ProjectViewModel model, Consumer<String> status) {
        this.journal = journal;
        this.store = store;
        this.templates = templates;
        this.dialogs = dialogs;
        this.background = background;
        this.messages = messages;
        this.model = model;
        this.status = status;
    }

    /** Looks for orphaned journals off the FX thread and offers them one after another. */
    public void offer() {
        background.run(this::candidates, this::ask, e -> { });
    }

    private List<Object> candidates() throws Exception {
        List<Object> found = new ArrayList<>();
        for (RecoveryJournal.Orphan orphan : journal.orphans()) {
            if (!orphan.readable()) {
                found.add(orphan);
                continue;
            }
            JournalEntry entry = orphan.entry();
            Template template = templates.parse(entry.project().templateSource());
            Map<String, String> saved = Map.of();
            FileStamp stamp = null;
            if (entry.file() != null && Files.isRegularFile(entry.file())) {
                try {
                    ProjectStore.Stored stored = store.read(entry.file());
                    saved = stored.project().sections();
                    stamp = stored.stamp();
                } catch (Exception unreadable) {
                    // The saved file is damaged: everything in the journal counts as new.
                }
            }
            List<RecoveryOffer.SectionDiff> diffs = diffs(template, saved, entry.project().sections());
            if (diffs.isEmpty()) {
                RecoveryJournal.discard(orphan);
                continue;
            }
            String name = entry.file() == null ? messages.get("project.untitled") : entry.file().getFileName().toString();
            found.add(new Candidate(orphan, template, stamp, new RecoveryOffer(name, entry.written(), diffs)));
        }
        return found;
    }

    private static List<RecoveryOffer.SectionDiff> diffs(Template template, Map<String, String> saved, Map<String, String> unsaved) {
        Set<String> slots = new LinkedHashSet<>(template.slotIds());
        slots.addAll(unsaved.keySet());
        List<RecoveryOffer.SectionDiff> diffs = new ArrayList<>();
        for (String slot : slots) {
            List<LineDiff.Line> lines = LineDiff.diff(saved.getOrDefault(slot, ""), unsaved.getOrDefault(slot, ""));
            if (LineDiff.differs(lines)) {
                String title = template.slot(slot).map(Slot::title).orElse(slot);
                diffs.add(new RecoveryOffer.SectionDiff(title, lines));
            }
        }
        return diffs;
    }

    private void ask(List<Object> found) {
        for (Object item : found) {
            if (item instanceof RecoveryJournal.Orphan unreadable) {
                dialogs.showError(messages.get("error.recovery", unreadable.journal()), unreadable.problem());
                continue;
            }
            Candidate candidate = (Candidate) item;
            switch (dialogs.askRecovery(candidate.offer())) {
                case RESTORE -> {
                    restore(candidate);
                    return;
                }
                case DISCARD -> background.run(() -> {
                    RecoveryJournal.discard(candidate.orphan());
                    return candidate;
                }, done -> { }, e -> { });
                case LATER -> { }
            }
        }
    }

    /** Shows the recovered project as unsaved; the old journal goes once this instance's journal holds it. */
    private void restore(Candidate candidate) {
        JournalEntry entry = candidate.orphan().entry();
        Project project = entry.project();
        Path file = entry.file();
        model.openRecovered(project, candidate.template(), file, candidate.fileStamp());
        status.accept(messages.get("status.recovered"));
        background.run(() -> {
            RecoveryJournal.discard(candidate.orphan());
            return candidate;
        }, done -> { }, e -> { });
    }
}
