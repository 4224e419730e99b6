package dev.mlsd.composer.ui.settings;

import dev.mlsd.composer.core.settings.Settings;
import dev.mlsd.composer.core.settings.SettingsStore;
import dev.mlsd.composer.ui.concurrent.Background;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The settings while the app runs: changes apply at once and are written one second after the
 * last of them, off the FX thread. Also knows which recent files still exist (checked off the FX
 * thread too), for File → Open Recent.
 */
public final class SettingsKeeper {

    /** A recent file and whether it was there when last looked at. */
    public record RecentFile(Path path, boolean exists) {
    }

    private final SettingsStore store;
    private final Background background;
    private final Consumer<Exception> onSaveFailure;
    private final SimpleObjectProperty<Settings> settings;
    private final ObservableList<RecentFile> recent = FXCollections.observableArrayList();
    private final PauseTransition saveDelay = new PauseTransition(Duration.seconds(1));

    public SettingsKeeper(SettingsStore store, Settings initial, Background background, Consumer<Exception> onSaveFailure) {
        this.store = store;
        this.background = background;
        this.onSaveFailure = onSaveFailure;
        this.settings = new SimpleObjectProperty<>(initial);
        saveDelay.setOnFinished(e -> saveNow());
        refreshRecent();
    }

    public Settings get() {
        return settings.get();
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    /** Applies a change now and writes it soon. */
    public void update(UnaryOperator<Settings> change) {
        Settings before = settings.get();
        Settings after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        settings.set(after);
        saveDelay.playFromStart();
        if (!after.recentFiles().equals(before.recentFiles())) {
            refreshRecent();
        }
    }

    /** Writes the settings now (on the background thread), e.g. before the app ends. */
    public void saveNow() {
        saveDelay.stop();
        Settings snapshot = settings.get();
        background.run(() -> {
            store.save(snapshot);
            return snapshot;
        }, saved -> { }, onSaveFailure);
    }

    /** The recent files, newest first, each marked as existing or missing. */
    public ObservableList<RecentFile> recentFiles() {
        return recent;
    }

    /** Looks again which recent files exist. */
    public void refreshRecent() {
        List<Path> paths = settings.get().recentFiles();
        background.run(() -> paths.stream().map(p -> new RecentFile(p, store.recentFileExists(p))).toList(), found -> {
            if (!found.equals(recent)) {
                recent.setAll(found);
            }
        }, e -> { });
    }

    /** The store, for reading the settings file in tests and at start. */
    public SettingsStore store() {
        return store;
    }
}
