package dev.mlsd.composer.ui.history;

import dev.mlsd.composer.core.history.VersionBook;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.dialog.Dialogs;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ErrorText;
import dev.mlsd.composer.ui.project.ProjectChanges;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the window does with versions: record one (on Copy prompt, Export prompt, Save version…),
 * restore, label and delete one. Rendering and counting happen off the FX thread through the core's
 * {@link VersionBook}; the result reaches the project only through {@link ProjectViewModel#applyHistory},
 * and only when it was computed from the history shown now (otherwise it is computed again).
 * It also knows which version was copied last and which one the history panel has selected.
 */
public final class HistoryCommands {

    /** Work on a snapshot of the project, done off the FX thread. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Project taken) throws Exception;
    }

    private record Restored(Project project, Template template) {
    }

    private final ProjectViewModel model;
    private final VersionBook book;
    private final ProjectChanges changes;
    private final TemplateLibrary templates;
    private final Background background;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<String> status;
    private final ObjectProperty<Integer> lastCopied = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> selected = new SimpleObjectProperty<>();
    private long opened = -1;
    private java.nio.file.Path openedFile;

    public HistoryCommands(ProjectViewModel model, VersionBook book, ProjectChanges changes, TemplateLibrary templates,
                           Background background, Dialogs dialogs, Messages messages, Clock clock, Consumer<String> status) {
        this.model = model;
        this.book = book;
        this.changes = changes;
        this.templates = templates;
        this.background = background;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.status = status;
        model.documentProperty().addListener((obs, old, now) -> {
            if (opened != model.opening()) {
                opened = model.opening();
                // The same file read again (changed by another program) keeps what was copied from it.
                if (model.file() == null || !model.file().equals(openedFile)) {
                    lastCopied.set(null);
                    selected.set(null);
                }
                openedFile = model.file();
            }
        });
        model.historyProperty().addListener((obs, old, now) -> {
            forgetIfGone(lastCopied, now);
            forgetIfGone(selected, now);
        });
    }

    /** Records the project as it is now because its prompt was just copied; that version becomes the one last copied. */
    public void recordCopied() {
        record(null, recording -> lastCopied.set(recording.latest().number()));
    }

    /** Records the project as it is now (Export prompt, Save version…); {@code label} may be null. */
    public void record(String label, Consumer<VersionBook.Recording> done) {
        changeHistory(taken -> book.record(taken, label, clock.instant()), recording -> recording.project().history(), done);
    }

    /** Records a version by hand (File → Save version…) and says so in the status bar. */
    public void saveVersion(String label) {
        record(label, recording -> status.accept(recording.recorded().isPresent()
                ? messages.get("status.version.saved", recording.latest().number())
                : messages.get("status.version.unchanged", recording.latest().number())));
    }

    /** File → Save version…: asks for an optional label, then records the text as it is then. */
    public void saveVersionAsking() {
        dialogs.askVersionLabel(null, null).ifPresent(label -> saveVersion(label.isBlank() ? null : label));
    }

    /** Asks for version {@code number}'s new label and gives it (blank: none). */
    public void labelAsking(int number) {
        model.history().version(number).ifPresent(version -> dialogs.askVersionLabel(number, version.label())
                .ifPresent(label -> label(number, label)));
    }

    /** Asks whether to delete version {@code number} with its answers, and does so when the user agrees. */
    public void deleteAsking(int number) {
        if (model.history().version(number).isPresent()
                && dialogs.confirmDeleteVersion(number, model.history().answersOf(number).size())) {
            delete(number);
        }
    }

    /**
     * The one path for changing the history from a snapshot: {@code work} runs off the FX thread on
     * the project as it is now; the history it yields is applied when it still builds on the history
     * shown, and {@code work} runs again on the current history when a version or an answer came in
     * meanwhile (the text of the snapshot is kept: it is what was copied). Dropped when another
     * project was opened; failures are shown as a message.
     */
    public <T> void changeHistory(Work<T> work, Function<T, History> historyOf, Consumer<T> done) {
        run(model.snapshot(clock.instant()), work, historyOf, done);
    }

    private <T> void run(Project taken, Work<T> work, Function<T, History> historyOf, Consumer<T> done) {
        long openingThen = model.opening();
        background.run(() -> work.apply(taken), result -> {
            if (model.opening() != openingThen) {
                return;
            }
            if (model.history() != taken.history()) {
                run(taken.withHistory(model.history(), taken.modified()), work, historyOf, done);
                return;
            }
            model.applyHistory(historyOf.apply(result));
            done.accept(result);
        }, this::failed);
    }

    /**
     * Puts version {@code number}'s sections (and template copy) into the editors as one undoable
     * step; the text shown now is recorded first unless a version holds it. When the user typed while
     * this was worked out, it is worked out again from the text as it is then, so no typing is lost.
     */
    public void restore(int number) {
        Project taken = model.snapshot(clock.instant());
        long revision = model.revision();
        long openingThen = model.opening();
        background.run(() -> {
            Project restored = book.restore(taken, number, clock.instant());
            return new Restored(restored, templates.parse(restored.templateSource()));
        }, restored -> {
            if (model.opening() != openingThen) {
                return;
            }
            if (model.revision() != revision) {
                restore(number);
                return;
            }
            model.applyHistory(restored.project().history());
            changes.apply(restored.project(), restored.template());
            status.accept(messages.get("status.version.restored", number));
        }, this::failed);
    }

    /** Gives version {@code number} the label {@code label} (blank: none). */
    public void label(int number, String label) {
        if (model.history().version(number).isPresent()) {
            model.applyHistory(model.history().label(number, label));
        }
    }

    /** Deletes version {@code number} and its answers (the caller has asked the user). */
    public void delete(int number) {
        if (model.history().version(number).isPresent()) {
            model.applyHistory(model.history().deleteVersion(number));
            status.accept(messages.get("status.version.deleted", number));
        }
    }

    /**
     * The version an answer pasted now belongs to: the one selected in the history panel, else the one
     * copied last; null when neither is there (then the latest, or a new one when there is none).
     */
    public Integer answerTarget() {
        return selected.get() != null ? selected.get() : lastCopied.get();
    }

    /** The number of the version whose prompt was copied last in this project (null: none yet). */
    public ReadOnlyObjectProperty<Integer> lastCopiedProperty() {
        return lastCopied;
    }

    /** The version selected in the history panel (null: none, or more than one); the panel sets it. */
    public ObjectProperty<Integer> selectedProperty() {
        return selected;
    }

    /** The core's version operations, for work passed to {@link #changeHistory}. */
    public VersionBook book() {
        return book;
    }

    private static void forgetIfGone(ObjectProperty<Integer> number, History history) {
        if (number.get() != null && history.version(number.get()).isEmpty()) {
            number.set(null);
        }
    }

    private void failed(Exception e) {
        dialogs.showError(messages.get("error.history"), new ErrorText(messages).describe(e));
    }
}
