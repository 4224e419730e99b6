package dev.mlsd.composer.ui.project;

import dev.mlsd.composer.core.io.FileStamp;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.prompt.PromptDocument;
import dev.mlsd.composer.core.prompt.PromptEdit;
import dev.mlsd.composer.core.prompt.PromptLocation;
import dev.mlsd.composer.core.text.TextCounts;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The open project as the window sees it: the live prompt document, the file it belongs to,
 * whether it has unsaved changes, and the counts of each section. Editors report their edits
 * here; the preview follows the prompt edits this model passes on.
 */
public final class ProjectViewModel {

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObjectProperty<PromptDocument> document = new SimpleObjectProperty<>();
    private final ObjectProperty<TextCounts> totals = new SimpleObjectProperty<>(TextCounts.ZERO);
    private final Map<String, ObjectProperty<TextCounts>> counts = new LinkedHashMap<>();
    private final List<Consumer<List<PromptEdit>>> editListeners = new ArrayList<>();
    private final List<Runnable> openListeners = new ArrayList<>();
    private Project base;
    private FileStamp stamp;
    private long revision;
    private long savedRevision;

    /** Shows {@code project}, read from {@code source} (null for a project never saved). */
    public void open(Project project, Template template, Path source) {
        open(project, template, source, null);
    }

    /** Shows {@code project}, read from {@code source} whose bytes had {@code sourceStamp}. */
    public void open(Project project, Template template, Path source, FileStamp sourceStamp) {
        replace(project, template, source, sourceStamp);
        openListeners.forEach(Runnable::run);
    }

    /** Calls {@code listener} whenever another project is opened (not when this one changes in place). */
    public void onOpened(Runnable listener) {
        openListeners.add(listener);
    }

    private void replace(Project project, Template template, Path source, FileStamp sourceStamp) {
        base = project;
        stamp = sourceStamp;
        counts.clear();
        PromptDocument fresh = new PromptDocument(template, project.sections());
        for (String slot : fresh.sections().keySet()) {
            counts.put(slot, new SimpleObjectProperty<>(fresh.counts(slot)));
        }
        totals.set(fresh.sectionCounts());
        file.set(source);
        revision++;
        savedRevision = revision;
        dirty.set(false);
        document.set(fresh);
    }

    /** Applies an edit a user made in a section's editor and passes the prompt's edits on. */
    public void editSection(String slotId, int offset, int removedLength, String inserted) {
        PromptDocument doc = document.get();
        List<PromptEdit> edits = doc.edit(slotId, offset, removedLength, inserted);
        ObjectProperty<TextCounts> slotCounts = counts.get(slotId);
        if (slotCounts != null) {
            TextCounts before = slotCounts.get();
            TextCounts after = doc.counts(slotId);
            slotCounts.set(after);
            if (doc.template().slot(slotId).isPresent()) {
                totals.set(new TextCounts(totals.get().chars() + after.chars() - before.chars(),
                        totals.get().words() + after.words() - before.words()));
            }
        }
        revision++;
        dirty.set(true);
        for (Consumer<List<PromptEdit>> listener : editListeners) {
            listener.accept(edits);
        }
    }

    /** Calls {@code listener} with the prompt's edits after each section edit. */
    public void onPromptEdits(Consumer<List<PromptEdit>> listener) {
        editListeners.add(listener);
    }

    /** The project as it is now, to be saved at {@code now}. */
    public Project snapshot(Instant now) {
        return base.withSections(document.get().sections(), now);
    }

    /** Replaces the project's content (a template switch) in place: same file, now with unsaved changes. */
    public void change(Project project, Template template) {
        replace(project, template, file.get(), stamp);
        revision++;
        dirty.set(true);
    }

    /** The project as last opened, switched or saved (its template copy, times, unknown fields). */
    public Project base() {
        return base;
    }

    /** Shows a project recovered from the journal: it belongs to {@code source} but is not saved there. */
    public void openRecovered(Project project, Template template, Path source, FileStamp sourceStamp) {
        open(project, template, source, sourceStamp);
        revision++;
        dirty.set(true);
    }

    /** Gives up the unsaved changes (the user chose not to save them before leaving). */
    public void discardChanges() {
        savedRevision = revision;
        dirty.set(false);
    }

    /** The stamp of the file as last read or written (null for a project never saved). */
    public FileStamp stamp() {
        return stamp;
    }

    /** Records that the file on disk is now {@code current} (the user chose to keep their version). */
    public void acknowledgeStamp(FileStamp current) {
        stamp = current;
    }

    /** A number that changes with every edit, to tell which state a snapshot was taken from. */
    public long revision() {
        return revision;
    }

    /**
     * Records that {@code saved}, the snapshot taken at {@code savedAt}, is now on disk at
     * {@code target}; edits made since that snapshot stay unsaved.
     */
    public void markSaved(Path target, Project saved, FileStamp savedStamp, long savedAt) {
        base = saved;
        stamp = savedStamp;
        file.set(target);
        savedRevision = savedAt;
        dirty.set(revision != savedRevision);
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
    public java.util.List<String> detachedSlots() {
        return document.get().sections().keySet().stream().filter(id -> template().slot(id).isEmpty()).toList();
    }

    public ReadOnlyObjectProperty<PromptDocument> documentProperty() {
        return document;
    }

    public PromptDocument document() {
        return document.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Characters and words of all sections together. */
    public ReadOnlyObjectProperty<TextCounts> totalsProperty() {
        return totals;
    }

    /** Characters and words of one section. */
    public ReadOnlyObjectProperty<TextCounts> countsProperty(String slotId) {
        ObjectProperty<TextCounts> property = counts.get(slotId);
        if (property == null) {
            throw new IllegalArgumentException("no slot '" + slotId + "'");
        }
        return property;
    }
}
