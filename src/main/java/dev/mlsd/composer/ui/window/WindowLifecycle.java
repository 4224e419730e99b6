package dev.mlsd.composer.ui.window;

import dev.mlsd.composer.ui.checks.CheckRunner;
import dev.mlsd.composer.ui.editor.EditorColumn;
import dev.mlsd.composer.ui.i18n.Messages;
import dev.mlsd.composer.ui.project.ProjectCommands;
import dev.mlsd.composer.ui.project.ProjectViewModel;
import dev.mlsd.composer.ui.settings.SettingsKeeper;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
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
        // The stage's own properties outlive the window when another scene takes the stage (as each test window
        // does on TestFX's one stage): what listens to them lets go then, or every window ever made is kept.
        List<Runnable> onLeave = new ArrayList<>();
        new WindowPlacement(stage, settings, onLeave::add).restore();
        ChangeListener<Boolean> focus = (obs, was, focused) -> {
            if (focused) {
                projects.checkOutsideChange();
            }
        };
        stage.focusedProperty().addListener(focus);
        onLeave.add(() -> stage.focusedProperty().removeListener(focus));
        Scene ours = stage.getScene();
        stage.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                if (now != ours) {
                    stage.sceneProperty().removeListener(this);
                    onLeave.forEach(Runnable::run);
                }
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
