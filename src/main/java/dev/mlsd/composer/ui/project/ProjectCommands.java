package dev.mlsd.composer.ui.project;

import dev.mlsd.composer.core.io.ProjectStore;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.dialog.Dialogs;
import dev.mlsd.composer.ui.dialog.FileDialogs;
import dev.mlsd.composer.ui.i18n.Messages;
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
 * File → New, Open, Save, Save As, Quit and Help → Open example: each asks about unsaved changes
 * where it would lose them, does its file work off the FX thread, and reports in the status bar.
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
    private final Clock clock;
    private final Consumer<String> status;
    private final Runnable exit;
    private final ErrorText errors;

    /** A project read from disk with its parsed template. */
    public record Loaded(Project project, Template template) {
    }

    public ProjectCommands(ProjectViewModel model, ProjectStore store, TemplateLibrary templates, Dialogs dialogs,
                           FileDialogs fileDialogs, Background background, Messages messages, Clock clock,
                           Consumer<String> status, Runnable exit) {
        this.model = model;
        this.store = store;
        this.templates = templates;
        this.dialogs = dialogs;
        this.fileDialogs = fileDialogs;
        this.background = background;
        this.messages = messages;
        this.clock = clock;
        this.status = status;
        this.exit = exit;
        this.errors = new ErrorText(messages);
    }

    /** Reads a project and its template; safe to call off the FX thread. */
    public static Loaded load(ProjectStore store, TemplateLibrary templates, Path file) throws Exception {
        Project project = store.load(file);
        return new Loaded(project, templates.parse(project.templateSource()));
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
        whenChangesHandled(() -> fileDialogs.chooseProjectToOpen(folder()).ifPresent(this::read));
    }

    public void openExample() {
        whenChangesHandled(() -> background.run(() -> {
            try (InputStream in = ProjectCommands.class.getResourceAsStream(EXAMPLE)) {
                if (in == null) {
                    throw new IOException("the example project is missing from the app");
                }
                Project project = store.decode(in.readAllBytes());
                return new Loaded(project, templates.parse(project.templateSource()));
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
        whenChangesHandled(exit);
    }

    /** Shows a project loaded before the window existed (the file given on the command line). */
    public void show(Loaded loaded, Path file) {
        model.open(loaded.project(), loaded.template(), file);
    }

    /** Tells the user a file could not be opened. */
    public void reportOpenFailure(Path file, Exception e) {
        dialogs.showError(messages.get("error.open", file.getFileName()), errors.describe(e));
    }

    private void read(Path file) {
        background.run(() -> load(store, templates, file), loaded -> {
            model.open(loaded.project(), loaded.template(), file);
            status.accept(messages.get("status.opened", file.getFileName()));
        }, e -> reportOpenFailure(file, e));
    }

    /** Runs {@code next} once unsaved changes are saved or given up; not at all when the user cancels. */
    private void whenChangesHandled(Runnable next) {
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
            write(model.file(), after);
        }
    }

    private void saveAs(Runnable after) {
        fileDialogs.chooseProjectToSave(folder(), suggestedName())
                .map(ProjectCommands::withExtension)
                .ifPresent(target -> write(target, after));
    }

    private void write(Path target, Runnable after) {
        Project snapshot = model.snapshot(clock.instant());
        long revision = model.revision();
        background.run(() -> {
            store.save(target, snapshot);
            return snapshot;
        }, saved -> {
            model.markSaved(target, saved, revision);
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

    private Path folder() {
        return model.file() == null ? null : model.file().toAbsolutePath().getParent();
    }

    static Path withExtension(Path target) {
        String name = target.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(ProjectStore.EXTENSION) ? target : target.resolveSibling(name + ProjectStore.EXTENSION);
    }
}
