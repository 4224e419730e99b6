package dev.mlsd.composer.ui.project;

import dev.mlsd.composer.core.io.FileNames;
import dev.mlsd.composer.core.io.FileStamp;
import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.io.SaveOutcome;
import dev.mlsd.composer.core.model.History;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.dialog.Dialogs;
import dev.mlsd.composer.ui.dialog.FileDialogs;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.settings.SettingsKeeper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Consumer;

/**
 * File → New, Open, Open Recent, Save, Save As, Quit and Help → Open example: each asks about
 * unsaved changes where it would lose them, does its file work off the FX thread, notices a file
 * changed by another program before writing over it, and reports in the status bar.
 */
public final class ProjectCommands {

    /** The example project shipped in the jar. */
    static final String EXAMPLE = "/examples/example-churn.ru.mlsd";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ProjectViewModel model;
    private final ProjectStore store;
    private final TemplateLibrary templates;
    private final Dialogs dialogs;
    private final FileDialogs fileDialogs;
    private final Background background;
    private final Messages messages;
    private final SettingsKeeper settings;
    private final Clock clock;
    private final Consumer<String> status;
    private final Runnable exit;
    private final ErrorText errors;
    private FileStamp dismissedOutsideChange;

    /** A project read from disk with its parsed template and the file's stamp. */
    public record Loaded(Project project, Template template, FileStamp stamp) {
    }

    public ProjectCommands(ProjectViewModel model, ProjectStore store, TemplateLibrary templates, Dialogs dialogs,
                           FileDialogs fileDialogs, Background background, Messages messages, SettingsKeeper settings,
                           Clock clock, Consumer<String> status, Runnable exit) {
        this.model = model;
        this.store = store;
        this.templates = templates;
        this.dialogs = dialogs;
        this.fileDialogs = fileDialogs;
        this.background = background;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
        this.status = status;
        this.exit = exit;
        this.errors = new ErrorText(messages);
    }

    /** Reads a project and its template; safe to call off the FX thread. */
    public static Loaded load(ProjectStore store, TemplateLibrary templates, Path file) throws Exception {
        ProjectStore.Stored stored = store.read(file).complete();
        return new Loaded(stored.project(), templates.parse(stored.project().templateSource()), stored.stamp());
    }

    public void newProject() {
        whenChangesHandled(this::showNewProject);
    }

    /** Shows an empty project from the default template, without asking anything. */
    public void showNewProject() {
        Template template = templates.defaultTemplate();
        model.open(Project.create(template, Map.of(), clock.instant()), template, null);
    }

    public void open() {
        whenChangesHandled(() -> fileDialogs.chooseProjectToOpen(FileNames.folderOf(model.file())).ifPresent(this::read));
    }

    /** Opens {@code file} (a recent file, or one dropped on the window) after dealing with unsaved changes. */
    public void open(Path file) {
        whenChangesHandled(() -> read(file));
    }

    public void openExample() {
        whenChangesHandled(() -> background.run(() -> {
            try (InputStream in = ProjectCommands.class.getResourceAsStream(EXAMPLE)) {
                if (in == null) {
                    throw new IOException("the example project is missing from the app");
                }
                Project project = store.decode(in.readAllBytes());
                return new Loaded(project, templates.parse(project.templateSource()), null);
            }
        }, loaded -> {
            model.open(loaded.project(), loaded.template(), null);
            status.accept(messages.get("status.example"));
        }, e -> dialogs.showError(messages.get("error.example"), errors.describe(e))));
    }

    public void save() {
        save(() -> { });
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    public void quit() {
        whenChangesHandled(() -> {
            model.discardChanges();
            exit.run();
        });
    }

    /** Shows a project loaded before the window existed (the file given on the command line). */
    public void show(Loaded loaded, Path file) {
        model.open(loaded.project(), loaded.template(), file, loaded.stamp());
        if (file != null) {
            settings.update(s -> s.withRecent(file));
        }
    }

    /** Tells the user a file could not be opened. */
    public void reportOpenFailure(Path file, Exception e) {
        dialogs.showError(messages.get("error.open", file.getFileName()), errors.describe(e));
    }

    /**
     * Looks whether another program changed the project's file (the window got the focus back).
     * Without unsaved edits the file is reloaded; with them, the user decides.
     */
    public void checkOutsideChange() {
        Path file = model.file();
        FileStamp known = model.stamp();
        if (file == null || known == null) {
            return;
        }
        background.run(() -> FileStamp.current(file, known), current -> {
            if (current.isEmpty() || !current.get().contentDiffers(known) || !file.equals(model.file()) || known != model.stamp()
                    || current.get().equals(dismissedOutsideChange)) {
                return;
            }
            if (!model.isDirty()) {
                read(file, () -> status.accept(messages.get("status.reloaded", file.getFileName())));
            } else {
                resolveOutsideChange(file, current.get(), () -> { });
            }
        }, e -> { });
    }

    private void resolveOutsideChange(Path file, FileStamp current, Runnable afterSave) {
        switch (dialogs.askOutsideChange(projectName())) {
            case RELOAD -> reloadKeepingHistory(file);
            case OVERWRITE -> overwriteKeepingHistory(file, current, afterSave);
            case SAVE_AS -> {
                model.acknowledgeStamp(current);
                saveAs(afterSave);
            }
            case CANCEL -> dismissedOutsideChange = current;
        }
    }

    /**
     * Shows the file's text as the other program left it, with the versions and answers of both sides
     * (merged by id, ours keeping their numbers): what this window recorded since stays, unsaved.
     */
    private void reloadKeepingHistory(Path file) {
        History ours = model.history();
        background.run(() -> load(store, templates, file), loaded -> {
            History theirs = loaded.project().history();
            History both = ours.merge(theirs);
            if (both.equals(theirs)) {
                model.open(loaded.project(), loaded.template(), file, loaded.stamp());
            } else {
                model.openRecovered(loaded.project().withHistory(both, loaded.project().modified()), loaded.template(), file,
                        loaded.stamp());
            }
            status.accept(messages.get("status.reloaded", file.getFileName()));
        }, e -> reportOpenFailure(file, e));
    }

    /** Writes our text over the file's, after taking in the versions and answers the other program added to it. */
    private void overwriteKeepingHistory(Path file, FileStamp current, Runnable afterSave) {
        long openingThen = model.opening();
        background.run(() -> store.read(file).project().history(), theirs -> {
            if (model.opening() != openingThen) {
                return;
            }
            model.applyHistory(model.history().merge(theirs));
            model.acknowledgeStamp(current);
            write(file, afterSave, false);
        }, unreadable -> {
            // Nothing of theirs can be kept from a file that does not read; ours is written as before.
            model.acknowledgeStamp(current);
            write(file, afterSave, false);
        });
    }

    private void read(Path file) {
        read(file, () -> status.accept(messages.get("status.opened", file.getFileName())));
    }

    private void read(Path file, Runnable then) {
        background.run(() -> load(store, templates, file), loaded -> {
            model.open(loaded.project(), loaded.template(), file, loaded.stamp());
            settings.update(s -> s.withRecent(file));
            then.run();
        }, e -> reportOpenFailure(file, e));
    }

    /** Runs {@code next} once unsaved changes are saved or given up; not at all when the user cancels. */
    public void whenChangesHandled(Runnable next) {
        if (!model.isDirty()) {
            next.run();
            return;
        }
        switch (dialogs.askUnsaved(projectName())) {
            case SAVE -> save(next);
            case DISCARD -> next.run();
            case CANCEL -> { }
        }
    }

    private void save(Runnable after) {
        if (model.file() == null) {
            saveAs(after);
        } else {
            write(model.file(), after, true);
        }
    }

    private void saveAs(Runnable after) {
        fileDialogs.chooseProjectToSave(FileNames.folderOf(model.file()), suggestedName())
                .map(target -> FileNames.withExtension(target, ProjectStore.EXTENSION))
                .ifPresent(target -> write(target, after, false));
    }

    /**
     * Saves off the FX thread. When {@code checkOutside} is set and the file is the project's own,
     * a file changed by another program is not written over: the user is asked first.
     */
    private void write(Path target, Runnable after, boolean checkOutside) {
        Project snapshot = model.snapshot(clock.instant());
        long revision = model.revision();
        FileStamp expected = checkOutside && target.equals(model.file()) ? model.stamp() : null;
        background.run(() -> store.saveUnlessChanged(target, snapshot, expected), outcome -> {
            if (outcome instanceof SaveOutcome.ChangedOutside changed) {
                resolveOutsideChange(target, changed.current(), after);
                return;
            }
            ProjectStore.Stored saved = ((SaveOutcome.Saved) outcome).stored();
            model.markSaved(target, saved.project(), saved.stamp(), revision);
            settings.update(s -> s.withRecent(target));
            status.accept(messages.get("status.saved", target.getFileName(), LocalTime.now(clock.withZone(ZoneId.systemDefault())).format(TIME)));
            after.run();
        }, e -> dialogs.showError(messages.get("error.save", target.getFileName()), errors.describe(e)));
    }

    /** The name shown in the title and dialogs: the file's name, or "Untitled". */
    public String projectName() {
        return model.file() == null ? messages.get("project.untitled") : model.file().getFileName().toString();
    }

    private String suggestedName() {
        return model.file() == null ? messages.get("project.untitled.file") + ".mlsd" : model.file().getFileName().toString();
    }
}
