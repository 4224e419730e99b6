package dev.mlsd.composer.ui.project;

import dev.mlsd.composer.core.model.Project;
import dev.mlsd.composer.core.model.Template;
import java.time.Clock;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Changes of the whole project that an editor's undo cannot reach — a template switch, an import
 * into this project — applied in place and undoable until the next edit (undoing later would
 * drop what was typed since).
 */
public final class ProjectChanges {

    private record Before(Project project, Template template) {
    }

    private final ProjectViewModel model;
    private final Clock clock;
    private final SimpleObjectProperty<Before> before = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty canUndo = new SimpleBooleanProperty();

    public ProjectChanges(ProjectViewModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
        canUndo.bind(before.isNotNull());
        model.onSectionChange(change -> before.set(null));
        // Another project, or this one replaced by a change: what was remembered no longer applies.
        model.documentProperty().addListener((obs, old, now) -> forget());
    }

    /** Replaces the project's content with {@code project}, remembering what it was. */
    public void apply(Project project, Template template) {
        Before previous = new Before(model.snapshot(clock.instant()), model.template());
        model.change(project, template);
        before.set(previous);
    }

    /** Goes back to the project as it was before the last change; false when there is nothing to undo. */
    public boolean undo() {
        Before previous = before.get();
        if (previous == null) {
            return false;
        }
        before.set(null);
        model.change(previous.project(), previous.template());
        return true;
    }

    /** Forgets the last change (another project was opened). */
    public void forget() {
        before.set(null);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }
}
