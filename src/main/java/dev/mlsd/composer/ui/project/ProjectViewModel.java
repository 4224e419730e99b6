package dev.mlsd.composer.ui.project;

import dev.mlsd.composer.core.io.FileStamp;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.prompt.PromptDocument;
import dev.mlsd.composer.core.prompt.PromptLocation;
import dev.mlsd.composer.core.prompt.SectionChange;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The open project as the window sees it. It owns three things: which {@link PromptDocument} is
 * shown (the document owns the sections' text and counts), the project's {@link History} (versions
 * and answers) and its {@link SaveState}. The file and whether there are unsaved changes are read
 * from the save state, never kept apart.
 */
public final class ProjectViewModel {

    private final ObjectProperty<PromptDocument> document = new SimpleObjectProperty<>();
    private final ObjectProperty<SaveState> saveState = new SimpleObjectProperty<>(SaveState.opened(null, null, 0));
    private final BooleanBinding dirty = Bindings.createBooleanBinding(() -> saveState.get().dirty(), saveState);
    private final ObjectProperty<History> history = new SimpleObjectProperty<>(History.empty());
    private final List<Runnable> waitingEdits = new java.util.ArrayList<>();
    /** The project's template copy, times and unknown fields; its sections are the document's, its history is {@link #history}. */
    private Project header;
    private long opening;

    /** Shows {@code project}, read from {@code source} (null for a project never saved). */
    public void open(Project project, Template template, Path source) {
        open(project, template, source, null);
    }

    /** Shows {@code project}, read from {@code source} whose bytes had {@code sourceStamp}. */
    public void open(Project project, Template template, Path source, FileStamp sourceStamp) {
        saveState.set(SaveState.opened(source, sourceStamp, saveState.get().revision()));
        show(project, template);
    }

    /** Shows a project recovered from the journal: it belongs to {@code source} but is not saved there. */
    public void openRecovered(Project project, Template template, Path source, FileStamp sourceStamp) {
        saveState.set(SaveState.opened(source, sourceStamp, saveState.get().revision()).changed());
        show(project, template);
    }

    /**
     * Replaces the project's text and template (a template switch, an import, a restore, an undo of one)
     * in place: same file, now with unsaved changes. The history stays as it is now, whatever
     * {@code project} carries, so a change computed or remembered earlier never drops a version
     * recorded since; the history changes only through {@link #applyHistory}.
     */
    public void change(Project project, Template template) {
        saveState.set(saveState.get().changed());
        showText(project, template);
    }

    private void show(Project project, Template template) {
        opening++;
        showText(project, template);
        // Last, so whoever listens to the history (the journal) sees the new document with it.
        history.set(project.history());
    }

    private void showText(Project project, Template template) {
        header = project.withSections(Map.of(), project.modified()).withHistory(History.empty(), project.modified());
        PromptDocument fresh = new PromptDocument(template, project.sections());
        fresh.subscribe(change -> saveState.set(saveState.get().changed()));
        document.set(fresh);
    }

    /**
     * The one way to change the versions and answers: like an edit, the project gets unsaved changes
     * (the title's {@code •}) and the journal writes it at once. Nothing happens when {@code changed}
     * is the history already shown.
     */
    public void applyHistory(History changed) {
        if (changed == history.get()) {
            return;
        }
        saveState.set(saveState.get().changed());
        history.set(changed);
    }

    /**
     * A number that changes each time a project is opened (also the same file again), never by edits:
     * work begun for one project is dropped when another is shown by the time it is done.
     */
    public long opening() {
        return opening;
    }

    /** The versions and answers as they are now. */
    public History history() {
        return history.get();
    }

    /** The versions and answers, to listen to; changed only by {@link #applyHistory} and by opening a project. */
    public ReadOnlyObjectProperty<History> historyProperty() {
        return history;
    }

    /** Applies an edit a user made in a section's editor; the document announces it. */
    public void editSection(String slotId, int offset, int removedLength, String inserted) {
        document.get().edit(slotId, offset, removedLength, inserted);
    }

    /**
     * Calls {@code listener} after each edit of whichever document is shown, for as long as the
     * view-model lives: for the window's long-lived parts (preview, checks, journal).
     */
    public void onSectionChange(Consumer<SectionChange> listener) {
        if (document.get() != null) {
            document.get().subscribe(listener);
        }
        document.addListener((obs, old, now) -> now.subscribe(listener));
    }

    /**
     * Registers {@code flush}, which hands over an edit still waiting for typing to stop (the answer
     * editor keeps its edits a moment): every snapshot runs it first, so a save or the journal has them.
     */
    public void flushBeforeSnapshot(Runnable flush) {
        waitingEdits.add(flush);
    }

    /** The project as it is now, to be saved at {@code now}. */
    public Project snapshot(Instant now) {
        waitingEdits.forEach(Runnable::run);
        return header.withSections(document.get().sections(), now).withHistory(history.get(), now);
    }

    /** Gives up the unsaved changes (the user chose not to save them before leaving). */
    public void discardChanges() {
        saveState.set(saveState.get().discarded());
    }

    /** Records that the file on disk is now {@code current} (the user chose to keep their version). */
    public void acknowledgeStamp(FileStamp current) {
        saveState.set(saveState.get().withStamp(current));
    }

    /**
     * Records that {@code saved}, the snapshot taken at revision {@code savedAt}, is now on disk
     * at {@code target}; edits made since that snapshot stay unsaved, and so do versions and answers
     * added since (the history shown is kept, it holds all of {@code saved}'s).
     */
    public void markSaved(Path target, Project saved, FileStamp savedStamp, long savedAt) {
        header = saved.withSections(Map.of(), saved.modified()).withHistory(History.empty(), saved.modified());
        saveState.set(saveState.get().saved(target, savedStamp, savedAt));
    }

    public SaveState saveState() {
        return saveState.get();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState;
    }

    /** The stamp of the file as last read or written (null for a project never saved). */
    public FileStamp stamp() {
        return saveState.get().stamp();
    }

    /** A number that changes with every change, to tell which state a snapshot was taken from. */
    public long revision() {
        return saveState.get().revision();
    }

    /** The whole prompt, exactly as {@code render} prints it for the saved project. */
    public String promptText() {
        return document.get().assemble().text();
    }

    public PromptLocation locate(int promptOffset) {
        return document.get().locate(promptOffset);
    }

    public Template template() {
        return document.get().template();
    }

    /** Ids of sections the template has no slot for (detached text: kept and saved, not in the prompt). */
    public List<String> detachedSlots() {
        return document.get().sections().keySet().stream().filter(id -> template().slot(id).isEmpty()).toList();
    }

    public ReadOnlyObjectProperty<PromptDocument> documentProperty() {
        return document;
    }

    public PromptDocument document() {
        return document.get();
    }

    public Path file() {
        return saveState.get().file();
    }

    /** Whether there are unsaved changes, as a value to listen to (bind to {@link #saveStateProperty()} instead). */
    public ObservableBooleanValue dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return saveState.get().dirty();
    }
}
