package dev.mlsd.composer.ui.template;

import dev.mlsd.composer.core.diff.LineDiff;
import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Slot;
import dev.mlsd.composer.core.model.Template;
import dev.mlsd.composer.core.prompt.TemplateSwitch;
import dev.mlsd.composer.core.template.TemplateLibrary;
import dev.mlsd.composer.ui.concurrent.Background;
import dev.mlsd.composer.ui.dialog.Dialogs;
import dev.mlsd.composer.ui.dialog.FolderOpener;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ProjectChanges;
import dev.mlsd.composer.ui.project.ProjectCommands;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Template menu and File → New from template: start a project from any template, switch the
 * open project to another template (text carried over by slot id, the rest placed by the user or
 * kept as detached text, and undoable), update to the library's version of its template, open the
 * templates folder, reload the library.
 */
public final class TemplateCommands {

    private final ProjectViewModel model;
    private final ProjectCommands projects;
    private final TemplateLibrary library;
    private final Dialogs dialogs;
    private final FolderOpener folders;
    private final Background background;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<String> status;
    private final ProjectChanges changes;
    private final SimpleObjectProperty<Template> libraryVersion = new SimpleObjectProperty<>();

    public TemplateCommands(ProjectViewModel model, ProjectCommands projects, ProjectChanges changes, TemplateLibrary library,
                            Dialogs dialogs, FolderOpener folders, Background background, Messages messages, Clock clock,
                            Consumer<String> status) {
        this.changes = changes;
        this.model = model;
        this.projects = projects;
        this.library = library;
        this.dialogs = dialogs;
        this.folders = folders;
        this.background = background;
        this.messages = messages;
        this.clock = clock;
        this.status = status;
        model.documentProperty().addListener((obs, old, now) -> compareWithLibrary());
    }

    /** File → New from template…: an empty project of the chosen template. */
    public void newFromTemplate() {
        projects.whenChangesHandled(() -> dialogs.chooseTemplate(messages.get("dialog.template.new"), library.entries(),
                model.template().id()).ifPresent(template -> {
                    model.open(Project.create(template, Map.of(), clock.instant()), template, null);
                }));
    }

    /** Template → Switch template for this project…. */
    public void switchTemplate() {
        dialogs.chooseTemplate(messages.get("dialog.template.switch"), library.entries(), model.template().id())
                .ifPresent(this::switchTo);
    }

    /** Moves the project to {@code to}; asks where text without a slot goes; does nothing when the user cancels. */
    public void switchTo(Template to) {
        Map<String, String> sections = model.document().sections();
        List<Dialogs.LeftBehind> left = TemplateSwitch.leftBehind(sections, to).stream()
                .map(id -> new Dialogs.LeftBehind(id, model.template().slot(id).map(Slot::title).orElse(id), sections.get(id)))
                .toList();
        Optional<Map<String, String>> destinations = left.isEmpty() ? Optional.of(Map.of()) : dialogs.askDestinations(to, left);
        if (destinations.isEmpty()) {
            return;
        }
        Project current = model.snapshot(clock.instant());
        Map<String, String> moved = TemplateSwitch.carryOver(sections, to, destinations.get());
        changes.apply(new Project(to.id(), to.source(), moved, current.created(), clock.instant(), current.unknownFields(),
                current.migratedFrom(), current.history()), to);
        status.accept(messages.get("status.template.switched", to.title()));
    }

    /** Template → Undo template switch (until the next edit). */
    public void undoSwitch() {
        if (changes.undo()) {
            status.accept(messages.get("status.template.undone"));
        }
    }

    /** Update to the library version: a switch to the library's template of the same id. */
    public void updateToLibrary() {
        Template newer = libraryVersion.get();
        if (newer != null) {
            switchTo(newer);
        }
    }

    /** Shows what differs between the project's copy of its template and the library's. */
    public void showLibraryDifferences() {
        Template newer = libraryVersion.get();
        if (newer != null) {
            dialogs.showTemplateDifferences(newer.title(), LineDiff.diff(model.template().source(), newer.source()));
        }
    }

    /** Template → Open templates folder (created if it does not exist yet). */
    public void openFolder() {
        if (library.userFolder() == null) {
            return;
        }
        background.run(library::createUserFolder, folders::open,
                e -> dialogs.showError(messages.get("error.templates.folder"), String.valueOf(e.getMessage())));
    }

    /** Template → Reload templates: reads the templates folder again and reports broken files. */
    public void reload() {
        background.run(() -> {
            library.reload();
            return library.problems();
        }, problems -> {
            compareWithLibrary();
            status.accept(messages.get("status.templates.reloaded", library.all().size(), problems.size()));
            if (!problems.isEmpty()) {
                dialogs.showError(messages.get("error.templates.broken", problems.size()),
                        String.join("\n", problems.stream().map(TemplateLibrary.Problem::describe).toList()));
            }
        }, e -> dialogs.showError(messages.get("error.templates.folder"), String.valueOf(e.getMessage())));
    }

    /** The library's template when it differs from the project's copy of the same id; null otherwise. */
    public ReadOnlyObjectProperty<Template> libraryVersionProperty() {
        return libraryVersion;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return changes.canUndoProperty();
    }

    /** Looks (off the FX thread: the library may read the templates folder) whether the library's copy differs. */
    private void compareWithLibrary() {
        Template own = model.template();
        background.run(() -> library.find(own.id()).filter(t -> !t.source().equals(own.source())), newer -> {
            if (model.template() == own) {
                libraryVersion.set(newer.orElse(null));
            }
        }, e -> { });
    }
}
