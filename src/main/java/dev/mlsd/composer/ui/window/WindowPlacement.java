package dev.mlsd.composer.ui.window;

import dev.mlsd.composer.core.settings.Settings;
import dev.mlsd.composer.ui.settings.SettingsKeeper;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** Puts the window where it was last time (if that is still on a screen) and remembers where it goes. */
final class WindowPlacement {

    private final Stage stage;
    private final SettingsKeeper settings;
    private final Consumer<Runnable> onLeave;

    /** {@code onLeave} takes what undoes this placement's listeners, run when the window gives its stage up. */
    WindowPlacement(Stage stage, SettingsKeeper settings, Consumer<Runnable> onLeave) {
        this.stage = stage;
        this.settings = settings;
        this.onLeave = onLeave;
    }

    void restore() {
        Settings.WindowBounds bounds = settings.get().window();
        if (bounds != null && bounds.width() >= stage.getMinWidth() && bounds.height() >= stage.getMinHeight()
                && !Screen.getScreensForRectangle(new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height())).isEmpty()) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
        }
        // Moves and sizes are followed from when the window is up: showing it is not the user's doing
        // (and comparing settings then would cost the first frame).
        if (stage.isShowing()) {
            follow();
        } else {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
                @Override
                public void handle(WindowEvent event) {
                    stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                    follow();
                }
            });
        }
    }

    private void follow() {
        InvalidationListener moved = obs -> remember();
        for (Observable followed : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty(),
                stage.maximizedProperty())) {
            followed.addListener(moved);
            onLeave.accept(() -> followed.removeListener(moved));
        }
    }

    private void remember() {
        if (!stage.isShowing() || Double.isNaN(stage.getX()) || Double.isNaN(stage.getWidth())) {
            return;
        }
        Settings.WindowBounds previous = settings.get().window();
        Settings.WindowBounds now = stage.isMaximized() && previous != null
                ? new Settings.WindowBounds(previous.x(), previous.y(), previous.width(), previous.height(), true)
                : new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
        settings.update(s -> s.withWindow(now));
    }
}
