package dev.mlsd.composer.ui.project;

import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.recovery.JournalEntry;
import dev.mlsd.composer.core.recovery.RecoveryCandidates;
import dev.mlsd.composer.core.recovery.RecoveryJournal;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.dialog.Dialogs;
import dev.mlsd.composer.ui.dialog.RecoveryOffer;
import dev.mlsd.composer.ui.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * At start, offers back the unsaved work that instances which did not end normally left in their
 * journals: Restore, Discard or Later, with a diff against the saved file. A journal that holds
 * nothing the file lacks is removed without asking.
 */
public final class RecoveryOffers {

    private final RecoveryCandidates candidates;
    private final Dialogs dialogs;
    private final Background background;
    private final Messages messages;
    private final ProjectViewModel model;
    private final Consumer<String> status;

    public RecoveryOffers(RecoveryJournal journal, ProjectStore store, TemplateLibrary templates, Dialogs dialogs,
                          Background background, Messages messages, ProjectViewModel model, Consumer<String> status) {
        this.candidates = new RecoveryCandidates(journal, store, templates);
        this.dialogs = dialogs;
        this.background = background;
        this.messages = messages;
        this.model = model;
        this.status = status;
    }

    /** Looks for orphaned journals off the FX thread and offers them one after another. */
    public void offer() {
        background.run(candidates::find, this::ask, e -> { });
    }

    private void ask(List<RecoveryCandidates.Candidate> found) {
        for (RecoveryCandidates.Candidate item : found) {
            if (item instanceof RecoveryCandidates.Unreadable unreadable) {
                dialogs.showError(messages.get("error.recovery", unreadable.journal()), unreadable.problem());
                continue;
            }
            RecoveryCandidates.Recoverable candidate = (RecoveryCandidates.Recoverable) item;
            switch (dialogs.askRecovery(offer(candidate))) {
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

    private RecoveryOffer offer(RecoveryCandidates.Recoverable candidate) {
        JournalEntry entry = candidate.entry();
        String name = entry.file() == null ? messages.get("project.untitled") : entry.file().getFileName().toString();
        return new RecoveryOffer(name, entry.written(), candidate.changes().stream()
                .map(change -> new RecoveryOffer.SectionDiff(change.title(), change.lines())).toList());
    }

    /** Shows the recovered project as unsaved; the old journal goes once this instance's journal holds it. */
    private void restore(RecoveryCandidates.Recoverable candidate) {
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
