package dev.mlsd.composer.ui.window;

import dev.mlsd.composer.ui.checks.CheckRunner;
import dev.mlsd.composer.ui.editor.EditorColumn;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ProjectCommands;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import dev.mlsd.composer.ui.settings.SettingsKeeper;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * What the main window does as a window: its title (the file's name and a • while there are
 * unsaved changes), its remembered place, a look for outside changes when it gets the focus back,
 * the focus in the first editor and the first checks once it is shown, and asking before closing.
 */
public final class WindowLifecycle {

    /** The checks (and the tokenizer they load) start once the first frames are up. */
    private static final Duration CHECKS_AFTER_SHOWN = Duration.millis(400);

    private WindowLifecycle() {
    }

    public static void install(Stage stage, ProjectViewModel model, ProjectCommands projects, EditorColumn editors, CheckRunner checks,
                               SettingsKeeper settings, Messages messages) {
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> messages.get("window.title", projects.projectName(), model.isDirty() ? " •" : ""),
                messages.localeProperty(), model.saveStateProperty()));
        new WindowPlacement(stage, settings).restore();
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                projects.checkOutsideChange();
            }
        });
        stage.setOnShown(event -> {
            editors.focusFirst();
            PauseTransition settle = new PauseTransition(CHECKS_AFTER_SHOWN);
            settle.setOnFinished(e -> checks.start());
            settle.play();
        });
        stage.setOnCloseRequest(event -> {
            event.consume();
            projects.quit();
        });
    }
}
